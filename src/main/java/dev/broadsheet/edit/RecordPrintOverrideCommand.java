package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.User;
import dev.broadsheet.review.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Releases pages for print without their sign-off (签发), as the command line's {@code --override-signoff} does:
 * {@link Workflow#overridePrint} records who, when and why in each page's history, and the stage stays as it
 * was. The time is fixed when the command is made, so undo and redo give the same history.
 */
public record RecordPrintOverrideCommand(List<Integer> pageNumbers, User by, String reason, Instant at) implements EditCommand {

    public RecordPrintOverrideCommand {
        pageNumbers = List.copyOf(pageNumbers);
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a print override needs a reason");
        }
    }

    @Override
    public String name() {
        return "Print without sign-off";
    }

    @Override
    public Issue apply(Issue issue) {
        Workflow workflow = new Workflow(Clock.fixed(at, ZoneOffset.UTC));
        Issue released = issue;
        for (int page : pageNumbers) {
            released = workflow.overridePrint(released, page, by, reason);
        }
        return released;
    }
}
