package dev.broadsheet.edit;

import static dev.broadsheet.edit.EditFixtures.PITCH;
import static dev.broadsheet.edit.EditFixtures.frame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.DeckPlacement;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.ImageFit;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PageHeader;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.StorySection;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every command applied through a session, checked, then undone and redone back to the start. */
class EditCommandsTest {

    private final Issue start = EditFixtures.issue();
    private final DocumentSession session = new DocumentSession(start);

    /** Executes, checks the result, and walks undo → redo → undo, ending exactly where it started. */
    private Issue roundTrip(EditCommand command, Consumer<Issue> check) {
        session.execute(command);
        Issue after = session.issue();
        assertThat(after).as(command.name() + " changed the issue").isNotEqualTo(start);
        check.accept(after);
        session.undo();
        assertThat(session.issue()).as("undo " + command.name()).isEqualTo(start);
        session.redo();
        assertThat(session.issue()).as("redo " + command.name()).isEqualTo(after);
        session.undo();
        assertThat(session.issue()).isEqualTo(start);
        assertThat(session.isDirty()).isFalse();
        return after;
    }

    @Test
    void placeStorySnapsTheDropPointToAColumnAndAGridLineAndSetsTheDeckAboveTheText() {
        Page page = start.page(1).orElseThrow();
        double x = page.grid().columnLeftPt(page.size(), 5) + 10; // a little into column 5
        double y = FrameGeometry.typeAreaTop(page) + 30 * PITCH + 4; // just below grid line 30
        PlaceStoryCommand place = PlaceStoryCommand.droppedAt(start, "S2", 1, x, y);
        roundTrip(place, after -> {
            Frame f = frame(after, 1, place.frameId());
            assertThat(f.firstColumn()).isEqualTo(5);
            assertThat(f.columnSpan()).isEqualTo(PlaceStoryCommand.DEFAULT_SPAN);
            assertThat(f.top().toPoints()).isEqualTo(30 * PITCH);
            assertThat(f.content()).isEqualTo(new FrameContent.StoryText("S2", 0, DeckPlacement.ABOVE_TEXT, null));
        });
    }

    @Test
    void placeStoryRefusesAStoryThatIsAlreadyPlaced() {
        assertThatThrownBy(() -> session.execute(PlaceStoryCommand.droppedAt(start, "S1", 1, 0, 0)))
                .hasMessageContaining("already placed");
    }

    @Test
    void moveFrameMovesByColumnsAndLinesAndStopsAtTheGridsEdge() {
        roundTrip(MoveFrameCommand.of(1, "f1", 2, Length.pt(3 * PITCH)), after -> {
            assertThat(frame(after, 1, "f1").firstColumn()).isEqualTo(2);
            assertThat(frame(after, 1, "f1").top().toPoints()).isEqualTo(3 * PITCH);
        });
        Issue far = MoveFrameCommand.of(1, "f1", 100, Length.pt(-50)).apply(start);
        assertThat(frame(far, 1, "f1").firstColumn()).isEqualTo(6); // 8 columns, span 2
        assertThat(frame(far, 1, "f1").top().toPoints()).isZero();
    }

    @Test
    void movingSeveralFramesKeepsThemTogetherAtTheEdge() {
        Issue moved = new MoveFrameCommand(1, List.of("f1", "f2"), 10, Length.ZERO).apply(start);
        // f2 (columns 2–4) reaches the last column after 3 steps, so both move 3.
        assertThat(frame(moved, 1, "f1").firstColumn()).isEqualTo(3);
        assertThat(frame(moved, 1, "f2").firstColumn()).isEqualTo(5);
    }

    @Test
    void resizeFrameSetsTheNewGeometryInsideTheGrid() {
        roundTrip(new ResizeFrameCommand(1, "f1", 1, 3, Length.pt(PITCH), Length.pt(40 * PITCH)), after -> {
            Frame f = frame(after, 1, "f1");
            assertThat(List.of(f.firstColumn(), f.columnSpan())).containsExactly(1, 3);
            assertThat(f.depth().toPoints()).isEqualTo(40 * PITCH);
        });
    }

    @Test
    void threadFrameContinuesTheStoryOnAnotherPageWithoutADeck() {
        ThreadFrameCommand thread = new ThreadFrameCommand("S1", 2, FrameIds.fresh(start, "f"), 0, 2, Length.ZERO, Length.pt(100));
        roundTrip(thread, after -> {
            assertThat(after.threadOf("S1")).extracting(pf -> pf.pageNumber() + ":" + pf.frame().id())
                    .containsExactly("1:f1", "2:" + thread.frameId());
            assertThat(((FrameContent.StoryText) frame(after, 2, thread.frameId()).content()).deck()).isEqualTo(DeckPlacement.NONE);
        });
    }

    @Test
    void threadFrameRefusesAStoryThatIsNotPlaced() {
        assertThatThrownBy(() -> session.execute(ThreadFrameCommand.droppedAt(start, "S2", 1, 0, 0)))
                .hasMessageContaining("not placed");
    }

