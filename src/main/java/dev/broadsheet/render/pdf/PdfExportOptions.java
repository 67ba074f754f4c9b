package dev.broadsheet.render.pdf;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * How to export: which pages, for whom (proof or press), with or without printer's marks, and the
 * document's metadata. Immutable; start from {@link #proof()} and change with the {@code with…} methods.
 *
 * @param pages       the pages to export
 * @param marks       whether the sheet grows for bleed, crop marks and a slug line
 * @param colour      RGB for proofs and screens, or pure-K black and an output intent for the press
 * @param issueFolder the folder image paths are relative to; null when images cannot be found (all placeholders)
 * @param info        title, author and what the slug line says
 * @param exportTime  the time written as creation date and in the slug line
 * @param zone        the time zone the slug line shows the export time in
 */
public record PdfExportOptions(PageRange pages, Marks marks, Colour colour, Path issueFolder, DocumentInfo info,
                               Instant exportTime, ZoneId zone) {

    /** Printer's marks. */
    public enum Marks {
        /** The sheet is the trim size: for proofreading, the screen, the web. */
        NONE,
        /** The sheet grows for 3 mm bleed, crop marks outside the bleed, and a slug line below the page. */
        CROP_AND_SLUG
    }

    /** Colour set-up. */
    public enum Colour {
        /** Black as DeviceRGB 0,0,0; no output intent. */
        PROOF_RGB,
        /**
         * Black text and rules as pure K (DeviceCMYK 0,0,0,1) so they print on the black plate only, and a
         * PDF/X-style output intent naming the newsprint characterisation (see {@link PressOutputIntent}).
         */
        PRESS_CMYK
    }

    /**
     * Document metadata and slug line text.
     *
     * @param title        the document title (Info /Title)
     * @param author       the author (Info /Author), e.g. the editor who exports
     * @param issueLabel   what the slug line names the issue by, e.g. {@code 江都日报 2024-05-01 第12345期}
     * @param sectionNames page number → the page's name (版名), for the slug line
     */
    public record DocumentInfo(String title, String author, String issueLabel, Map<Integer, String> sectionNames) {
        public DocumentInfo {
            title = title == null ? "" : title;
            author = author == null ? "" : author;
            issueLabel = issueLabel == null ? "" : issueLabel;
            sectionNames = sectionNames == null ? Map.of() : Map.copyOf(sectionNames);
        }

        public static DocumentInfo untitled() {
            return new DocumentInfo("", "", "", Map.of());
        }
    }

    public PdfExportOptions {
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(marks, "marks");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(exportTime, "exportTime");
        Objects.requireNonNull(zone, "zone");
    }

    /** Every page, trim size, RGB, no images folder, exported now. */
    public static PdfExportOptions proof() {
        return new PdfExportOptions(PageRange.ALL, Marks.NONE, Colour.PROOF_RGB, null, DocumentInfo.untitled(),
                Instant.now(), ZoneId.systemDefault());
    }

    public PdfExportOptions withPages(PageRange newPages) {
        return new PdfExportOptions(newPages, marks, colour, issueFolder, info, exportTime, zone);
    }

    public PdfExportOptions withMarks(Marks newMarks) {
        return new PdfExportOptions(pages, newMarks, colour, issueFolder, info, exportTime, zone);
    }

    public PdfExportOptions withColour(Colour newColour) {
        return new PdfExportOptions(pages, marks, newColour, issueFolder, info, exportTime, zone);
    }

    public PdfExportOptions withIssueFolder(Path folder) {
        return new PdfExportOptions(pages, marks, colour, folder, info, exportTime, zone);
    }

    public PdfExportOptions withInfo(DocumentInfo newInfo) {
        return new PdfExportOptions(pages, marks, colour, issueFolder, newInfo, exportTime, zone);
    }

    public PdfExportOptions withExportTime(Instant time, ZoneId timeZone) {
        return new PdfExportOptions(pages, marks, colour, issueFolder, info, time, timeZone);
    }
}
