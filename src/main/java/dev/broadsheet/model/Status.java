package dev.broadsheet.model;

import java.util.ArrayList;
import java.util.List;

/** The workflow status of a story or page: its current stage and the history that led there. */
public record Status(Stage stage, List<StatusChange> history) {
    public Status {
        if (stage == null) {
            stage = Stage.DRAFT;
        }
        history = Lists.copy(history);
    }

    public static Status draft() {
        return new Status(Stage.DRAFT, List.of());
    }

    public Status advance(StatusChange change) {
        List<StatusChange> h = new ArrayList<>(history);
        h.add(change);
        return new Status(change.stage(), h);
    }
}
