package dev.broadsheet.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The composer's story and photo cache is keyed on what decides the line breaks, not on where a frame is:
 * moving a frame re-uses its composition, shifted exactly by the move; resizing it composes it again.
 */
class IssueComposerCacheTest {
    private static final BundledFonts FONTS = BundledFonts.shared();
    private static final double EXACT = 1e-9;

    private static Issue moved(Issue issue, String frameId, int firstColumn, Length top) {
        Page page = issue.pages().get(0);
        Frame frame = page.frame(frameId).orElseThrow();
        return issue.withPage(page.withFrame(frame.movedTo(firstColumn, top)));
    }

    private static FrameBox box(LaidOutIssue laidOut, String frameId) {
        return laidOut.pages().get(0).frames().stream().filter(f -> f.frameId().equals(frameId)).findFirst().orElseThrow();
    }

    private static List<PlacedItem> itemsOf(LaidOutIssue laidOut, String frameId) {
        return laidOut.pages().get(0).items().stream().filter(i -> frameId.equals(frameIdOf(i))).toList();
    }

    private static String frameIdOf(PlacedItem item) {
        if (item instanceof PlacedItem.PlacedLine l) {
            return l.frameId();
        } else if (item instanceof PlacedItem.PlacedImage i) {
            return i.frameId();
        } else if (item instanceof PlacedItem.MissingGlyphMarker m) {
            return m.frameId();
        }
        return ((PlacedItem.PlacedRule) item).frameId();
    }

    @Test
    void movingAStoryFrameReusesItsCompositionShiftedExactlyByTheMove() {
        Issue issue = ReferencePage.load().issue();
        IssueComposer composer = new IssueComposer(FONTS);
        LaidOutIssue before = composer.compose(issue);
        long computed = composer.compositionsComputed();
        Frame s7 = issue.pages().get(0).frame("f-S7").orElseThrow();

        // two columns to the left and one line (12.5 pt) down: same span, so the same measure
        Issue movedIssue = moved(issue, "f-S7", s7.firstColumn() - 2, s7.top().plus(Length.pt(12.5)));
        LaidOutIssue after = composer.compose(movedIssue);

        assertThat(composer.compositionsComputed()).as("a pure move re-breaks nothing").isEqualTo(computed);
        double dx = box(after, "f-S7").x() - box(before, "f-S7").x();
        double dy = box(after, "f-S7").y() - box(before, "f-S7").y();
        assertThat(dx).isLessThan(-300);
        assertThat(dy).isEqualTo(12.5, within(EXACT));
        List<PlacedItem.PlacedLine> was = lines(before, "S7");
        List<PlacedItem.PlacedLine> now = lines(after, "S7");
        assertThat(now).hasSameSizeAs(was).isNotEmpty();
        for (int i = 0; i < was.size(); i++) {
            PlacedItem.PlacedLine a = was.get(i);
            PlacedItem.PlacedLine b = now.get(i);
            assertThat(b.text()).isEqualTo(a.text());
            assertThat(b.source()).isEqualTo(a.source());
            assertThat(b.column()).isEqualTo(a.column());
            assertThat(b.measure()).isEqualTo(a.measure());
            assertThat(b.x()).isEqualTo(a.x() + dx, within(EXACT));
            assertThat(b.baseline()).isEqualTo(a.baseline() + dy, within(EXACT));
            assertThat(b.runs()).hasSameSizeAs(a.runs());
            for (int r = 0; r < a.runs().size(); r++) {
                GlyphRun ra = a.runs().get(r);
                GlyphRun rb = b.runs().get(r);
                assertThat(rb.text()).isEqualTo(ra.text());
                assertThat(rb.baseline()).isEqualTo(ra.baseline() + dy, within(EXACT));
                for (int k = 0; k < ra.length(); k++) {
                    assertThat(rb.xAt(k)).isEqualTo(ra.xAt(k) + dx, within(EXACT));
                }
            }
        }
        // every other frame's items are untouched, and the report is the same
        assertThat(itemsOf(after, "f-S1")).isEqualTo(itemsOf(before, "f-S1"));
        assertThat(after.reports()).isEqualTo(before.reports());
        // the composer stays a pure function of the issue: a fresh one gives exactly the same page
        assertThat(after).isEqualTo(new IssueComposer(FONTS).compose(movedIssue));
        // and moving back gives exactly the first page again
        assertThat(composer.compose(issue)).isEqualTo(before);
        assertThat(composer.compositionsComputed()).isEqualTo(computed);
    }

