package dev.broadsheet.ui.proof;

import static dev.broadsheet.ui.proof.ProofFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Issue;
import dev.broadsheet.typeset.FrameBox;
import dev.broadsheet.typeset.LaidOutPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clicks and drags on a composed page choose the words under them, a frame, or a point. */
class PageHitsTest {

    private final Issue issue = issue();
    private final LaidOutPage page = ProofModeViewModelTest.compose(issue);

    /** The boxes the words occupy on the page, first to last line (where a mark on them is highlighted). */
    private List<MarkHighlights.Highlight> boxesOf(int paragraph, String quote) {
        List<MarkHighlights.Highlight> boxes = MarkHighlights.target(page, issue, new PageTarget.Text(select(issue, paragraph, quote)));
        assertThat(boxes).as("“%s” is on the page", quote).isNotEmpty();
        return boxes;
    }

    private FrameBox frame(String id) {
        return page.frames().stream().filter(f -> f.frameId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aDragFromTheFirstGlyphToPastTheLastChoosesExactlyThoseWords() {
        List<MarkHighlights.Highlight> boxes = boxesOf(1, "膜生物反应器");
        var first = boxes.get(0);
        var last = boxes.get(boxes.size() - 1);
        // Grab a little inside the first glyph's left edge and let go a little inside the next glyph.
        PageTarget chosen = PageHits.drag(page, issue, first.x() + 1, first.y() + first.height() / 2,
                last.x() + last.width() + 1, last.y() + last.height() / 2);
        assertThat(chosen).isEqualTo(new PageTarget.Text(select(issue, 1, "膜生物反应器")));
    }

    @Test
    void aDragBackwardsChoosesTheSameWords() {
        List<MarkHighlights.Highlight> boxes = boxesOf(2, "管网建设");
        var first = boxes.get(0);
        var last = boxes.get(boxes.size() - 1);
        PageTarget chosen = PageHits.drag(page, issue, last.x() + last.width() - 1, last.y() + 2, first.x() + 2, first.y() + 2);
        assertThat(chosen).isEqualTo(new PageTarget.Text(select(issue, 2, "管网建设")));
    }

    @Test
    void aDragIntoTheNextParagraphStopsAtTheEndOfTheOneItBeganIn() {
        var from = boxesOf(1, "出水水质").get(0);
        var into = boxesOf(2, "管网建设").get(0);
        PageTarget chosen = PageHits.drag(page, issue, from.x() + 1, from.y() + 2, into.x() + 2, into.y() + 2);
        int at = P1.indexOf("出水水质");
        assertThat(chosen).isEqualTo(new PageTarget.Text(new TextSelection("s1", 0, 1, at, P1.length())));
        // And backwards into the paragraph before: from its start.
        var back = boxesOf(0, "三座").get(0);
        assertThat(PageHits.drag(page, issue, from.x() + 1, from.y() + 2, back.x() + 2, back.y() + 2))
                .isEqualTo(new PageTarget.Text(new TextSelection("s1", 0, 1, 0, at)));
    }

    @Test
    void aClickOnTextIsAPointBetweenTwoCharacters() {
        var box = boxesOf(0, "三座").get(0);
        PageTarget chosen = PageHits.click(page, issue, box.x() + 1, box.y() + box.height() / 2, false);
        int at = P0.indexOf("三座");
        assertThat(chosen).isEqualTo(new PageTarget.Text(new TextSelection("s1", 0, 0, at, at)));
        assertThat(((PageTarget.Text) chosen).isPoint()).isTrue();
    }

    @Test
    void aDragOverTheHeadlineChoosesItsCharactersOnTheDeck() {
        // The same story with its deck set above the text.
        Issue decked = issue.withPage(issue.page(1).orElseThrow().withFrames(issue.page(1).orElseThrow().frames().stream()
                .map(f -> f.content() instanceof dev.broadsheet.model.FrameContent.StoryText t
                        ? f.withContent(new dev.broadsheet.model.FrameContent.StoryText(t.storyId(), t.threadIndex(),
                                dev.broadsheet.model.DeckPlacement.ABOVE_TEXT, t.fill()))
                        : f).toList()));
        LaidOutPage withDeck = ProofModeViewModelTest.compose(decked);
        PageTarget words = new PageTarget.Text(new TextSelection("s1", -1, 1, 3, 7));   // 污水处理 in 高新区污水处理能力翻番
        List<MarkHighlights.Highlight> boxes = MarkHighlights.target(withDeck, decked, words);
        assertThat(boxes).hasSize(1);
        var box = boxes.get(0);
        PageTarget chosen = PageHits.drag(withDeck, decked, box.x() + 1, box.y() + box.height() / 2,
                box.x() + box.width() + 1, box.y() + box.height() / 2);
        assertThat(chosen).isEqualTo(words);
        assertThat(chosen.anchorOn(decked).describe()).isEqualTo("story s1 主题 [3,7) “污水处理”");
    }

    @Test
    void aClickOffTheTextChoosesTheFrameAndShiftClickChoosesTheFrameOfTheText() {
        FrameBox photo = frame("f-p1");
        assertThat(PageHits.click(page, issue, photo.x() + photo.width() / 2, photo.y() + photo.height() / 2, false))
                .isEqualTo(new PageTarget.Frame(1, "f-p1"));
        var word = boxesOf(1, "膜生物反应器").get(0);
        assertThat(PageHits.click(page, issue, word.x() + 2, word.y() + 2, true)).isEqualTo(new PageTarget.Frame(1, "f-s1"));
    }

    @Test
    void aClickOnEmptyPaperChoosesThePoint() {
        double x = page.width() - 5;
        double y = page.height() - 5;
        assertThat(page.frames()).noneMatch(f -> x >= f.x() && x <= f.x() + f.width() && y >= f.y() && y <= f.y() + f.height());
        assertThat(PageHits.click(page, issue, x, y, false)).isEqualTo(new PageTarget.Point(1, x, y));
        // A drag that touches no text is that click.
        assertThat(PageHits.drag(page, issue, x, y, x - 3, y - 3)).isEqualTo(new PageTarget.Point(1, x, y));
    }
}
