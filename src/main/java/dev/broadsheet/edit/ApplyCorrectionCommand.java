package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Mark;
import dev.broadsheet.review.Corrections;
import java.util.Objects;

/**
 * Accepting a proofreader's correction (改正, 删除, 增补, 对调, 接排, 另起 — GB/T 14706): the story text changes
 * as the mark asks, as one undoable edit, and the page re-flows like after any other text edit.
 *
 * <p>The mark must be anchored on the issue it is applied to: place it with
 * {@code ReviewSet.placeOn(issue)} first. A mark whose words are no longer at its anchor is refused
 * (IllegalArgumentException, the session keeps its state) rather than applied to other words. The text
 * transformation itself is {@link Corrections#apply}; recording the decision in the editor's review is
 * the caller's second step ({@code MarkDecisions.decide}).
 */
public record ApplyCorrectionCommand(Mark mark) implements EditCommand {

    public ApplyCorrectionCommand {
        Objects.requireNonNull(mark, "mark");
        if (!Corrections.changesText(mark)) {
            throw new IllegalArgumentException("mark " + mark.id() + " (" + mark.kind().label() + ") is not a text correction");
        }
    }

    @Override
    public String name() {
        return "Apply correction " + mark.kind().label();
    }

    @Override
    public Issue apply(Issue issue) {
        return Corrections.apply(issue, mark);
    }
}
