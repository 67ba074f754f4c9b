package dev.broadsheet.render.pdf;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export produced and what it could not do as asked: images drawn as placeholders and characters
 * drawn as missing-glyph markers are listed here, never dropped silently.
 *
 * @param output         the file written, or null for an export to memory
 * @param pageNumbers    the pages exported, in order
 * @param missingImages  images drawn as a grey placeholder with their file name
 * @param missingGlyphs  characters drawn as a marker box because no font has them
 * @param embeddedFonts  the font faces embedded (as subsets), by face id
 * @param pngFiles       PNG files written, when PNG export was asked for
 */
public record ExportReport(Path output, List<Integer> pageNumbers, List<MissingImage> missingImages,
                           List<MissingGlyph> missingGlyphs, List<String> embeddedFonts, List<Path> pngFiles) {

    public ExportReport {
        pageNumbers = List.copyOf(pageNumbers);
        missingImages = List.copyOf(missingImages);
        missingGlyphs = List.copyOf(missingGlyphs);
        embeddedFonts = List.copyOf(embeddedFonts);
        pngFiles = List.copyOf(pngFiles);
    }

    /** True when everything was exported as laid out: no placeholder, no marker. */
    public boolean isClean() {
        return missingImages.isEmpty() && missingGlyphs.isEmpty();
    }

    ExportReport withOutput(Path file) {
        return new ExportReport(file, pageNumbers, missingImages, missingGlyphs, embeddedFonts, pngFiles);
    }

    ExportReport withPngFiles(List<Path> files) {
        return new ExportReport(output, pageNumbers, missingImages, missingGlyphs, embeddedFonts, files);
    }

    /**
     * An image that could not be placed.
     *
     * @param imagePath the path as the issue gives it (relative to the issue folder), or null when none is set
     * @param reason    why: not found, unreadable, outside the issue folder, no file chosen
     */
    public record MissingImage(int pageNumber, String frameId, String photoId, String imagePath, String reason) {
    }

    /** A character drawn as a marker box (补字 needed). */
    public record MissingGlyph(int pageNumber, String frameId, String storyId, int codePoint) {
        public String character() {
            return new String(Character.toChars(codePoint));
        }
    }

    /** Lines a person reads on the command line. */
    public List<String> describe() {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        lines.add("exported " + pageNumbers.size() + (pageNumbers.size() == 1 ? " page" : " pages")
                + (output != null ? " to " + output : "") + "; fonts embedded as subsets: " + String.join(", ", embeddedFonts));
        for (MissingImage m : missingImages) {
            lines.add("placeholder: page " + m.pageNumber() + ", photo " + m.photoId() + ": "
                    + (m.imagePath() == null ? "(no file)" : m.imagePath()) + " — " + m.reason());
        }
        for (MissingGlyph g : missingGlyphs) {
            lines.add(String.format("missing glyph: page %d, story %s: '%s' U+%04X", g.pageNumber(), g.storyId(),
                    g.character(), g.codePoint()));
        }
        for (Path p : pngFiles) {
            lines.add("png: " + p);
        }
        return lines;
    }
}
