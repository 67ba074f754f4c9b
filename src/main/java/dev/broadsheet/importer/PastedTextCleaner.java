package dev.broadsheet.importer;

import dev.broadsheet.model.Paragraph;
import java.util.List;

/**
 * The clean-up the workstation applies to text pasted into a story: the same as a file import's. Text that
 * was copied out of a PDF (hard-wrapped at a column measure) is unwrapped into paragraphs from the line
 * fullness ({@link HardWraps}); other text keeps one paragraph per line. In both, the spaces an extractor
 * puts between Chinese characters and between digits and Chinese are removed ({@link ExtractionSpaces}).
 */
public final class PastedTextCleaner {
    private PastedTextCleaner() {
    }

    public static List<Paragraph> paragraphs(String pasted) {
        List<SourceLine> nonBlank = TextImporter.lines(pasted == null ? "" : pasted).stream().filter(l -> !l.isBlank()).toList();
        if (SourceForm.of(nonBlank) == SourceForm.EXTRACTED_PAGE) {
            double measure = HardWraps.measure(nonBlank);
            return HardWraps.paragraphs(nonBlank, measure).stream().map(ExtractedPageReader::bodyParagraph).toList();
        }
        return nonBlank.stream().map(l -> Paragraph.of(l.body())).filter(p -> !p.text().isEmpty()).toList();
    }

    /** A line pasted into a headline, kicker, subhead or photo title field. */
    public static String headingLine(String line) {
        return ExtractionSpaces.forHeading(line == null ? "" : line);
    }

    /** A line pasted into body or caption text. */
    public static String bodyLine(String line) {
        return ExtractionSpaces.forBody(line == null ? "" : line);
    }
}
