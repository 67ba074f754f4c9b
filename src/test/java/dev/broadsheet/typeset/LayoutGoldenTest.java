package dev.broadsheet.typeset;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.CompositionSettings;
import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.FitMode;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.ProhibitionLevel;
import dev.broadsheet.model.PunctuationMode;
import dev.broadsheet.model.StyleSheet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of the laid-out page's debug text for representative cases; regenerate with
 * {@code -Dbroadsheet.updateGoldens=true}.
 */
class LayoutGoldenTest {
    private final IssueComposer composer = new IssueComposer(BundledFonts.shared());

    private String debug(Issue issue) {
        return LaidOutPageDebugText.of(composer.compose(issue).pages().get(0));
    }

    private String glyphs(Issue issue) {
        return LaidOutPageDebugText.of(composer.compose(issue).pages().get(0), LaidOutPageDebugText.Detail.GLYPHS);
    }

    /** The lead paragraph: 本报讯 in bold, the credit in the body face, 2 em indent, 开明 widths at 16 em. */
    @Test
    void leadParagraphWithDateline() {
        var story = TestIssues.story("lead", HeadlineDeck.empty(), new Dateline("本报讯", List.of("高轶鹏"), List.of()),
                "4月7日下午，高新区党工委财经委员会召开第一次会议，贯彻落实中央、省委、市委财经工作会议精神，"
                        + "研究部署高新区财经工作，并审议通过了《中共平顶山高新区工委财经委员会工作规则》"
                        + "《中共平顶山高新区工委财经委员会办公室工作细则》。");
        Goldens.assertMatches("lead-paragraph-with-dateline", debug(TestIssues.oneStory(StyleSheet.DEFAULT, story, 1, 200)));
    }

    /** Han, digits and Latin mixed: ¼ em Han–Western gaps, numbers with decimals and % kept whole. */
    @Test
    void mixedHanLatinAndNumbers() {
        var story = TestIssues.story("mixed", HeadlineDeck.empty(), null,
                "高新区兴安邦机电、宾康绿色能源、华兴浮选等5家企业获得资金支持45万元，同比增长73.08%，全市占比52.94%，"
                        + "获奖企业数量全市占比55.56%，发布了《关于下达2022年省创新生态支撑专项经费预算的通知》，"
                        + "并在Broadsheet系统中以PDF格式存档。");
        Goldens.assertMatches("mixed-han-latin-numbers", glyphs(TestIssues.oneStory(StyleSheet.DEFAULT, story, 1, 200)));
    }

    /** The same quote-heavy paragraph in each punctuation mode (全身, 开明, 半身, 居中): slot widths and glyph offsets. */
    @ParameterizedTest
    @EnumSource(PunctuationMode.class)
    void punctuationModes(PunctuationMode mode) {
        var story = TestIssues.story("marks", HeadlineDeck.empty(), null,
                "高新区科技创新局负责人表示：“主办方通过积极运作实体产业落地，以此形成区域发展推动力。"
                        + "我们将秉承‘科技创新、成就大业’宗旨，立足高新区特色产业。”（记者高轶鹏）《平顶山日报》"
                        + "报道：这是真的吗？！是的——千真万确……");
        StyleSheet styles = StyleSheet.DEFAULT.withComposition(
                new CompositionSettings(mode, ProhibitionLevel.BASIC, 0.25, 2));
        Goldens.assertMatches("punctuation-" + mode.name().toLowerCase(java.util.Locale.ROOT),
                glyphs(TestIssues.oneStory(styles, story, 1, 200)));
    }

    /** A headline deck with kicker and subhead over two columns; the long headline shrinks to fit its width. */
    @Test
    void headlineDeckShrinksToFit() {
        var deck = new HeadlineDeck("勇于创新 敢于创造", "高新区5家企业获奖励资金45万元同比增长七成多", "全市占比过半",
                null, null, null, FitMode.SHRINK_TO_FIT);
        var story = TestIssues.story("deck", deck, null, "高新区连续6年承办中国创新创业大赛河南赛区平顶山分赛区赛事活动。");
        Goldens.assertMatches("headline-deck-shrink-to-fit", debug(TestIssues.oneStory(StyleSheet.DEFAULT, story, 2, 200)));
    }

    /** A character no bundled face has (补字) keeps its cell and shows as a marker, never dropped. */
    @Test
    void missingGlyphMarker() {
        var story = TestIssues.story("rare", HeadlineDeck.empty(), null, "这个字\uD869\uDEA5（𪚥）没有字形，仍占一格。");
        Goldens.assertMatches("missing-glyph", debug(TestIssues.oneStory(StyleSheet.DEFAULT, story, 1, 100)));
    }

    /** The whole reference page: seven stories with decks and datelines, two photos, a rule and the page header. */
    @Test
    void referencePage() {
        Goldens.assertMatches("reference-page", debug(ReferencePage.load().issue()));
    }
}
