package dev.broadsheet.ui.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.edit.FrameGeometry;
import dev.broadsheet.edit.FrameRect;
import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.importer.ImportResult;
import dev.broadsheet.importer.TextImporter;
import dev.broadsheet.model.ColumnFill;
import dev.broadsheet.model.DeckPlacement;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Grid;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PageHeader;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.RuleStyle;
import dev.broadsheet.model.Story;
import dev.broadsheet.store.IssueFormat;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.ui.files.SampleWorkingCopy;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workstation's bundled sample issue is the reference page: the importer's output of the page's text,
 * laid out as the printed page was — the lead story S1 across the top, the other six stories in the columns
 * below, the two photos with their captions. Run with {@code -Dbroadsheet.updateGoldens=true} to rebuild
 * {@code assets/sample/reference-page/issue.json} after the importer or the composer changes.
 */
class ReferenceSampleTest {
    static final Path BUNDLED = Path.of("assets/sample/reference-page/issue.json");
    /** The printed page's body measure is about 16 em (structure.json): six columns of 152 pt at 9.5 pt. */
    static final int COLUMNS = 6;
    static final Length GUTTER = Length.pt(16);
    static final Length PITCH = Length.pt(12.5);
    static final double GAP_LINES = 1;

    private final IssueComposer composer = new IssueComposer(BundledFonts.shared());

    /** Where each item goes: grid column, span, and the row it starts (below the items listed before it). */
    private record Slot(String id, int column, int span, double fixedDepthMm) {
    }

    static Issue imported() throws Exception {
        byte[] text;
        try (InputStream in = ReferenceSampleTest.class.getResourceAsStream("/reference/000_0b7f95b1a5b38884.txt")) {
            text = in.readAllBytes();
        }
        ImportResult result = TextImporter.importBytes(text, StandardCharsets.UTF_8, "000_0b7f95b1a5b38884.txt",
                Instant.parse("2022-04-13T00:00:00Z"));
        return result.issue();
    }

    Issue build() throws Exception {
        Issue issue = imported();
        List<Story> stories = issue.stories();
        List<Photo> photos = issue.photos();
        Page blank = Page.blank(1, PagePreset.BROADSHEET);
        Grid grid = new Grid(COLUMNS, GUTTER, blank.grid().margins(), blank.grid().bodySize(), PITCH);
        PageHeader header = new PageHeader("2022年4月13日 星期三", "", "03", "高新区新闻", "", "", "");
        Page page = new Page(1, "高新区新闻", blank.size(), grid, header, List.of(), null);
        issue = new Issue("平顶山日报", LocalDate.of(2022, 4, 13), "", "", List.of("高新区新闻"), issue.styles(),
                List.of(page), stories, photos, 0);

        String s1 = stories.get(0).id();
        // Rows below S1, as on the printed page: a wide photo beside the second story, two stories side by side,
        // then three columns of short stories with the second photo over the last one.
        List<List<Slot>> rows = List.of(
                List.of(new Slot(s1, 0, 6, 0)),
                List.of(new Slot(photos.get(0).id(), 0, 4, 78), new Slot(stories.get(1).id(), 4, 2, 0)),
                List.of(new Slot(stories.get(3).id(), 0, 3, 0), new Slot(stories.get(4).id(), 3, 3, 0)),
                List.of(new Slot(stories.get(5).id(), 0, 2, 0), new Slot(stories.get(2).id(), 2, 2, 0),
                        new Slot(photos.get(1).id(), 4, 2, 75), new Slot(stories.get(6).id(), 4, 2, 0)));
        double top = 0;
        int frameNo = 1;
        int ruleNo = 1;
        for (List<Slot> row : rows) {
            double rowBottom = top;
            double[] columnTop = new double[COLUMNS];
            java.util.Arrays.fill(columnTop, top);
            for (Slot slot : row) {
                double slotTop = columnTop[slot.column()];
                String frameId = "f" + frameNo++;
                boolean photo = slot.id().startsWith("P") || issue.photo(slot.id()).isPresent();
                FrameContent content = photo ? FrameContent.PhotoImage.of(slot.id())
                        : new FrameContent.StoryText(slot.id(), 0, DeckPlacement.ABOVE_TEXT, ColumnFill.BALANCED);
                double depthPt = photo
                        ? (slot.fixedDepthMm() > 0 ? Length.mm(slot.fixedDepthMm()).toPoints() : 60 * 72 / 25.4 + 12 * PITCH.toPoints())
                        : 0;
                Frame frame = new Frame(frameId, slot.column(), slot.span(), Length.pt(slotTop), Length.pt(depthPt), 0, GUTTER, content);
                issue = issue.withPage(issue.page(1).orElseThrow().withFrame(frame));
                if (!photo) {
                    issue = fitDepth(issue, frameId, slot.id());
                }
                Frame placed = issue.page(1).orElseThrow().frame(frameId).orElseThrow();
                double bottom = slotTop + placed.depth().toPoints() + GAP_LINES * PITCH.toPoints();
                for (int c = slot.column(); c < slot.column() + slot.span(); c++) {
                    columnTop[c] = bottom;
                }
                rowBottom = Math.max(rowBottom, bottom);
            }
            top = rowBottom;
            if (row != rows.get(rows.size() - 1)) {
                Frame rule = new Frame("r" + ruleNo++, 0, COLUMNS, Length.pt(top - GAP_LINES * PITCH.toPoints() / 2),
                        Length.pt(1), 0, GUTTER, new FrameContent.Rule(RuleStyle.PLAIN, Length.pt(0.5)));
                issue = issue.withPage(issue.page(1).orElseThrow().withFrame(rule));
            }
        }
        return issue;
    }

