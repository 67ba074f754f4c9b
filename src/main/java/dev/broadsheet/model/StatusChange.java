package dev.broadsheet.model;

import java.time.Instant;
import java.util.Objects;

/** One step of a workflow history: who moved it to which stage, and when (and why, for overrides). */
public record StatusChange(Stage stage, String by, Role role, Instant at, String note) {
    public StatusChange {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(at, "at");
        by = by == null ? "" : by;
        note = note == null ? "" : note;
    }
}
