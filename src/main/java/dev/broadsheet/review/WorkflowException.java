package dev.broadsheet.review;

import java.util.List;

/** A workflow step refused: the message says why; {@link #openMarks()} lists the marks in the way, if any. */
public final class WorkflowException extends RuntimeException {
    private final transient List<AnchoredMark> openMarks;

    public WorkflowException(String message) {
        this(message, List.of());
    }

    public WorkflowException(String message, List<AnchoredMark> openMarks) {
        super(message);
        this.openMarks = List.copyOf(openMarks);
    }

    public List<AnchoredMark> openMarks() {
        return openMarks;
    }
}
