package dev.broadsheet.render.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where the trimmed page sits on the PDF sheet, and the conversion from the laid-out page's coordinates
 * (points from the trim box's top-left, y down) to PDF user space (points from the sheet's bottom-left, y up).
 *
 * <p>With marks the sheet grows by {@link #MARKS_MARGIN} on every side: 3 mm bleed, crop marks from the
 * bleed edge outwards, and below the page a slug line.
 */
record SheetGeometry(double trimWidth, double trimHeight, double margin) {
    static final double MM = 72.0 / 25.4;
    /** Bleed: 3 mm, the usual allowance for a trimmed page (the brief; NEWSROOM.md). */
    static final double BLEED = 3 * MM;
    /** Crop marks start at the bleed edge so they never print inside the bleed, and are 6 mm long. */
    static final double CROP_MARK_LENGTH = 6 * MM;
    /** Room for bleed, crop marks and the slug line. */
    static final double MARKS_MARGIN = 15 * MM;

    static SheetGeometry trimOnly(double width, double height) {
        return new SheetGeometry(width, height, 0);
    }

    static SheetGeometry withMarks(double width, double height) {
        return new SheetGeometry(width, height, MARKS_MARGIN);
    }

    boolean hasMarks() {
        return margin > 0;
    }

    PDRectangle mediaBox() {
        return new PDRectangle((float) (trimWidth + 2 * margin), (float) (trimHeight + 2 * margin));
    }

    PDRectangle trimBox() {
        return new PDRectangle((float) margin, (float) margin, (float) trimWidth, (float) trimHeight);
    }

    PDRectangle bleedBox() {
        double b = hasMarks() ? BLEED : 0;
        return new PDRectangle((float) (margin - b), (float) (margin - b), (float) (trimWidth + 2 * b), (float) (trimHeight + 2 * b));
    }

    /** PDF x of a page x. */
    double x(double pageX) {
        return margin + pageX;
    }

    /** PDF y of a page y (flips the axis). */
    double y(double pageY) {
        return margin + trimHeight - pageY;
    }
}
