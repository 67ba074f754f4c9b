package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;
import java.util.Objects;

/**
 * The whole issue replaced by another version of it (recovering an autosave) as one step: undo goes back to
 * the version that was loaded. The revision stays the session's, since it is the store's count of saves.
 */
public record ReplaceIssueCommand(Issue replacement) implements EditCommand {

    public ReplaceIssueCommand {
        Objects.requireNonNull(replacement, "replacement");
    }

    @Override
    public String name() {
        return "Recover autosaved version";
    }

    @Override
    public Issue apply(Issue issue) {
        return replacement.withRevision(issue.revision());
    }
}
