package dev.broadsheet.ui.proof;

import java.util.List;

/** The outcome of 核红 or 签发: done, or refused with the reason and (for 核红) the marks still open. */
public record CheckResult(boolean done, String message, List<MarkRow> openMarks) {
    public CheckResult {
        openMarks = List.copyOf(openMarks);
    }

    static CheckResult ok(String message) {
        return new CheckResult(true, message, List.of());
    }
}
