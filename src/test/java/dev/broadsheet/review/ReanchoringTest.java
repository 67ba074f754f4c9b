package dev.broadsheet.review;

import static dev.broadsheet.review.ReviewFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Anchor.TextAnchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.MarkKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReanchoringTest {

    private final Issue base = issue();

    private Mark replaceMark(TextAnchor anchor, String replacement) {
        return Mark.correction("a-1", MarkKind.REPLACE, anchor, PROOFREADER_A.name(), T0, replacement, "");
    }

    @Test
    void unchangedTextStaysInPlace() {
        AnchoredMark placed = Reanchoring.place(base, replaceMark(anchorOn(base, 1, "膜生物"), "膜生物学"));
        assertThat(placed.status()).isEqualTo(AnchorStatus.IN_PLACE);
        assertThat(placed.mark().anchor()).isEqualTo(anchorOn(base, 1, "膜生物"));
    }

    @Test
    void aParagraphThatMovedIsFollowedToItsNewPlace() {
        TextAnchor anchor = anchorOn(base, 1, "膜生物");
        // The editor put a new paragraph first and swapped the other two: the marked words now sit in ¶0.
        Issue edited = withParagraphs(base, P1, "新插入的一段导语。", P0, P2);
        AnchoredMark placed = Reanchoring.place(edited, replaceMark(anchor, "膜生物学"));
        assertThat(placed.status()).isEqualTo(AnchorStatus.MOVED);
        TextAnchor now = (TextAnchor) placed.mark().anchor();
        assertThat(now.paragraph()).isEqualTo(0);
        assertThat(P1.substring(now.start(), now.end())).isEqualTo("膜生物");
        assertThat(now.start()).isEqualTo(P1.indexOf("膜生物"));
    }

    @Test
    void textInsertedEarlierInTheSameParagraphShiftsTheMarkOntoTheSameWords() {
        TextAnchor anchor = anchorOn(base, 2, "管网建设");
        String edited = "下一步，高新区将按照市里的统一部署，继续推进管网建设，力争年底前实现污水全收集。";
        AnchoredMark placed = Reanchoring.place(withParagraph(base, 2, edited), replaceMark(anchor, "管网改造"));
        assertThat(placed.status()).isEqualTo(AnchorStatus.MOVED);
        TextAnchor now = (TextAnchor) placed.mark().anchor();
        assertThat(now.start()).isEqualTo(edited.indexOf("管网建设"));
    }

    @Test
    void aCommonWordIsPlacedByItsContextNotByTheFirstOccurrence() {
        // “高新区” occurs in ¶0 and ¶2; the mark is on the one in ¶2. Put a paragraph in front of everything.
        TextAnchor anchor = anchorOn(base, 2, "高新区");
        Issue edited = withParagraphs(base, "高新区新闻一则。", P0, P1, P2);
        AnchoredMark placed = Reanchoring.place(edited, replaceMark(anchor, "开发区"));
        assertThat(placed.status()).isEqualTo(AnchorStatus.MOVED);
        TextAnchor now = (TextAnchor) placed.mark().anchor();
        assertThat(now.paragraph()).isEqualTo(3);
        assertThat(now.start()).isEqualTo(P2.indexOf("高新区"));
    }

    @Test
    void aMarkWhoseTextWasRewrittenIsFlaggedAndKeptWithItsOldAnchor() {
        TextAnchor anchor = anchorOn(base, 1, "膜生物反应器");
        Issue edited = withParagraph(base, 1, "据介绍，新厂采用先进的生化处理工艺，出水水质优良。");
        Mark mark = replaceMark(anchor, "MBR");
        AnchoredMark placed = Reanchoring.place(edited, mark);
        assertThat(placed.status()).isEqualTo(AnchorStatus.NEEDS_ATTENTION);
        assertThat(placed.mark()).isEqualTo(mark);
        assertThat(placed.note()).contains("膜生物反应器").contains("rewritten");
        assertThat(placed.needsAttention()).isTrue();
        // Once settled (an accepted 改正 removes its own words), nobody needs to look at it again.
        AnchoredMark settled = Reanchoring.place(edited, mark.withState(dev.broadsheet.model.MarkState.ACCEPTED, EDITOR.name(), T0));
        assertThat(settled.status()).isEqualTo(AnchorStatus.NEEDS_ATTENTION);
        assertThat(settled.needsAttention()).isFalse();
    }

    @Test
    void aShortWordWhoseSurroundingsWereRewrittenIsNotGuessedOntoAnotherOccurrence() {
        // “的” is everywhere; once its sentence is rewritten there is no telling which one was meant.
        Issue withDe = withParagraph(base, 1, "据介绍，新厂的工艺是膜生物反应器的工艺。");
        TextAnchor anchor = anchorOn(withDe, 1, "的");
        Issue rewritten = withParagraph(withDe, 1, "新厂的设备和新厂的管理都很先进。");
        AnchoredMark placed = Reanchoring.place(rewritten, replaceMark(anchor, "之"));
        assertThat(placed.status()).isEqualTo(AnchorStatus.NEEDS_ATTENTION);
        assertThat(placed.note()).contains("surroundings changed");
    }

    @Test
    void aDeletedStoryOrFrameNeedsAttention() {
        Issue noStory = base.withStories(List.of());
        assertThat(Reanchoring.place(noStory, replaceMark(anchorOn(base, 0, "三座"), "四座")).status())
                .isEqualTo(AnchorStatus.NEEDS_ATTENTION);
        Mark onPhoto = Mark.comment("a-2", new Anchor.FrameAnchor(1, "f-p1"), PROOFREADER_A.name(), T0, "图片偏暗");
        Issue noPhoto = base.withPage(base.page(1).orElseThrow().withoutFrame("f-p1"));
        assertThat(Reanchoring.place(base, onPhoto).status()).isEqualTo(AnchorStatus.IN_PLACE);
        assertThat(Reanchoring.place(noPhoto, onPhoto).note()).contains("f-p1");
        Mark onPoint = Mark.comment("a-3", new Anchor.PointAnchor(1, Length.mm(10), Length.mm(20)), PROOFREADER_A.name(), T0, "报眉日期");
        assertThat(Reanchoring.place(base, onPoint).status()).isEqualTo(AnchorStatus.IN_PLACE);
    }

    @Test
    void anInsertionPointIsFoundByItsContext() {
        int at = P1.indexOf("工艺");
        TextAnchor point = TextAnchors.of(base, "s1", 0, 1, at, at);
        Issue edited = withParagraphs(base, P0, "插入一段。", P1, P2);
        AnchoredMark placed = Reanchoring.place(edited,
                Mark.correction("a-4", MarkKind.INSERT, point, PROOFREADER_A.name(), T0, "（MBR）", ""));
        assertThat(placed.status()).isEqualTo(AnchorStatus.MOVED);
        assertThat(((TextAnchor) placed.mark().anchor()).paragraph()).isEqualTo(2);
        assertThat(((TextAnchor) placed.mark().anchor()).start()).isEqualTo(at);
    }

    @Test
    void aHeadlineMarkFollowsItsWordsInTheHeadlineAndNowhereElse() {
        // Fixture headline: 高新区污水处理能力翻番
        TextAnchor onHeadline = TextAnchors.of(base, "s1", TextAnchor.DECK, TextAnchor.HEADLINE, 9, 11);
        assertThat(onHeadline.quote()).isEqualTo("翻番");
        assertThat(onHeadline.describe()).contains("主题");
        var story = base.story("s1").orElseThrow();
        Issue edited = base.withStory(story.withDeck(story.deck().withTexts("引题", "今年高新区污水处理能力翻番", null)));
        AnchoredMark placed = Reanchoring.place(edited, replaceMark(onHeadline, "翻一番"));
        assertThat(placed.status()).isEqualTo(AnchorStatus.MOVED);
        assertThat(((TextAnchor) placed.mark().anchor()).start()).isEqualTo(11);
        Issue applied = Corrections.apply(edited, placed.mark());
        assertThat(applied.story("s1").orElseThrow().deck().headline()).isEqualTo("今年高新区污水处理能力翻一番");
        assertThat(applied.story("s1").orElseThrow().deck().kicker()).isEqualTo("引题");

        Issue rewritten = base.withStory(story.withDeck(story.deck().withTexts(null, "高新区治污见成效", null)));
        assertThat(Reanchoring.place(rewritten, replaceMark(onHeadline, "翻一番")).status()).isEqualTo(AnchorStatus.NEEDS_ATTENTION);
    }
}
