package dev.broadsheet.store;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An issue (or another of our JSON files) could not be loaded. Carries every problem found, each with its
 * file, line:column and JSON path where known; the message lists them one per line, as the user sees them.
 * A load that throws this has not modified any file.
 */
public final class IssueLoadException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient List<LoadProblem> problems;

    public IssueLoadException(List<LoadProblem> problems) {
        super(problems.stream().map(LoadProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public IssueLoadException(LoadProblem problem) {
        this(List.of(problem));
    }

    /** Every problem, errors and warnings, in the order found. */
    public List<LoadProblem> problems() {
        return problems;
    }

    /** The first error: what stopped the load. */
    public LoadProblem firstError() {
        return problems.stream().filter(LoadProblem::isError).findFirst().orElse(problems.get(0));
    }
}