    /** The least whole number of lines at which the story's one frame holds all its text. */
    private Issue fitDepth(Issue issue, String frameId, String storyId) {
        int low = 4;
        int high = 200;
        Issue best = null;
        while (low <= high) {
            int mid = (low + high) / 2;
            Issue candidate = withDepth(issue, frameId, mid);
            if (composer.compose(candidate).reports().get(storyId).isOverset()) {
                low = mid + 1;
            } else {
                best = candidate;
                high = mid - 1;
            }
        }
        if (best == null) {
            throw new AssertionError(storyId + " does not fit in 200 lines");
        }
        return best;
    }

    private static Issue withDepth(Issue issue, String frameId, int lines) {
        Page page = issue.page(1).orElseThrow();
        Frame frame = page.frame(frameId).orElseThrow();
        return issue.withPage(page.withFrame(frame.resized(frame.columnSpan(), Length.pt(lines * PITCH.toPoints()))));
    }

    @Test
    void theBundledSampleIsTheReferencePageLaidOutLikeThePrintedOne() throws Exception {
        if (Boolean.getBoolean("broadsheet.updateGoldens")) {
            Files.createDirectories(BUNDLED.getParent());
            Files.write(BUNDLED, IssueFormat.toBytes(build()));
        }
        Issue sample = IssueFormat.read(Files.readAllBytes(BUNDLED), BUNDLED, null).issue();
        Issue imported = imported();
        assertThat(sample.stories()).isEqualTo(imported.stories());
        assertThat(sample.photos()).isEqualTo(imported.photos());
        assertThat(sample.stories()).hasSize(7);
        assertThat(sample.photos()).hasSize(2);

        Page page = sample.page(1).orElseThrow();
        Frame lead = sample.threadOf(sample.stories().get(0).id()).get(0).frame();
        assertThat(lead.firstColumn()).isZero();
        assertThat(lead.columnSpan()).as("the lead story across the top").isEqualTo(page.grid().columns());
        assertThat(lead.top().toPoints()).isZero();

        LaidOutIssue laid = composer.compose(sample);
        FrameRect typeArea = FrameGeometry.typeArea(page);
        List<FrameRect> rects = new ArrayList<>();
        for (Frame f : page.frames()) {
            FrameRect r = FrameGeometry.rectOf(page, f);
            assertThat(r.bottom()).as("%s inside the type area", f.id()).isLessThanOrEqualTo(typeArea.bottom() + 0.01);
            if (!(f.content() instanceof FrameContent.Rule)) {
                for (FrameRect other : rects) {
                    assertThat(r.intersects(other.x(), other.y(), other.width(), other.height()))
                            .as("%s overlaps another frame", f.id()).isFalse();
                }
                rects.add(r);
            }
        }
        for (Story story : sample.stories()) {
            assertThat(sample.threadOf(story.id())).as("%s placed", story.id()).isNotEmpty();
            assertThat(laid.reports().get(story.id()).isOverset()).as("%s fits", story.id()).isFalse();
        }
        assertThat(page.frames()).filteredOn(f -> f.content() instanceof FrameContent.PhotoImage).hasSize(2);
    }

    @Test
    void theWorkstationOpensTheReferenceSample() throws Exception {
        Path folder = Files.createTempDirectory("sample-copy").resolve("sample-issue");
        SampleWorkingCopy.prepare(folder);
        assertThat(Files.readString(folder.resolve("issue.json"))).isEqualTo(Files.readString(BUNDLED));
        assertThat(folder.resolve("images")).isDirectory();
        // A second start keeps the user's copy (and their edits).
        Files.writeString(folder.resolve("note.txt"), "mine");
        SampleWorkingCopy.prepare(folder);
        assertThat(folder.resolve("note.txt")).exists();
    }
}