    @Test
    void movingAPhotoFrameReusesItsCompositionAndMovesImageAndCaption() {
        Issue issue = ReferencePage.load().issue();
        IssueComposer composer = new IssueComposer(FONTS);
        LaidOutIssue before = composer.compose(issue);
        long computed = composer.compositionsComputed();
        Frame p2 = issue.pages().get(0).frame("f-P2").orElseThrow();
        LaidOutIssue after = composer.compose(moved(issue, "f-P2", p2.firstColumn() - 1, p2.top().minus(Length.pt(25))));

        assertThat(composer.compositionsComputed()).isEqualTo(computed);
        double dx = box(after, "f-P2").x() - box(before, "f-P2").x();
        List<PlacedItem> was = itemsOf(before, "f-P2");
        List<PlacedItem> now = itemsOf(after, "f-P2");
        assertThat(now).hasSameSizeAs(was);
        PlacedItem.PlacedImage imageBefore = (PlacedItem.PlacedImage) was.stream()
                .filter(PlacedItem.PlacedImage.class::isInstance).findFirst().orElseThrow();
        PlacedItem.PlacedImage imageAfter = (PlacedItem.PlacedImage) now.stream()
                .filter(PlacedItem.PlacedImage.class::isInstance).findFirst().orElseThrow();
        assertThat(imageAfter.clipX()).isEqualTo(imageBefore.clipX() + dx, within(EXACT));
        assertThat(imageAfter.clipY()).isEqualTo(imageBefore.clipY() - 25, within(EXACT));
        assertThat(imageAfter.imageX()).isEqualTo(imageBefore.imageX() + dx, within(EXACT));
        assertThat(imageAfter.imageY()).isEqualTo(imageBefore.imageY() - 25, within(EXACT));
        assertThat(imageAfter.clipWidth()).isEqualTo(imageBefore.clipWidth());
        List<PlacedItem.PlacedLine> captionBefore = was.stream().filter(PlacedItem.PlacedLine.class::isInstance)
                .map(PlacedItem.PlacedLine.class::cast).toList();
        List<PlacedItem.PlacedLine> captionAfter = now.stream().filter(PlacedItem.PlacedLine.class::isInstance)
                .map(PlacedItem.PlacedLine.class::cast).toList();
        assertThat(captionAfter).isNotEmpty().hasSameSizeAs(captionBefore);
        for (int i = 0; i < captionBefore.size(); i++) {
            assertThat(captionAfter.get(i).text()).isEqualTo(captionBefore.get(i).text());
            assertThat(captionAfter.get(i).x()).isEqualTo(captionBefore.get(i).x() + dx, within(EXACT));
            assertThat(captionAfter.get(i).baseline()).isEqualTo(captionBefore.get(i).baseline() - 25, within(EXACT));
        }
    }

    @Test
    void resizingOrResettingColumnsComposesAgain() {
        Issue issue = ReferencePage.load().issue();
        IssueComposer composer = new IssueComposer(FONTS);
        composer.compose(issue);
        long computed = composer.compositionsComputed();
        Page page = issue.pages().get(0);
        Frame s7 = page.frame("f-S7").orElseThrow();

        composer.compose(issue.withPage(page.withFrame(s7.resized(s7.columnSpan(), s7.depth().minus(Length.pt(12.5))))));
        assertThat(composer.compositionsComputed()).as("a shallower frame").isEqualTo(computed + 1);

        composer.compose(issue.withPage(page.withFrame(s7.resized(s7.columnSpan() + 1, s7.depth()))));
        assertThat(composer.compositionsComputed()).as("a wider frame").isEqualTo(computed + 2);

        composer.compose(issue.withPage(page.withFrame(s7.withTextColumns(1, null))));
        assertThat(composer.compositionsComputed()).as("one text column instead of two").isEqualTo(computed + 3);

        // the photo: a deeper frame gives another image height, so it is set again too
        Frame p1 = page.frame("f-P1").orElseThrow();
        composer.compose(issue.withPage(page.withFrame(p1.resized(p1.columnSpan(), p1.depth().plus(Length.pt(20))))));
        assertThat(composer.compositionsComputed()).as("a deeper photo").isEqualTo(computed + 4);
    }

    private static List<PlacedItem.PlacedLine> lines(LaidOutIssue laidOut, String storyId) {
        return laidOut.pages().get(0).lines().stream().filter(l -> storyId.equals(l.storyId())).toList();
    }
}