    @Test
    void deleteFramesLeavesTheStoryInTheIssueAndHandsTheDeckToTheNextFrame() {
        Issue threaded = new ThreadFrameCommand("S1", 2, "f9", 0, 2, Length.ZERO, Length.pt(100)).apply(start);
        session.open(threaded);
        session.execute(new DeleteFramesCommand(1, List.of("f1")));
        assertThat(session.issue().story("S1")).isPresent();
        assertThat(((FrameContent.StoryText) frame(session.issue(), 2, "f9").content()).deck()).isEqualTo(DeckPlacement.ABOVE_TEXT);
        session.undo();
        assertThat(session.issue()).isEqualTo(threaded);

        session.open(start);
        roundTrip(new DeleteFramesCommand(1, List.of("f1", "f2")), after ->
                assertThat(after.page(1).orElseThrow().frames()).isEmpty());
    }

    @Test
    void duplicateFramesCopiesAPhotoAndContinuesAStory() {
        DuplicateFramesCommand duplicate = DuplicateFramesCommand.of(start, 1, List.of("f1", "f2"));
        roundTrip(duplicate, after -> {
            Frame storyCopy = frame(after, 1, duplicate.newFrameIds().get(0));
            Frame photoCopy = frame(after, 1, duplicate.newFrameIds().get(1));
            assertThat(storyCopy.content()).isEqualTo(new FrameContent.StoryText("S1", 1, DeckPlacement.NONE, null));
            assertThat(photoCopy.content()).isEqualTo(frame(start, 1, "f2").content());
            assertThat(photoCopy.top().toPoints()).isEqualTo(2 * PITCH);
        });
    }

    @Test
    void alignFramesAlignsOnTheOutermostEdge() {
        Issue staggered = MoveFrameCommand.of(1, "f2", 0, Length.pt(4 * PITCH)).apply(start);
        session.open(staggered);
        session.execute(new AlignFramesCommand(1, List.of("f1", "f2"), AlignFramesCommand.Edge.BOTTOM));
        // f1 ends at line 20, f2 at line 14: f2 moves down to end at line 20
        assertThat(frame(session.issue(), 1, "f2").top().toPoints()).isEqualTo(10 * PITCH);
        session.undo();
        assertThat(session.issue()).isEqualTo(staggered);

        session.open(start);
        roundTrip(new AlignFramesCommand(1, List.of("f1", "f2"), AlignFramesCommand.Edge.RIGHT), after ->
                assertThat(frame(after, 1, "f1").firstColumn()).isEqualTo(3));
    }

    @Test
    void editHeadlineReplacesTheDeck() {
        HeadlineDeck deck = HeadlineDeck.of("引题", "新主题", "副题");
        roundTrip(new EditHeadlineCommand("S1", deck), after -> assertThat(after.story("S1").orElseThrow().deck()).isEqualTo(deck));
    }

    @Test
    void editStoryTextKeepsTheSectionsDateline() {
        EditStoryTextCommand edit = EditStoryTextCommand.ofPlainText(start.story("S1").orElseThrow(), 0, "第一段。\n\n第二段。\n");
        roundTrip(edit, after -> {
            StorySection section = after.story("S1").orElseThrow().sections().get(0);
            assertThat(section.paragraphs()).extracting(Paragraph::text).containsExactly("第一段。", "第二段。");
            assertThat(section.dateline().label()).isEqualTo("本报讯");
        });
    }

    @Test
    void editDatelineSetsTheReportersAndCorrespondents() {
        Dateline dateline = new Dateline("本报讯", List.of("高轶鹏"), List.of("王梦可"));
        roundTrip(new EditDatelineCommand("S1", 0, dateline), after ->
                assertThat(after.story("S1").orElseThrow().sections().get(0).dateline().creditText()).isEqualTo("（记者高轶鹏 通讯员王梦可）"));
        assertThatThrownBy(() -> session.execute(new EditDatelineCommand("S1", 3, dateline))).hasMessageContaining("no section 3");
    }

    @Test
    void setFrameColumnsBreaksTheGrid() {
        roundTrip(new SetFrameColumnsCommand(1, "f2", 2, Length.mm(5)), after -> {
            Frame f = frame(after, 1, "f2");
            assertThat(f.columnSpan()).isEqualTo(3);
            assertThat(f.effectiveTextColumns()).isEqualTo(2);
        });
    }

    @Test
    void placePhotoAddsANewPhotoAndItsFrame() {
        Photo photo = new Photo(PlacePhotoCommand.freshPhotoId(start), "images/new.png", "", "", "");
        PlacePhotoCommand place = PlacePhotoCommand.droppedAt(start, photo, 2, 0, 0);
        roundTrip(place, after -> {
            assertThat(after.photo(photo.id())).contains(photo);
            assertThat(frame(after, 2, place.frameId()).content()).isEqualTo(FrameContent.PhotoImage.of(photo.id()));
        });
        assertThat(photo.id()).isEqualTo("P2");
    }

