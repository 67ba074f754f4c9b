package dev.broadsheet.importer;

import dev.broadsheet.importer.ImportedPiece.PhotoPiece;
import dev.broadsheet.importer.ImportedPiece.StoryPiece;
import dev.broadsheet.importer.ImportedPiece.UnsortedPiece;
import dev.broadsheet.model.ColumnFill;
import dev.broadsheet.model.DeckPlacement;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Grid;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.model.PageSize;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.Stage;
import dev.broadsheet.model.Status;
import dev.broadsheet.model.StatusChange;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.model.StyleSheet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts what was read into an issue the workstation opens: one broadsheet page, each story in a story frame
 * two grid columns wide and each photo in a photo frame waiting for its file, stacked down the page's four
 * column pairs, shortest stack first. The desk lays the page out properly afterwards; this only makes every
 * item visible. Unsorted text is a story of its own (slug 未归类) that is flagged and left off the page.
 */
final class IssueBuilder {
    private IssueBuilder() {
    }

    static final String UNSORTED_SLUG = "未归类";
    static final String UNSORTED_ID = "U1";
    private static final int SPAN = 2;
    /**
     * Lines a deck takes, counted in body lines: a headline set in two lines of about three body lines each,
     * plus a kicker or subhead (the default style sheet's 26 pt headline on a 34 pt leading).
     */
    private static final int DECK_LINES = 9;
    /**
     * Body lines lost to paragraph ends, indents and the gutter between the frame's two columns: measured on
     * the reference page as composed by the workstation, about one line in nine.
     */
    private static final double SETTING_LOSS = 1.12;
    private static final Length PHOTO_DEPTH = Length.mm(60);
    private static final Length MIN_DEPTH = Length.mm(20);

    record Built(Issue issue, List<ImportedItem> order) {
    }

    static Built build(List<ImportedPiece> pieces, Instant importedAt) {
        PagePreset preset = PagePreset.BROADSHEET;
        Page page = Page.blank(1, preset);
        Grid grid = page.grid();
        PageSize size = page.size();
        double typeHeight = grid.typeAreaHeightPt(size);
        int stacks = Math.max(1, grid.columns() / SPAN);
        double[] stackDepth = new double[stacks];
        int charsPerLine = Math.max(1, (int) Math.floor(grid.spanWidthPt(size, SPAN) / grid.bodySize().toPoints()));

        List<Story> stories = new ArrayList<>();
        List<Photo> photos = new ArrayList<>();
        List<Frame> frames = new ArrayList<>();
        List<ImportedItem> order = new ArrayList<>();
        List<StorySection> unsorted = new ArrayList<>();
        for (ImportedPiece piece : pieces) {
            double wantPt;
            String frameId;
            FrameContent content;
            if (piece instanceof StoryPiece s) {
                stories.add(s.story());
                order.add(new ImportedItem.StoryItem(s.story().id()));
                int lines = s.story().deck().isEmpty() ? 0 : DECK_LINES;
                for (Paragraph p : s.story().paragraphs()) {
                    lines += (p.text().length() + 2 + charsPerLine - 1) / charsPerLine;
                }
                lines += s.story().sections().size();
                wantPt = Math.ceil(lines * SETTING_LOSS) * grid.linePitch().toPoints();
                frameId = "f-" + s.story().id();
                content = new FrameContent.StoryText(s.story().id(), 0, DeckPlacement.ABOVE_TEXT, ColumnFill.SEQUENTIAL);
            } else if (piece instanceof PhotoPiece p) {
                photos.add(p.photo());
                order.add(new ImportedItem.PhotoItem(p.photo().id()));
                int captionLines = (p.photo().caption().length() + p.photo().credit().length() + charsPerLine + 2) / charsPerLine;
                wantPt = PHOTO_DEPTH.toPoints() + (captionLines + 2) * grid.linePitch().toPoints();
                frameId = "f-" + p.photo().id();
                content = FrameContent.PhotoImage.of(p.photo().id());
            } else {
                UnsortedPiece u = (UnsortedPiece) piece;
                order.add(new ImportedItem.UnsortedItem(UNSORTED_ID, unsorted.size()));
                unsorted.add(new StorySection(null, u.paragraphs()));
                continue;
            }
            int stack = 0;
            for (int k = 1; k < stacks; k++) {
                if (stackDepth[k] < stackDepth[stack]) {
                    stack = k;
                }
            }
            double top = stackDepth[stack];
            double room = typeHeight - top;
            double depth = Math.max(MIN_DEPTH.toPoints(), Math.min(wantPt, room));
            if (room < MIN_DEPTH.toPoints()) {
                // The page is full: the frame goes at the foot of the shortest stack; its text will show as overset.
                top = Math.max(0, typeHeight - MIN_DEPTH.toPoints());
            }
            stackDepth[stack] = top + depth;
            frames.add(new Frame(frameId, stack * SPAN, SPAN, mm(top), mm(depth), 0, null, content));
        }
        if (!unsorted.isEmpty()) {
            Status flagged = Status.draft().advance(new StatusChange(Stage.DRAFT, "import", null, importedAt,
                    "未归类: text the importer could not place; sort it into stories"));
            stories.add(new Story(UNSORTED_ID, UNSORTED_SLUG, flagged, null, null, unsorted));
        }
        Issue issue = new Issue("", null, "", "", List.of(), StyleSheet.DEFAULT, List.of(page.withFrames(frames)),
                stories, photos, 0);
        return new Built(issue, order);
    }

    private static Length mm(double points) {
        return Length.mm(Math.round(points / Length.Unit.MM.points() * 10) / 10.0);
    }
}
