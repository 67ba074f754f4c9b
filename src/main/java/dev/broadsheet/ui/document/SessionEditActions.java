package dev.broadsheet.ui.document;

import dev.broadsheet.edit.AddPageCommand;
import dev.broadsheet.edit.AlignFramesCommand;
import dev.broadsheet.edit.DeleteFramesCommand;
import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.edit.DuplicateFramesCommand;
import dev.broadsheet.edit.EditCommand;
import dev.broadsheet.edit.EditDatelineCommand;
import dev.broadsheet.edit.EditHeadlineCommand;
import dev.broadsheet.edit.EditPhotoTextsCommand;
import dev.broadsheet.edit.EditPageHeaderCommand;
import dev.broadsheet.edit.EditStoryTextCommand;
import dev.broadsheet.edit.MovePageCommand;
import dev.broadsheet.edit.RecordPrintOverrideCommand;
import dev.broadsheet.edit.MoveFrameToPageCommand;
import dev.broadsheet.edit.RemovePageCommand;
import dev.broadsheet.edit.ResizeFrameCommand;
import dev.broadsheet.edit.SetFrameColumnsCommand;
import dev.broadsheet.edit.SetPagePropertiesCommand;
import dev.broadsheet.edit.SetPhotoFitCommand;
import dev.broadsheet.edit.SetPhotoImageCommand;
import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Grid;
import dev.broadsheet.model.ImageFit;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PageHeader;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.model.PageSize;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.User;
import java.time.Instant;
import dev.broadsheet.model.StorySection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Maps each editing intent to one command of the edit package and executes it on the session. A command
 * that does not fit the issue is refused: the session keeps its state and the refusal is reported (status
 * bar), never thrown at the view.
 */
final class SessionEditActions implements EditActions {
    private final DocumentSession session;
    private final Consumer<String> onRefused;

    SessionEditActions(DocumentSession session, Consumer<String> onRefused) {
        this.session = session;
        this.onRefused = onRefused == null ? m -> { } : onRefused;
    }

    private boolean run(EditCommand command) {
        try {
            session.execute(command);
            return true;
        } catch (IllegalArgumentException | IllegalStateException refused) {
            onRefused.accept(command.name() + ": " + refused.getMessage());
            return false;
        }
    }

    private Story story(String storyId) {
        return session.issue().story(storyId).orElseThrow(() -> new IllegalArgumentException("no story " + storyId));
    }

    @Override
    public void editHeadline(String storyId, String kicker, String headline, String subhead) {
        run(new EditHeadlineCommand(storyId, story(storyId).deck().withTexts(kicker, headline, subhead)));
    }

