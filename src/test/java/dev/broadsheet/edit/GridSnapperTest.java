package dev.broadsheet.edit;

import static dev.broadsheet.edit.EditFixtures.PITCH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Page;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GridSnapperTest {

    private final Page page = EditFixtures.issue().page(1).orElseThrow();
    private final GridSnapper snapper = new GridSnapper(page);

    @Test
    void topsSnapToTheNearestLineOfTheBaselineGrid() {
        assertThat(snapper.snapToLine(3 * PITCH + 6)).isEqualTo(3 * PITCH);
        assertThat(snapper.snapToLine(3 * PITCH + 7)).isEqualTo(4 * PITCH);
        assertThat(snapper.snapToLine(-40)).isZero();
    }

    @Test
    void aMovingFrameSnapsToANearbyFrameEdgeBeforeTheGrid() {
        // f2 ends at line 10 (125 pt); a 50 pt frame whose top is 3 pt below that snaps onto it
        GridSnapper.VerticalSnap snap = snapper.snapMove(10 * PITCH + 3, 50, 5, Set.of("f1"));
        assertThat(snap.top()).isEqualTo(10 * PITCH);
        assertThat(snap.guides()).singleElement().extracting(GridSnapper.Guide::kind).isEqualTo(GridSnapper.Guide.Kind.FRAME_EDGE);
        // …and its bottom snaps too: top at 125 - 50 + 2
        assertThat(snapper.snapMove(10 * PITCH - 48, 50, 5, Set.of("f1")).top()).isEqualTo(10 * PITCH - 50);
        // far from any edge: the grid
        GridSnapper.VerticalSnap grid = snapper.snapMove(30 * PITCH + 2, 50, 5, Set.of("f1"));
        assertThat(grid.top()).isEqualTo(30 * PITCH);
        assertThat(grid.guides()).singleElement().extracting(GridSnapper.Guide::kind).isEqualTo(GridSnapper.Guide.Kind.BASELINE);
    }

    @Test
    void columnsFromPagePositions() {
        double column3 = page.grid().columnLeftPt(page.size(), 3);
        assertThat(snapper.nearestColumn(column3 + 5, 2)).isEqualTo(3);
        assertThat(snapper.nearestColumn(column3 + 5, 6)).as("room for a span of 6").isEqualTo(2);
        double rightOf4 = page.grid().columnLeftPt(page.size(), 4) + page.grid().columnWidthPt(page.size());
        assertThat(snapper.spanToRightEdge(2, rightOf4 - 3)).isEqualTo(3);
    }

    @Test
    void keyboardSteps() {
        assertThat(snapper.linePitch()).isEqualTo(PITCH);
        assertThat(snapper.fineStep()).isEqualTo(PITCH / 4);
        assertThat(snapper.columnPitch()).isEqualTo(page.grid().columnWidthPt(page.size()) + page.grid().gutter().toPoints());
        assertThat(snapper.lineCount()).isEqualTo((int) Math.floor(page.grid().typeAreaHeightPt(page.size()) / PITCH));
    }

    @Test
    void columnGuidesSayWhenAnotherFrameSharesTheEdge() {
        // f1 spans columns 0–1; a frame placed at column 0 shares its left edge
        assertThat(snapper.columnGuides(0, 1, Set.of()))
                .extracting(GridSnapper.Guide::kind)
                .containsExactly(GridSnapper.Guide.Kind.FRAME_EDGE, GridSnapper.Guide.Kind.COLUMN);
    }
}
