package dev.broadsheet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void recordsAreImmutableSnapshots() {
        List<Paragraph> paragraphs = new ArrayList<>(List.of(Paragraph.of("第一段。")));
        StorySection section = new StorySection(null, paragraphs);
        paragraphs.add(Paragraph.of("第二段。"));
        assertThat(section.paragraphs()).hasSize(1);
        assertThatThrownBy(() -> section.paragraphs().add(Paragraph.of("x"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void characterCountCountsDatelineAndBodyButNotSpaces() {
        Story story = new Story("S1", "财经委", null, HeadlineDeck.of(null, "标题", null), null, List.of(
                new StorySection(new Dateline("本报讯", List.of("高轶鹏"), List.of("王梦可")),
                        List.of(Paragraph.of("4月7日下午， 会议召开。")))));
        // 本报讯（记者高轶鹏 通讯员王梦可） = 16 characters without the space; body 12 without the space
        assertThat(story.characterCount()).isEqualTo(16 + 12);
    }

    @Test
    void datelineCreditIsPrintedAsTheDeskWritesIt() {
        assertThat(new Dateline("本报讯", List.of("高轶鹏"), List.of("王梦可")).creditText()).isEqualTo("（记者高轶鹏 通讯员王梦可）");
        assertThat(new Dateline("本报讯", List.of("高轶鹏"), List.of()).creditText()).isEqualTo("（记者高轶鹏）");
        assertThat(new Dateline("新华社北京5月1日电", List.of(), List.of()).creditText()).isEmpty();
    }

    @Test
    void broadsheetGridHasEightColumnsInTheTypeArea() {
        Page page = Page.blank(1, PagePreset.BROADSHEET);
        Grid grid = page.grid();
        assertThat(grid.columns()).isEqualTo(8);
        double typeArea = grid.typeAreaWidthPt(page.size());
        assertThat(Length.pt(typeArea).toMillimetres()).isCloseTo(350, within(1e-9));
        assertThat(grid.spanWidthPt(page.size(), 8)).isCloseTo(typeArea, within(1e-9));
        assertThat(grid.columnLeftPt(page.size(), 1) - grid.columnLeftPt(page.size(), 0))
                .isCloseTo(grid.columnWidthPt(page.size()) + grid.gutter().toPoints(), within(1e-9));
    }

    @Test
    void framesRefuseImpossibleGeometry() {
        var content = new FrameContent.Rule(RuleStyle.PLAIN, null);
        assertThatThrownBy(() -> new Frame("f", 0, 0, Length.ZERO, Length.mm(10), 0, null, content))
                .hasMessageContaining("columnSpan");
        assertThatThrownBy(() -> new Frame("f", -1, 1, Length.ZERO, Length.mm(10), 0, null, content))
                .hasMessageContaining("firstColumn");
    }

    @Test
    void threadFollowsThreadIndexAcrossPages() {
        Frame second = new Frame("b", 0, 2, Length.ZERO, Length.mm(50), 0, null,
                new FrameContent.StoryText("S1", 1, DeckPlacement.NONE, null));
        Frame first = new Frame("a", 0, 2, Length.ZERO, Length.mm(50), 0, null,
                new FrameContent.StoryText("S1", 0, DeckPlacement.ABOVE_TEXT, null));
        Issue issue = new Issue("报", null, "", "", List.of(), null,
                List.of(Page.blank(1, PagePreset.A4).withFrames(List.of(second)),
                        Page.blank(2, PagePreset.A4).withFrames(List.of(first))),
                List.of(), List.of(), 0);
        assertThat(issue.threadOf("S1")).extracting(pf -> pf.frame().id()).containsExactly("a", "b");
        assertThat(issue.threadOf("S1")).extracting(Issue.PlacedFrame::pageNumber).containsExactly(2, 1);
    }
}
