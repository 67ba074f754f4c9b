package dev.broadsheet.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.DeckPlacement;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.model.StyleSheet;
import dev.broadsheet.model.TextRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page composer: frames from the grid, threads, overset and underset, 补字, and re-composing only what changed. */
class IssueComposerTest {
    private static final BundledFonts FONTS = BundledFonts.shared();

    @Test
    void framesSitOnTheGrid() {
        Issue issue = ReferencePage.load().issue();
        Page page = issue.pages().get(0);
        LaidOutPage laidOut = new IssueComposer(FONTS).compose(issue).pages().get(0);
        Frame s2 = page.frame("f-S2").orElseThrow();
        FrameBox box = laidOut.frames().stream().filter(f -> f.frameId().equals("f-S2")).findFirst().orElseThrow();
        assertThat(box.x()).isEqualTo(page.grid().columnLeftPt(page.size(), s2.firstColumn()));
        assertThat(box.width()).isEqualTo(page.grid().spanWidthPt(page.size(), s2.columnSpan()));
        assertThat(box.y()).isEqualTo(page.grid().margins().top().toPoints() + s2.top().toPoints());
        assertThat(box.textColumns()).isEqualTo(2);
        assertThat(box.columnWidth()).isEqualTo(16 * ReferencePage.BODY_SIZE, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(box.kind()).isEqualTo(FrameBox.Kind.STORY);
        // every line of the story lies inside its frame
        for (PlacedItem.PlacedLine line : laidOut.lines()) {
            if ("f-S2".equals(line.frameId())) {
                assertThat(line.x()).isBetween(box.x(), box.x() + box.width());
                assertThat(line.baseline()).isBetween(box.y(), box.y() + box.height());
            }
        }
    }

    @Test
    void aStoryFlowsThroughItsThreadAcrossPagesAndReportsOverset() {
        String text = "高新区连续6年承办中国创新创业大赛河南赛区平顶山分赛区赛事活动，激发了创业企业和创业者勇于创新、"
                + "竞相创业、敢于创造、奋力争先的动力和活力。";
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            paragraphs.add(Paragraph.of(text));
        }
        Story story = new Story("s", "s", null, HeadlineDeck.empty(), null, List.of(new StorySection(null, paragraphs)));
        Frame first = TestIssues.textFrame("a", "s", 0, 1, 100, DeckPlacement.NONE);
        Frame second = new Frame("b", 2, 1, Length.ZERO, Length.pt(50), 0, null,
                new FrameContent.StoryText("s", 1, DeckPlacement.NONE, null));
        Issue one = TestIssues.issue(StyleSheet.DEFAULT, List.of(story), first);
        Page page2 = new Page(2, "", one.pages().get(0).size(), ReferencePage.grid(), null, List.of(second), null);
        Issue issue = one.withPages(List.of(one.pages().get(0), page2));
        LaidOutIssue laidOut = new IssueComposer(FONTS).compose(issue);
        List<PlacedItem.PlacedLine> onFirst = laidOut.page(1).orElseThrow().lines();
        List<PlacedItem.PlacedLine> onSecond = laidOut.page(2).orElseThrow().lines();
        assertThat(onFirst).hasSize(8);   // 100 pt at a 12.5 pt pitch
        assertThat(onSecond).hasSize(4);  // 50 pt
        assertThat(onSecond.get(0).source().paragraph()).isEqualTo(onFirst.get(7).source().paragraph()
                + (onFirst.get(7).source().end() == text.length() ? 1 : 0));
        StoryReport report = laidOut.reports().get("s");
        assertThat(report.isOverset()).isTrue();
        assertThat(report.lastFrameId()).isEqualTo("b");
        int placed = (onFirst.stream().mapToInt(l -> l.text().length()).sum()
                + onSecond.stream().mapToInt(l -> l.text().length()).sum());
        assertThat(report.oversetCharacters()).isEqualTo(12 * text.length() - placed);
        assertThat(report.oversetLines()).isGreaterThan(report.oversetCharacters() / 17);
        assertThat(report.undersetLines()).isZero();
    }

