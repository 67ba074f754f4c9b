package dev.broadsheet.edit;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import java.util.List;
import java.util.Set;

/**
 * Removes frames from a page. Stories and photos stay in the issue (unplaced, back in the story list). When a
 * story's first frame goes, its next frame takes over the headline deck.
 */
public record DeleteFramesCommand(int pageNumber, List<String> frameIds) implements EditCommand {

    public DeleteFramesCommand {
        frameIds = List.copyOf(frameIds);
    }

    @Override
    public String name() {
        return frameIds.size() == 1 ? "Delete frame" : "Delete frames";
    }

    /** One frame or several: "移动框架" reads the same for both in Chinese, not in English. */
    @Override
    public String nameKey() {
        return frameIds.size() == 1 ? "command.deleteFrames.one" : "command.deleteFrames.several";
    }

    @Override
    public Issue apply(Issue issue) {
        Page page = PageEdits.page(issue, pageNumber);
        PageEdits.requireFrames(page, frameIds);
        Set<String> ids = Set.copyOf(frameIds);
        List<Frame> deleted = page.frames().stream().filter(f -> ids.contains(f.id())).toList();
        Issue result = issue.withPage(page.withFrames(page.frames().stream().filter(f -> !ids.contains(f.id())).toList()));
        for (Frame gone : deleted) {
            if (gone.content() instanceof FrameContent.StoryText t && t.deck() == dev.broadsheet.model.DeckPlacement.ABOVE_TEXT) {
                result = handDeckOn(result, t.storyId());
            }
        }
        return result;
    }

    private static Issue handDeckOn(Issue issue, String storyId) {
        List<Issue.PlacedFrame> thread = issue.threadOf(storyId);
        if (thread.isEmpty()) {
            return issue;
        }
        Issue.PlacedFrame first = thread.get(0);
        FrameContent.StoryText t = (FrameContent.StoryText) first.frame().content();
        if (t.deck() == dev.broadsheet.model.DeckPlacement.ABOVE_TEXT || thread.stream().anyMatch(pf ->
                ((FrameContent.StoryText) pf.frame().content()).deck() == dev.broadsheet.model.DeckPlacement.ABOVE_TEXT)) {
            return issue;
        }
        Frame withDeck = first.frame().withContent(new FrameContent.StoryText(storyId, t.threadIndex(),
                dev.broadsheet.model.DeckPlacement.ABOVE_TEXT, t.fill()));
        Page page = PageEdits.page(issue, first.pageNumber());
        return issue.withPage(page.withFrame(withDeck));
    }
}
