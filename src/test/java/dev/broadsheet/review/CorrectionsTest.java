package dev.broadsheet.review;

import static dev.broadsheet.review.ReviewFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Anchor.TextAnchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.MarkKind;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.ParagraphKind;
import dev.broadsheet.model.Run;
import dev.broadsheet.model.RunStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionsTest {

    private final Issue base = issue();

    private static List<String> texts(Issue issue) {
        return issue.story("s1").orElseThrow().paragraphs().stream().map(Paragraph::text).toList();
    }

    private Mark mark(MarkKind kind, TextAnchor anchor, String replacement) {
        return Mark.correction("m", kind, anchor, "李校对", T0, replacement, "");
    }

    @Test
    void replaceDeleteAndInsertChangeOnlyTheMarkedWords() {
        assertThat(texts(Corrections.apply(base, mark(MarkKind.REPLACE, anchorOn(base, 1, "膜生物反应器"), "MBR"))).get(1))
                .isEqualTo("据介绍，新厂采用MBR工艺，出水水质达到地表水准四类标准。");
        assertThat(texts(Corrections.apply(base, mark(MarkKind.DELETE, anchorOn(base, 1, "准"), ""))).get(1))
                .isEqualTo("据介绍，新厂采用膜生物反应器工艺，出水水质达到地表水四类标准。");
        assertThat(texts(Corrections.apply(base, mark(MarkKind.INSERT, anchorOn(base, 2, "管网"), "雨污"))).get(2))
                .isEqualTo("下一步，高新区将继续推进管网雨污建设，力争年底前实现污水全收集。");
        assertThat(texts(Corrections.apply(base, mark(MarkKind.REPLACE, anchorOn(base, 1, "膜生物反应器"), "MBR"))))
                .element(0).isEqualTo(P0);
    }

    @Test
    void swapExchangesThePiecesAtThePivot() {
        Issue wrongOrder = withParagraph(base, 0, "本报讯 高新区今年三座新建成污水处理厂。");
        Mark swap = Mark.swap("m", anchorOn(wrongOrder, 0, "三座新建成"), 2, "李校对", T0);
        assertThat(texts(Corrections.apply(wrongOrder, swap)).get(0)).isEqualTo("本报讯 高新区今年新建成三座污水处理厂。");
    }

    @Test
    void newParagraphSplitsAndRunOnJoins() {
        int at = P1.indexOf("出水");
        Issue split = Corrections.apply(base, mark(MarkKind.NEW_PARAGRAPH, TextAnchors.of(base, "s1", 0, 1, at, at), ""));
        assertThat(texts(split)).containsExactly(P0, P1.substring(0, at), P1.substring(at), P2);
        Issue joined = Corrections.apply(base, mark(MarkKind.RUN_ON, TextAnchors.of(base, "s1", 0, 0, P0.length(), P0.length()), ""));
        assertThat(texts(joined)).containsExactly(P0 + P1, P2);
    }

    @Test
    void stylesOfRunsAreKeptAndInsertedTextTakesTheStyleBeforeIt() {
        Paragraph p = new Paragraph(ParagraphKind.BODY, List.of(new Run("本报讯", RunStyle.STRONG), Run.plain(" 高新区今年")));
        Paragraph out = Corrections.replace(p, 3, 4, "（记者）");
        assertThat(out.runs()).containsExactly(new Run("本报讯（记者）", RunStyle.STRONG), Run.plain("高新区今年"));
    }

    @Test
    void aCorrectionWhoseWordsAreNoLongerAtItsAnchorIsRefused() {
        TextAnchor anchor = anchorOn(base, 1, "膜生物");
        Issue edited = withParagraph(base, 1, "据介绍，新厂采用先进工艺。");
        assertThatThrownBy(() -> Corrections.apply(edited, mark(MarkKind.REPLACE, anchor, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("re-anchor");
        assertThatThrownBy(() -> Corrections.apply(base, Mark.comment("c", anchor, "李校对", T0, "?")))
                .hasMessageContaining("no change");
    }
}