    /** clreq#adjustments_of_orphans_and_widows: a paragraph's last line does not stand alone at a column's top. */
    @Test
    void aWidowIsAvoidedWhenTheNextColumnHasRoom() {
        String twoLines = "一二三四五六七八九十一二三四五六七八九十一二三四五。";
        String fourLines = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
                + "一二三四五六七八九十一二三四五六七。";
        Story story = TestIssues.story("s", HeadlineDeck.empty(), null, twoLines, fourLines);
        // two columns of five lines each (5 × 12.5 pt)
        LaidOutIssue laidOut = new IssueComposer(FONTS).compose(TestIssues.oneStory(StyleSheet.DEFAULT, story, 2, 62.5));
        List<PlacedItem.PlacedLine> lines = laidOut.pages().get(0).lines();
        List<PlacedItem.PlacedLine> second = lines.stream().filter(l -> l.source().paragraph() == 1).toList();
        assertThat(lines.stream().filter(l -> l.source().paragraph() == 0)).hasSize(2);
        assertThat(second).hasSize(4);
        // without the rule the fourth line would be alone in column 1; now the third goes with it
        assertThat(second.stream().filter(l -> l.column() == 1)).hasSize(2);
        assertThat(lines.stream().filter(l -> l.column() == 0)).hasSize(4);
        assertThat(laidOut.reports().get("s").isOverset()).isFalse();
    }

    /** ColumnFill.BALANCED: a story ending in a three-column frame fills its columns to about the same depth. */
    @Test
    void balancedColumnsEndAtAboutTheSameDepth() {
        String text = "高新区连续6年承办中国创新创业大赛河南赛区平顶山分赛区赛事活动，激发了创业企业和创业者勇于创新、"
                + "竞相创业、敢于创造、奋力争先的动力和活力。";
        Story story = TestIssues.story("s", HeadlineDeck.empty(), null, text, text, text);
        Frame balanced = new Frame("f1", 0, 3, Length.ZERO, Length.pt(300), 0, null,
                new FrameContent.StoryText("s", 0, DeckPlacement.NONE, dev.broadsheet.model.ColumnFill.BALANCED));
        LaidOutIssue laidOut = new IssueComposer(FONTS).compose(TestIssues.issue(StyleSheet.DEFAULT, List.of(story), balanced));
        List<PlacedItem.PlacedLine> lines = laidOut.pages().get(0).lines();
        long[] perColumn = new long[3];
        lines.forEach(l -> perColumn[l.column()]++);
        assertThat(perColumn[0] + perColumn[1] + perColumn[2]).isEqualTo(lines.size());
        assertThat(perColumn[0]).isEqualTo(perColumn[1]);
        assertThat(perColumn[2]).isBetween(perColumn[0] - 2, perColumn[0]);
        assertThat(laidOut.reports().get("s").isOverset()).isFalse();
        assertThat(laidOut.reports().get("s").undersetLines()).isEqualTo(3 * 24 - lines.size());
    }

    @Test
    void aShortStoryReportsItsEmptyLines() {
        Story story = TestIssues.story("s", HeadlineDeck.empty(), null, "短讯一则。");
        StoryReport report = new IssueComposer(FONTS).compose(TestIssues.oneStory(StyleSheet.DEFAULT, story, 1, 100))
                .reports().get("s");
        assertThat(report.isOverset()).isFalse();
        assertThat(report.undersetLines()).isEqualTo(7);
        assertThat(report.lastFrameId()).isEqualTo("f1");
    }

    @Test
    void aCharacterNoFontHasIsListedWithItsPlaceAndDrawnAsAMarker() {
        String text = "这个字𪚥没有字形。";
        Story story = TestIssues.story("s", HeadlineDeck.empty(), null, "第一段。", text);
        LaidOutIssue laidOut = new IssueComposer(FONTS).compose(TestIssues.oneStory(StyleSheet.DEFAULT, story, 1, 100));
        StoryReport report = laidOut.reports().get("s");
        assertThat(report.missingGlyphs()).containsExactly(new StoryReport.MissingGlyph(0x2A6A5, 0, 1, 3));
        assertThat(report.missingGlyphs().get(0).character()).isEqualTo("𪚥");
        List<PlacedItem.MissingGlyphMarker> markers = laidOut.pages().get(0).items().stream()
                .filter(PlacedItem.MissingGlyphMarker.class::isInstance).map(PlacedItem.MissingGlyphMarker.class::cast).toList();
        assertThat(markers).hasSize(1);
        assertThat(markers.get(0).width()).isEqualTo(ReferencePage.BODY_SIZE);
        PlacedItem.PlacedLine line = laidOut.pages().get(0).lines().get(1);
        assertThat(LaidOutPageDebugText.lineText(line, markers)).isEqualTo("这个字⟦U+2A6A5⟧没有字形。");
    }