    @Override
    public void editStoryText(String storyId, List<String> paragraphs) {
        Story story = story(storyId);
        if (story.sections().size() <= 1) {
            run(EditStoryTextCommand.ofPlainText(story, 0, String.join("\n", paragraphs)));
            return;
        }
        // A story of several datelined sections: the editor shows them one after the other; the paragraphs keep
        // their sections as far as the counts allow, and any extra lines join the last section.
        List<StorySection> sections = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < story.sections().size(); i++) {
            StorySection s = story.sections().get(i);
            int take = i == story.sections().size() - 1 ? paragraphs.size() - at
                    : Math.min(s.paragraphs().size(), Math.max(0, paragraphs.size() - at));
            List<dev.broadsheet.model.Paragraph> ps = paragraphs.subList(at, at + take).stream()
                    .map(dev.broadsheet.model.Paragraph::of).toList();
            at += take;
            sections.add(new StorySection(s.dateline(), ps));
        }
        run(new EditStoryTextCommand(storyId, sections));
    }

    @Override
    public void editDateline(String storyId, String label, List<String> reporters, List<String> correspondents) {
        Story story = story(storyId);
        int index = 0;
        for (int i = 0; i < story.sections().size(); i++) {
            if (story.sections().get(i).dateline() != null) {
                index = i;
                break;
            }
        }
        Dateline dateline = label.isBlank() && reporters.isEmpty() && correspondents.isEmpty()
                ? null : new Dateline(label, reporters, correspondents);
        run(new EditDatelineCommand(storyId, index, dateline));
    }

    @Override
    public void setFrameGeometry(int pageNumber, String frameId, int firstColumn, int columnSpan, Length top, Length depth) {
        run(new ResizeFrameCommand(pageNumber, frameId, firstColumn, columnSpan, top, depth));
    }

    @Override
    public void setFrameColumns(int pageNumber, String frameId, int textColumns, Length gutter) {
        run(new SetFrameColumnsCommand(pageNumber, frameId, textColumns, gutter));
    }

    @Override
    public void setPhotoFit(int pageNumber, String frameId, ImageFit fit) {
        session.issue().page(pageNumber).flatMap(p -> p.frame(frameId)).ifPresent(frame -> {
            if (frame.content() instanceof FrameContent.PhotoImage p) {
                run(new SetPhotoFitCommand(pageNumber, frameId, fit, p.scale(), p.panX(), p.panY()));
            }
        });
    }

    @Override
    public void setPhotoImage(String photoId, String relativeImagePath) {
        run(new SetPhotoImageCommand(photoId, relativeImagePath));
    }

    @Override
    public void editPhotoTexts(String photoId, String title, String caption, String credit) {
        run(new EditPhotoTextsCommand(photoId, title, caption, credit));
    }

    @Override
    public void deleteFrames(int pageNumber, Set<String> frameIds) {
        run(new DeleteFramesCommand(pageNumber, List.copyOf(frameIds)));
    }

    @Override
    public List<Frame> duplicateFrames(int pageNumber, Set<String> frameIds) {
        DuplicateFramesCommand command = DuplicateFramesCommand.of(session.issue(), pageNumber, sorted(frameIds));
        if (!run(command)) {
            return List.of();
        }
        Page page = session.issue().page(pageNumber).orElseThrow();
        return command.newFrameIds().stream().map(id -> page.frame(id)).flatMap(java.util.Optional::stream).toList();
    }

    @Override
    public void alignFrames(int pageNumber, Set<String> frameIds, AlignEdge edge) {
        run(new AlignFramesCommand(pageNumber, sorted(frameIds), AlignFramesCommand.Edge.valueOf(edge.name())));
    }

    @Override
    public void setCompositionSettings(dev.broadsheet.model.CompositionSettings settings) {
        run(new dev.broadsheet.edit.SetCompositionSettingsCommand(settings)); // unchanged settings: the session records nothing
    }

    @Override
    public void moveFramesToPage(int fromPage, Set<String> frameIds, int toPage) {
        run(new MoveFrameToPageCommand(fromPage, sorted(frameIds), toPage));
    }

    @Override
    public int addPage(PagePreset preset) {
        AddPageCommand command = AddPageCommand.blankAtEnd(session.issue(), preset);
        run(command);
        return command.page().number();
    }

    @Override
    public void removePage(int pageNumber) {
        run(new RemovePageCommand(pageNumber));
    }

    @Override
    public void movePage(int pageNumber, int delta) {
        List<Page> pages = session.issue().pages();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).number() == pageNumber) {
                run(new MovePageCommand(pageNumber, i + delta));
                return;
            }
        }
    }

    @Override
    public void setPageProperties(int pageNumber, String sectionName, PagePreset preset, int columns) {
        Issue issue = session.issue();
        Page page = issue.page(pageNumber).orElseThrow(() -> new IllegalArgumentException("no page " + pageNumber));
        PageSize size = preset == page.size().preset() || preset == PagePreset.CUSTOM ? page.size() : preset.size();
        Grid grid = preset == page.size().preset() || preset == PagePreset.CUSTOM ? page.grid() : preset.defaultGrid();
        run(new SetPagePropertiesCommand(pageNumber, pageNumber, sectionName, size, grid.withColumns(columns)));
    }

    @Override
    public void editPageHeader(int pageNumber, PageHeader header) {
        run(new EditPageHeaderCommand(pageNumber, header));
    }

    @Override
    public void recordPrintOverride(List<Integer> pageNumbers, User by, String reason, Instant at) {
        run(new RecordPrintOverrideCommand(pageNumbers, by, reason, at));
    }

    private static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted().toList();
    }
}
