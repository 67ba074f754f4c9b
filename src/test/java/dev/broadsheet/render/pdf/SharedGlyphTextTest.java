package dev.broadsheet.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.TextRole;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.PlacedItem;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Characters that share one glyph in the font (Noto SC draws ～ U+FF5E and 〜 U+301C, – U+2013 and ‒ U+2012,
 * the ideographic space U+3000 and the em space U+2003 with the same glyph) must each come back as typed, even
 * when both appear in one document: a ToUnicode map gives a glyph one meaning.
 */
class SharedGlyphTextTest {

    @Test
    void bothCharactersOfAGlyphPairExtractAsTyped() throws IOException {
        String first = "范围30～50人，2024–2025年，甲　乙";
        String second = "波浪〜线，数字‒横线，丙\u2003丁";
        PlacedItem.PlacedLine a = PageFixtures.line("f", "a", TextRole.BODY, 0, 0, PageFixtures.SERIF, 10, 20, 40, 300, first, false);
        PlacedItem.PlacedLine b = PageFixtures.line("f", "b", TextRole.BODY, 0, 1, PageFixtures.SERIF, 10, 20, 60, 300, second, false);
        LaidOutPage page = new LaidOutPage(1, 400, 100, List.of(), List.of(a, b));
        byte[] pdf = new PdfExporter(PageFixtures.FONTS).toBytes(List.of(page), PdfExportOptions.proof());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = PdfReading.text(document, 1);
            assertThat(text).contains("30～50").contains("2024–2025").contains("波浪〜线").contains("数字‒横线");
            assertThat(text).contains("甲\u3000乙").contains("丙\u2003丁");
        }
    }
}
