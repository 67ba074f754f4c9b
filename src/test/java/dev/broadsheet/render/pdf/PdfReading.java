package dev.broadsheet.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reading exported PDFs back with PDFBox only, as the tests need. */
final class PdfReading {
    private PdfReading() {
    }

    /** Text in content order (no sorting by position): what a reader gets when it copies the whole page. */
    static String text(PDDocument document, int pageNumber) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(false);
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        return stripper.getText(document);
    }

    static String withoutWhitespace(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Every glyph shown on a page, in content order, as PDFBox's text engine positions it. */
    static List<TextPosition> glyphs(PDDocument document, int pageNumber) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        stripper.getText(document);
        return glyphs;
    }
}
