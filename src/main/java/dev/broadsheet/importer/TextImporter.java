package dev.broadsheet.importer;

import dev.broadsheet.importer.ImportedPiece.PhotoPiece;
import dev.broadsheet.importer.ImportedPiece.StoryPiece;
import dev.broadsheet.importer.ImportedPiece.UnsortedPiece;
import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports newsroom copy: text extracted from a printed page (the reference page's form) or plain text, in
 * UTF-8, UTF-16 or GB18030/GBK, into an issue with one page, its stories and its photos, plus a report.
 *
 * <pre>{@code
 * ImportResult result = TextImporter.importFile(Path.of("page.txt"), null);
 * System.out.print(result.report().toText());
 * }</pre>
 */
public final class TextImporter {
    private TextImporter() {
    }

    /** Imports a file; {@code encoding} null means detect it. */
    public static ImportResult importFile(Path file, Charset encoding) throws ImportException {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(file + " is a folder, not a text file");
            }
            long size = Files.size(file);
            if (size > TextDecoder.MAX_BYTES) {
                throw TextDecoder.tooLarge(source, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) TextDecoder.MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new ImportException(file + ": no such file");
        } catch (IOException e) {
            throw new ImportException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return importBytes(bytes, encoding, source, Instant.now());
    }

    /** Imports bytes; {@code encoding} null means detect it; {@code source} names the input in messages. */
    public static ImportResult importBytes(byte[] bytes, Charset encoding, String source, Instant importedAt) throws ImportException {
        DecodedText decoded = TextDecoder.decode(bytes, encoding, source);
        return importText(decoded, source, importedAt);
    }

    /** Imports text already decoded (pasted into the workstation, say). */
    public static ImportResult importText(DecodedText decoded, String source, Instant importedAt) {
        List<SourceLine> all = lines(decoded.text());
        List<SourceLine> nonBlank = all.stream().filter(l -> !l.isBlank()).toList();
        SourceForm form = SourceForm.of(nonBlank);
        ExtractedPageReader.Content content = form == SourceForm.EXTRACTED_PAGE
                ? ExtractedPageReader.read(nonBlank) : PlainTextReader.read(all);
        IssueBuilder.Built built = IssueBuilder.build(content.pieces(), importedAt);
        ImportReport report = report(source, decoded, form, all.size(), content);
        return new ImportResult(built.issue(), report, built.order());
    }

    static List<SourceLine> lines(String text) {
        String[] raw = text.split("\r\n|\n|\r", -1);
        List<SourceLine> out = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            out.add(SourceLine.of(i + 1, raw[i]));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static ImportReport report(String source, DecodedText decoded, SourceForm form, int lineCount,
                                       ExtractedPageReader.Content content) {
        List<ImportReport.StorySummary> stories = new ArrayList<>();
        List<ImportReport.PhotoSummary> photos = new ArrayList<>();
        int unsorted = 0;
        for (ImportedPiece piece : content.pieces()) {
            if (piece instanceof StoryPiece s) {
                Story story = s.story();
                Set<String> reporters = new LinkedHashSet<>();
                Set<String> correspondents = new LinkedHashSet<>();
                int datelines = 0;
                for (StorySection section : story.sections()) {
                    Dateline d = section.dateline();
                    if (d != null) {
                        datelines++;
                        reporters.addAll(d.reporters());
                        correspondents.addAll(d.correspondents());
                    }
                }
                stories.add(new ImportReport.StorySummary(story.id(), story.slug(), story.deck().kicker(), story.deck().headline(),
                        story.deck().subhead(), datelines, List.copyOf(reporters), List.copyOf(correspondents),
                        story.paragraphs().size(), story.characterCount()));
            } else if (piece instanceof PhotoPiece p) {
                Photo photo = p.photo();
                photos.add(new ImportReport.PhotoSummary(photo.id(), photo.title(), photo.credit(),
                        ExtractionSpaces.withoutSpaces(photo.caption()).length()));
            } else if (piece instanceof UnsortedPiece u) {
                unsorted += u.paragraphs().size();
            }
        }
        return new ImportReport(source, decoded.charset().name(), decoded.detected(), form, lineCount, stories, photos,
                unsorted, content.notices());
    }
}