    @Test
    void editPhotoTextsSetsTitleCaptionAndCredit() {
        roundTrip(new EditPhotoTextsCommand("P1", "新标题", "新说明", "张三"), after ->
                assertThat(after.photo("P1").orElseThrow()).isEqualTo(new Photo("P1", "images/p1.jpg", "新标题", "新说明", "张三")));
        assertThatThrownBy(() -> session.execute(new EditPhotoTextsCommand("P9", "", "", "")))
                .hasMessageContaining("no photo 'P9'");
    }

    @Test
    void replaceIssueTakesTheOtherVersionButKeepsTheSessionsRevision() {
        Issue recovered = start.withPages(List.of(start.pages().get(0))).withRevision(start.revision() + 7);
        Issue after = roundTrip(new ReplaceIssueCommand(recovered), a -> assertThat(a.pages()).hasSize(1));
        assertThat(after.revision()).as("the revision counts the store's saves, not the recovered file's").isEqualTo(start.revision());
    }

    @Test
    void undoAndRedoKnowTheCommandTheyWouldTakeBackForTheEditMenu() {
        assertThat(session.nextUndo()).isEmpty();
        session.execute(new MoveFrameCommand(1, List.of("f1"), 1, Length.ZERO));
        assertThat(session.nextUndo().orElseThrow().nameKey()).isEqualTo("command.moveFrame.one");
        session.undo();
        assertThat(session.nextUndo()).isEmpty();
        assertThat(session.nextRedo().orElseThrow().nameKey()).isEqualTo("command.moveFrame.one");
        assertThat(new MoveFrameCommand(1, List.of("f1", "f2"), 1, Length.ZERO).nameKey()).isEqualTo("command.moveFrame.several");
        assertThat(new EditHeadlineCommand("S1", start.story("S1").orElseThrow().deck()).nameKey())
                .as("the default key: command. and the class name without Command").isEqualTo("command.editHeadline");
    }

    @Test
    void setPhotoImageAndFit() {
        roundTrip(new SetPhotoImageCommand("P1", "images/other.jpg"), after ->
                assertThat(after.photo("P1").orElseThrow().imagePath()).isEqualTo("images/other.jpg"));
        roundTrip(new SetPhotoFitCommand(1, "f2", ImageFit.CROP, 1.5, Length.mm(3), Length.mm(-2)), after ->
                assertThat(frame(after, 1, "f2").content()).isEqualTo(
                        new FrameContent.PhotoImage("P1", ImageFit.CROP, 1.5, Length.mm(3), Length.mm(-2))));
        assertThatThrownBy(() -> session.execute(new SetPhotoFitCommand(1, "f1", ImageFit.FIT, 1, Length.ZERO, Length.ZERO)))
                .hasMessageContaining("holds no photo");
    }

    @Test
    void addRemoveAndMovePages() {
        roundTrip(AddPageCommand.blankAtEnd(start, PagePreset.BROADSHEET), after ->
                assertThat(after.pages()).extracting(Page::number).containsExactly(1, 2, 3));
        roundTrip(new RemovePageCommand(1), after -> {
            assertThat(after.pages()).extracting(Page::number).containsExactly(2);
            assertThat(after.story("S1")).as("stories stay in the issue").isPresent();
        });
        roundTrip(new MovePageCommand(2, 0), after -> {
            assertThat(after.pages()).extracting(Page::number).containsExactly(1, 2);
            assertThat(after.page(2).orElseThrow().frame("f1")).as("the old page 1 is now page 2").isPresent();
        });
        assertThatThrownBy(() -> session.execute(new AddPageCommand(Page.blank(2, PagePreset.A4), 0)))
                .hasMessageContaining("already has a page 2");
    }

    @Test
    void setPagePropertiesKeepsFramesInsideASmallerGrid() {
        Page page = start.page(1).orElseThrow();
        SetPagePropertiesCommand tabloid = new SetPagePropertiesCommand(1, 7, "要闻", PagePreset.TABLOID.size(),
                PagePreset.TABLOID.defaultGrid());
        roundTrip(tabloid, after -> {
            Page p = after.page(7).orElseThrow();
            assertThat(p.sectionName()).isEqualTo("要闻");
            assertThat(p.grid().columns()).isEqualTo(6);
            assertThat(p.frames()).allSatisfy(f -> assertThat(f.firstColumn() + f.columnSpan()).isLessThanOrEqualTo(6));
        });
        assertThatThrownBy(() -> session.execute(new SetPagePropertiesCommand(1, 2, "", page.size(), page.grid())))
                .hasMessageContaining("already has a page 2");
    }

    @Test
    void editPageHeader() {
        PageHeader header = new PageHeader("2022年4月13日", "第1234期", "5", "高新区新闻", "张编辑", "李美编", "王校对");
        roundTrip(new EditPageHeaderCommand(1, header), after -> assertThat(after.page(1).orElseThrow().header()).isEqualTo(header));
    }
}