    /**
     * A caption's paragraphs arrive separated by a line break (the importer keeps P2's two paragraphs so): each
     * starts a new line with the caption's first-line indent, and no newline is drawn as a missing glyph.
     */
    @Test
    void aLineBreakInACaptionStartsANewIndentedParagraph() {
        Issue reference = ReferencePage.load().issue();
        Photo p2 = reference.photos().stream().filter(p -> p.id().equals("P2")).findFirst().orElseThrow();
        String first = "4月11日下午，高新区创新创业服务园区、科技创新局工作人员在特纳赛运动器材有限公司了解生产经营和科技发展情况。";
        String second = "工作人员深入生产车间，了解企业近年生产经营等情况。";
        Issue issue = reference.withPhoto(new Photo("P2", p2.imagePath(), p2.title(), first + "\n" + second, p2.credit()));
        LaidOutPage page = new IssueComposer(FONTS).compose(issue).pages().get(0);
        assertThat(page.items()).noneMatch(i -> i instanceof PlacedItem.MissingGlyphMarker m && m.frameId().equals("f-P2"));
        List<PlacedItem.PlacedLine> caption = page.lines().stream()
                .filter(l -> l.frameId().equals("f-P2") && l.role() == TextRole.CAPTION).toList();
        StringBuilder joined = new StringBuilder();
        caption.forEach(l -> joined.append(LaidOutPageDebugText.lineText(l, List.of())));
        assertThat(joined.toString()).isEqualTo(first + second + "\u3000" + p2.credit() + " 摄");
        PlacedItem.PlacedLine secondStart = caption.stream()
                .filter(l -> LaidOutPageDebugText.lineText(l, List.of()).startsWith("工作人员")).findFirst().orElseThrow();
        assertThat(LaidOutPageDebugText.lineText(caption.get(caption.indexOf(secondStart) - 1), List.of())).endsWith("情况。");
        double indent = caption.get(0).runs().get(0).xAt(0) - caption.get(0).x();
        assertThat(indent).isGreaterThan(10); // 2 em (the first line starts with a centred half-width digit)
        assertThat(secondStart.runs().get(0).xAt(0) - secondStart.x()).isEqualTo(indent, org.assertj.core.data.Offset.offset(1.0));
        assertThat(caption.get(1).runs().get(0).xAt(0) - caption.get(1).x()).isEqualTo(0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(caption).extracting(PlacedItem.PlacedLine::lineIndex).doesNotHaveDuplicates();
        assertThat(secondStart.source().start()).isEqualTo(first.length() + 1);
    }

    @Test
    void onlyTheStoryAnEditTouchesIsComposedAgain() {
        Issue issue = ReferencePage.load().issue();
        IssueComposer composer = new IssueComposer(FONTS);
        LaidOutIssue before = composer.compose(issue);
        long afterFirst = composer.compositionsComputed();
        assertThat(afterFirst).isEqualTo(issue.stories().size() + issue.photos().size());

        LaidOutIssue again = composer.compose(issue);
        assertThat(composer.compositionsComputed()).isEqualTo(afterFirst);
        assertThat(again).isEqualTo(before);

        Story lead = issue.story("S1").orElseThrow();
        Story edited = lead.withDeck(lead.deck().withTexts(null, "确保经济健康发展", lead.deck().subhead()));
        LaidOutIssue afterEdit = composer.compose(issue.withStory(edited));
        assertThat(composer.compositionsComputed()).isEqualTo(afterFirst + 1);
        assertThat(afterEdit.pages().get(0).lines().stream().filter(l -> l.role() == TextRole.HEADLINE)
                .map(PlacedItem.PlacedLine::text)).contains("确保经济健康发展");
        // and the result is what a fresh composer gives
        assertThat(afterEdit).isEqualTo(new IssueComposer(FONTS).compose(issue.withStory(edited)));
    }

    @Test
    void resizingAFrameRecomposesItsStory() {
        // (A pure move re-uses the composition: see IssueComposerCacheTest.)
        Issue issue = ReferencePage.load().issue();
        IssueComposer composer = new IssueComposer(FONTS);
        composer.compose(issue);
        long computed = composer.compositionsComputed();
        Page page = issue.pages().get(0);
        Frame s7 = page.frame("f-S7").orElseThrow();
        Issue moved = issue.withPage(page.withFrame(s7.resized(s7.columnSpan(), s7.depth().plus(Length.pt(10)))));
        composer.compose(moved);
        assertThat(composer.compositionsComputed()).isEqualTo(computed + 1);
    }
}
