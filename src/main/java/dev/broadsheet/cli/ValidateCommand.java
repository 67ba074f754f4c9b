package dev.broadsheet.cli;

import dev.broadsheet.model.Issue;
import dev.broadsheet.store.IssueFormat;
import dev.broadsheet.store.IssueLoadException;
import dev.broadsheet.store.IssueStore;
import dev.broadsheet.store.LoadProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code broadsheet validate ISSUE_DIR}: loads an issue folder exactly as the workstation would (nothing is
 * written) and prints every problem with its place, {@code file:line:column: $.json.path: message}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check an issue folder: print every load error and warning with its file, line:column and JSON path.",
                "Exit code 0 when the issue loads (warnings allowed), 1 when it does not. Nothing is written."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ISSUE_DIR", description = "the issue folder (or its issue.json)")
    Path issueDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = Files.isRegularFile(issueDir) && issueDir.getFileName().toString().equals(IssueStore.ISSUE_FILE)
                && issueDir.getParent() != null ? issueDir.getParent() : issueDir;
        IssueStore store = new IssueStore();
        try {
            IssueFormat.Parsed parsed = store.read(dir);
            parsed.warnings().forEach(w -> out.println(w));
            out.println(summary(IssueStore.issueFile(dir), parsed));
            out.flush();
            return 0;
        } catch (IssueLoadException e) {
            List<LoadProblem> problems = e.problems();
            problems.forEach(p -> err.println(p));
            long errors = problems.stream().filter(LoadProblem::isError).count();
            err.println(IssueStore.issueFile(dir) + ": invalid — " + errors + (errors == 1 ? " error" : " errors")
                    + (problems.size() > errors ? ", " + (problems.size() - errors) + " warning(s)" : ""));
            err.flush();
            return 1;
        } catch (IOException e) {
            err.println(IssueStore.issueFile(dir) + ": cannot be read: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private static String summary(Path file, IssueFormat.Parsed parsed) {
        Issue issue = parsed.issue();
        StringBuilder b = new StringBuilder(file.toString()).append(": valid — ")
                .append(count(issue.pages().size(), "page")).append(", ")
                .append(count(issue.stories().size(), "story", "stories")).append(", ")
                .append(count(issue.photos().size(), "photo")).append(", revision ").append(issue.revision())
                .append(", schema ").append(parsed.fileSchemaVersion());
        if (parsed.wasMigrated()) {
            b.append(" (becomes schema ").append(IssueFormat.CURRENT_SCHEMA_VERSION).append(" on the next save)");
        }
        if (!parsed.warnings().isEmpty()) {
            b.append(", ").append(count(parsed.warnings().size(), "warning"));
        }
        return b.toString();
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
