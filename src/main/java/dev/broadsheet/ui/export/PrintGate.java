package dev.broadsheet.ui.export;

import dev.broadsheet.edit.RecordPrintOverrideCommand;
import dev.broadsheet.model.User;
import dev.broadsheet.ui.Messages;
import dev.broadsheet.ui.document.DocumentViewModel;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Print export waits for sign-off (签发), in the workstation as on the command line: exporting for press with a
 * page not signed off asks for an override with a reason, records it in each page's history (an undoable edit,
 * {@link RecordPrintOverrideCommand}) and saves the issue before anything is exported, so a release is never
 * unrecorded. Without a reason nothing is exported.
 */
public final class PrintGate {

    /** Asks for the reason of an override; empty when the user declines. */
    @FunctionalInterface
    public interface OverridePrompt {
        Optional<String> reasonFor(List<Integer> unsignedPages);
    }

    private final Messages m;
    private final DocumentViewModel document;
    private final User user;
    private final Clock clock;
    private final OverridePrompt prompt;
    private final BooleanSupplier save;
    private final Consumer<String> notice;

    /**
     * @param save saves the open issue (in the background) once the override is recorded; false when it has no
     *             folder yet (the override then stays an unsaved change, and the notice says so)
     */
    public PrintGate(Messages m, DocumentViewModel document, User user, Clock clock, OverridePrompt prompt, BooleanSupplier save,
                     Consumer<String> notice) {
        this.m = Objects.requireNonNull(m);
        this.document = Objects.requireNonNull(document);
        this.user = Objects.requireNonNull(user);
        this.clock = Objects.requireNonNull(clock);
        this.prompt = Objects.requireNonNull(prompt);
        this.save = Objects.requireNonNull(save);
        this.notice = Objects.requireNonNull(notice);
    }

    /** Whether the export with {@code vm}'s choices may start; asks and records the override when one is needed. */
    public boolean mayExport(ExportViewModel vm) {
        List<Integer> unsigned = vm.pagesAwaitingSignOff(document.issue());
        if (unsigned.isEmpty()) {
            return true;
        }
        String pages = unsigned.stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (!document.isEditable()) {
            notice.accept(m.get("export.signOff.readOnly"));
            return false;
        }
        Optional<String> reason = prompt.reasonFor(unsigned).map(String::strip).filter(r -> !r.isEmpty());
        if (reason.isEmpty()) {
            notice.accept(m.format("export.signOff.refused", unsigned.size(), pages));
            return false;
        }
        document.edits().recordPrintOverride(unsigned, user, reason.get(), clock.instant());
        boolean saved = save.getAsBoolean();
        notice.accept(m.format(saved ? "export.signOff.recorded" : "export.signOff.recordedUnsaved", unsigned.size(), pages, user.name()));
        return true;
    }
}
