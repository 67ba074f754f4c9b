package dev.broadsheet.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Story;
import dev.broadsheet.typeset.GlyphRun;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.PlacedItem;
import dev.broadsheet.typeset.ReferencePage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance page (src/test/resources/reference), composed by the real composer and exported: what the
 * brief asks of the PDF, read back with PDFBox only.
 */
class ReferencePageExportTest {
    private static Issue issue;
    private static LaidOutIssue laidOut;
    private static LaidOutPage page;
    private static byte[] pdf;

    @BeforeAll
    static void export() throws IOException {
        issue = ReferencePage.load().issue();
        laidOut = new IssueComposer(BundledFonts.shared()).compose(issue);
        page = laidOut.pages().get(0);
        pdf = new PdfExporter(BundledFonts.shared()).toBytes(laidOut.pages(), PdfExportOptions.proof());
    }

    @Test
    void everyFontIsAnEmbeddedSubset() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            assertThat(resources.getFontNames()).isNotEmpty();
            for (COSName name : resources.getFontNames()) {
                PDType0Font font = (PDType0Font) resources.getFont(name);
                assertThat(font.getName()).matches("[A-Z]{6}\\+Broadsheet.*");
                assertThat(font.getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
            }
        }
    }

    @Test
    void extractedTextIsTheLaidOutTextStoryByStoryWithNoCompatibilityForms() throws IOException {
        String extracted;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            extracted = PdfReading.withoutWhitespace(PdfReading.text(document, 1));
        }
        StringBuilder expected = new StringBuilder();
        for (List<PlacedItem.PlacedLine> group : storyGroups(page).values()) {
            group.forEach(l -> expected.append(l.text()));
        }
        assertThat(extracted).isEqualTo(PdfReading.withoutWhitespace(expected.toString()));
        // The equality above is by code point; say it once more for the forms a ToUnicode map gets wrong:
        // full-width punctuation must not come back as ASCII, nor ideographs as compatibility ideographs.
        String typed = PdfReading.withoutWhitespace(expected.toString());
        assertThat(countFullWidth(extracted)).isEqualTo(countFullWidth(typed)).isGreaterThan(100);
        assertThat(extracted.codePoints().filter(cp -> cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F00 && cp <= 0x2FDF)).isEmpty();
    }

    @Test
    void eachStorysParagraphsAreContiguousAndInReadingOrder() throws IOException {
        String extracted;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            extracted = PdfReading.withoutWhitespace(PdfReading.text(document, 1));
        }
        int checked = 0;
        for (Story story : issue.stories()) {
            if (placedText(story.id()).isEmpty()) {
                continue;
            }
            boolean overset = laidOut.reports().get(story.id()).isOverset();
            int from = 0;
            for (Paragraph paragraph : story.paragraphs()) {
                String typed = PdfReading.withoutWhitespace(paragraph.text());
                if (typed.isEmpty()) {
                    continue;
                }
                int at = extracted.indexOf(typed, from);
                if (overset && at < 0) {
                    break; // the rest did not fit; the composer reports it
                }
                assertThat(at).as("story %s, paragraph '%s…' read back whole, after the one before", story.id(),
                        typed.substring(0, Math.min(12, typed.length()))).isGreaterThanOrEqualTo(from);
                from = at + typed.length();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }

    @Test
    void linePositionsMatchTheLaidOutPageWithinATenthOfAPoint() throws IOException {
        List<TextPosition> glyphs;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            glyphs = PdfReading.glyphs(document, 1);
        }
        int k = 0;
        for (List<PlacedItem.PlacedLine> group : storyGroups(page).values()) {
            for (PlacedItem.PlacedLine line : group) {
                for (GlyphRun run : line.runs()) {
                    int[] cps = run.text().codePoints().toArray();
                    for (int i = 0; i < cps.length; i++) {
                        TextPosition g = glyphs.get(k++);
                        assertThat(g.getUnicode()).isEqualTo(new String(cps, i, 1));
                        assertThat((double) g.getXDirAdj()).as("x of '%s' in line '%s'", g.getUnicode(), line.text())
                                .isCloseTo(run.xAt(i), within(0.1));
                        assertThat((double) g.getYDirAdj()).as("baseline of line '%s'", line.text())
                                .isCloseTo(run.baseline(), within(0.1));
                    }
                }
            }
        }
        assertThat(k).isEqualTo(glyphs.size()).isGreaterThan(3000);
    }

    private static long countFullWidth(String s) {
        return s.codePoints().filter(cp -> cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x3000 && cp <= 0x303F).count();
    }

    private String placedText(String storyId) {
        StringBuilder b = new StringBuilder();
        page.lines().stream().filter(l -> storyId.equals(l.storyId())).forEach(l -> b.append(l.text()));
        return b.toString();
    }

    /** The exporter's drawing order: lines grouped by story (or by frame when they have none), in first-seen order. */
    static Map<String, List<PlacedItem.PlacedLine>> storyGroups(LaidOutPage page) {
        Map<String, List<PlacedItem.PlacedLine>> groups = new LinkedHashMap<>();
        for (PlacedItem.PlacedLine l : page.lines()) {
            groups.computeIfAbsent(l.storyId() != null ? "story:" + l.storyId() : "frame:" + l.frameId(),
                    k -> new ArrayList<>()).add(l);
        }
        return groups;
    }
}
