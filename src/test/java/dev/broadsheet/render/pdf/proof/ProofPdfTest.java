package dev.broadsheet.render.pdf.proof;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.ColumnFill;
import dev.broadsheet.model.DeckPlacement;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.MarkKind;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.render.pdf.PdfExportOptions;
import dev.broadsheet.render.pdf.PdfExporter;
import dev.broadsheet.review.AnchoredMark;
import dev.broadsheet.review.ChangesSince;
import dev.broadsheet.review.IssueChanges;
import dev.broadsheet.review.Reanchoring;
import dev.broadsheet.review.TextAnchors;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.typeset.LaidOutPage;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationStrikeout;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

class ProofPdfTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    static final String P0 = "本报讯 高新区今年新建成三座污水处理厂，日处理能力达到十五万吨，全区污水处理能力比去年翻了一番。";
    static final String P1 = "据介绍，新厂采用膜生物反应器工艺，出水水质达到地表水准四类标准，可直接用于河道生态补水和城市绿化。";
    static final String P2 = "下一步，高新区将继续推进管网建设，力争年底前实现污水全收集、全处理。";

    static Issue issue(String p1) {
        Story story = new Story("s1", "污水处理", null, HeadlineDeck.of(null, "高新区污水处理能力翻番", null), null,
                List.of(new StorySection(null, List.of(Paragraph.of(P0), Paragraph.of(p1), Paragraph.of(P2)))));
        Frame text = new Frame("f-s1", 0, 2, Length.mm(30), Length.mm(200), 0, Length.mm(4),
                new FrameContent.StoryText("s1", 0, DeckPlacement.ABOVE_TEXT, ColumnFill.SEQUENTIAL));
        Frame photo = new Frame("f-p1", 2, 2, Length.mm(30), Length.mm(60), 0, Length.mm(4), FrameContent.PhotoImage.of("p1"));
        Page page = Page.blank(1, PagePreset.A4).withFrames(List.of(text, photo));
        return new Issue("高新时报", LocalDate.of(2026, 11, 27), "1", "", List.of(), null, List.of(page), List.of(story),
                List.of(new Photo("p1", null, "", "新建成的污水处理厂", "张三")), 4);
    }

    private static String textIn(PDPage page, Rectangle2D area) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("r", area);
        stripper.extractRegions(page);
        return stripper.getTextForRegion("r").replaceAll("\\s", "");
    }

    /** The text under a markup annotation's quads, read back from the page itself. */
    private static String textUnder(PDPage page, PDAnnotationTextMarkup markup) throws IOException {
        float[] q = markup.getQuadPoints();
        float height = page.getMediaBox().getHeight();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < q.length; i += 8) {
            float left = q[i] - 0.5f;
            float right = q[i + 2] - 0.5f;
            float top = q[i + 1];
            float bottom = q[i + 5];
            b.append(textIn(page, new Rectangle2D.Float(left, height - top, right - left, top - bottom)));
        }
        return b.toString();
    }

    @Test
    void theProofPdfCarriesEveryMarkAsAnAnnotationOverItsWords() throws IOException {
        Issue proofed = issue(P1);
        int at = P1.indexOf("膜生物反应器");
        Mark replace = Mark.correction("李校对-1", MarkKind.REPLACE, TextAnchors.of(proofed, "s1", 0, 1, at, at + 6),
                "李校对", T0, "MBR", "用缩写");
        int zhun = P1.indexOf("准");
        Mark delete = Mark.correction("李校对-2", MarkKind.DELETE, TextAnchors.of(proofed, "s1", 0, 1, zhun, zhun + 1),
                "李校对", T0, "", "");
        Mark onPhoto = Mark.comment("王校对-1", new Anchor.FrameAnchor(1, "f-p1"), "王校对", T0, "图片偏暗");
        Mark onPoint = Mark.comment("王校对-2", new Anchor.PointAnchor(1, Length.mm(20), Length.mm(10)), "王校对", T0, "报眉日期错");
        // Since the proof, the editor rewrote the last paragraph.
        Issue now = proofed.withStory(proofed.story("s1").orElseThrow().withSections(List.of(new StorySection(null,
                List.of(Paragraph.of(P0), Paragraph.of(P1), Paragraph.of("下一步，高新区将加快雨污分流管网建设，力争明年实现污水全收集、全处理。"))))));
        Mark headline = Mark.correction("王校对-3", MarkKind.REPLACE,
                TextAnchors.of(proofed, "s1", Anchor.TextAnchor.DECK, Anchor.TextAnchor.HEADLINE, 9, 11), "王校对", T0, "翻一番", "");
        List<AnchoredMark> marks = Reanchoring.place(now, List.of(replace, delete, onPhoto, onPoint, headline));
        IssueChanges changes = ChangesSince.between(proofed, now);
        List<LaidOutPage> pages = new IssueComposer(BundledFonts.shared()).compose(now).pages();
        PdfExportOptions options = PdfExportOptions.proof().withExportTime(T0, ZoneOffset.UTC);

        byte[] pdf = new ProofPdf(new PdfExporter(BundledFonts.shared())).toBytes(now, pages, options, marks, changes);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            List<PDAnnotation> annotations = page.getAnnotations();
            PDAnnotationHighlight highlight = annotations.stream().filter(PDAnnotationHighlight.class::isInstance)
                    .map(PDAnnotationHighlight.class::cast).filter(h -> h.getAnnotationName().startsWith("李")).findFirst().orElseThrow();
            PDAnnotationHighlight onHeadline = annotations.stream().filter(PDAnnotationHighlight.class::isInstance)
                    .map(PDAnnotationHighlight.class::cast).filter(h -> h.getAnnotationName().equals("王校对-3")).findFirst().orElseThrow();
            assertThat(textUnder(page, onHeadline)).isEqualTo("翻番");
            assertThat(highlight.getAnnotationName()).isEqualTo("李校对-1");
            assertThat(highlight.getTitlePopup()).isEqualTo("李校对");
            assertThat(highlight.getContents()).contains("改正 “膜生物反应器” → “MBR”").contains("用缩写");
            assertThat(textUnder(page, highlight)).isEqualTo("膜生物反应器");
            assertThat(highlight.getAppearance()).isNotNull();

            PDAnnotationStrikeout strike = annotations.stream().filter(PDAnnotationStrikeout.class::isInstance)
                    .map(PDAnnotationStrikeout.class::cast).findFirst().orElseThrow();
            assertThat(strike.getAnnotationName()).isEqualTo("李校对-2");
            assertThat(textUnder(page, strike)).isEqualTo("准");

            List<PDAnnotationText> notes = annotations.stream().filter(PDAnnotationText.class::isInstance)
                    .map(PDAnnotationText.class::cast).toList();
            assertThat(notes).extracting(PDAnnotation::getAnnotationName).containsExactlyInAnyOrder("王校对-1", "王校对-2");
            PDAnnotationText point = notes.stream().filter(n -> n.getAnnotationName().equals("王校对-2")).findFirst().orElseThrow();
            assertThat(point.getRectangle().getLowerLeftX()).isCloseTo((float) Length.mm(20).toPoints(), org.assertj.core.data.Offset.offset(0.01f));
            assertThat(point.getRectangle().getUpperRightY())
                    .isCloseTo(page.getMediaBox().getHeight() - (float) Length.mm(10).toPoints(), org.assertj.core.data.Offset.offset(0.01f));

            // Each line holding rewritten words is flagged in the margin, and no other line.
            IssueChanges.TextChange rewrite = changes.text().get(0);
            assertThat(changes.text()).hasSize(1);
            long rewrittenLines = pages.get(0).lines().stream()
                    .filter(l -> l.source() != null && "s1".equals(l.storyId()) && l.source().section() == 0 && l.source().paragraph() == 2
                            && l.source().start() < rewrite.end() && rewrite.start() < l.source().end())
                    .count();
            List<PDAnnotationSquare> bars = annotations.stream().filter(PDAnnotationSquare.class::isInstance)
                    .map(PDAnnotationSquare.class::cast).toList();
            assertThat(rewrittenLines).isGreaterThan(1);
            assertThat(bars).hasSize((int) rewrittenLines).allSatisfy(bar -> {
                assertThat(bar.getSubject()).isEqualTo(ProofPdf.CHANGED_SUBJECT);
                assertThat(bar.getContents()).contains("changed since revision 4");
            });
        }
    }

    @Test
    void aMarkThatNeedsAttentionIsANoteOnItsStoryNotAHighlightOnOtherWords() throws IOException {
        Issue proofed = issue(P1);
        int at = P1.indexOf("膜生物反应器");
        Mark replace = Mark.correction("李校对-1", MarkKind.REPLACE, TextAnchors.of(proofed, "s1", 0, 1, at, at + 6),
                "李校对", T0, "MBR", "");
        Issue now = issue("据介绍，新厂采用先进的生化处理工艺。");
        List<AnchoredMark> marks = Reanchoring.place(now, List.of(replace));
        List<LaidOutPage> pages = new IssueComposer(BundledFonts.shared()).compose(now).pages();
        byte[] pdf = new ProofPdf(new PdfExporter(BundledFonts.shared())).toBytes(now, pages,
                PdfExportOptions.proof().withExportTime(T0, ZoneOffset.UTC), marks, null);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDAnnotation> annotations = doc.getPage(0).getAnnotations();
            assertThat(annotations).singleElement().isInstanceOfSatisfying(PDAnnotationText.class, n -> {
                assertThat(n.getAnnotationName()).isEqualTo("李校对-1");
                assertThat(n.getContents()).contains("⚠").contains("rewritten");
            });
        }
    }
}
