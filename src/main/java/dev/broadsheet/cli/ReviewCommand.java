package dev.broadsheet.cli;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Review;
import dev.broadsheet.model.Role;
import dev.broadsheet.model.StatusChange;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.User;
import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.render.pdf.PdfExportOptions;
import dev.broadsheet.render.pdf.PdfExporter;
import dev.broadsheet.render.pdf.proof.ProofPdf;
import dev.broadsheet.review.AnchoredMark;
import dev.broadsheet.review.BaseSnapshots;
import dev.broadsheet.review.ChangesSince;
import dev.broadsheet.review.IssueChanges;
import dev.broadsheet.review.IssuePackage;
import dev.broadsheet.review.MarkListing;
import dev.broadsheet.review.ProofDesk;
import dev.broadsheet.review.ReviewSet;
import dev.broadsheet.review.Workflow;
import dev.broadsheet.store.IssueStore;
import dev.broadsheet.typeset.IssueComposer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code broadsheet review list|status|proof|pack|open|import}: proofreading without the workstation. Exit codes: 0 done,
 * 1 a file could not be read or a package was refused (nothing was written), 2 a usage error.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "List the proof marks of an issue; pack an issue for a proofreader and bring the review back.",
        subcommands = {ReviewCommand.ListMarks.class, ReviewCommand.Status.class, ReviewCommand.Proof.class, ReviewCommand.Pack.class, ReviewCommand.Open.class,
                ReviewCommand.Import.class})
public final class ReviewCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The shape every review subcommand shares: write to picocli's streams, and turn a file that cannot be read or a
     * package that is refused into its message on standard error and exit code 1 (nothing is written in that case).
     */
    @Command
    abstract static class ReviewSubcommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public final Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                return run(spec.commandLine().getOut(), err);
            } catch (IOException e) {
                err.println(e.getMessage());
                return 1;
            }
        }

        abstract int run(PrintWriter out, PrintWriter err) throws IOException;
    }

    /** {@code review list ISSUE_DIR}: every mark of every review, placed on the current issue. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print every mark of the issue's reviews with its anchor, author and status.")
    static final class ListMarks extends ReviewSubcommand {
        @Parameters(index = "0", paramLabel = "ISSUE_DIR", description = "The issue folder (issue.json, reviews/).")
        Path issueDir;

        @Option(names = "--open", description = "Only marks still open.")
        boolean onlyOpen;

        @Override
        int run(PrintWriter out, PrintWriter err) throws IOException {
            Issue issue = new IssueStore().load(issueDir);
            ReviewSet reviews = ReviewSet.load(issueDir);
            reviews.problems().forEach(p -> err.println("warning: " + p));
            out.println("Reviews of " + issueDir + " (issue revision " + issue.revision() + ")");
            for (Review r : reviews.reviews()) {
                out.println("  " + r.reviewer().name() + " (" + r.reviewer().role().label() + "), against revision "
                        + r.againstRevision() + ", " + r.marks().size() + (r.marks().size() == 1 ? " mark" : " marks"));
            }
            List<AnchoredMark> placed = reviews.placeOn(issue).stream()
                    .filter(m -> !onlyOpen || m.mark().state().isOpen()).toList();
            for (AnchoredMark m : placed) {
                out.println(MarkListing.line(m));
            }
            long open = placed.stream().filter(m -> m.mark().state().isOpen()).count();
            long attention = placed.stream().filter(AnchoredMark::needsAttention).count();
            out.println(placed.size() + (placed.size() == 1 ? " mark, " : " marks, ") + open + " open, "
                    + attention + " needing attention");
            return 0;
        }
    }

    /** {@code review status ISSUE_DIR}: the workflow stage of every page and story, with who and when. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Print each page's and story's workflow stage (who, when), print overrides, and changes after sign-off.")
    static final class Status extends ReviewSubcommand {
        @Parameters(index = "0", paramLabel = "ISSUE_DIR")
        Path issueDir;

        @Override
        int run(PrintWriter out, PrintWriter err) throws IOException {
            Issue issue = new IssueStore().load(issueDir);
            ReviewSet reviews = ReviewSet.load(issueDir);
            List<AnchoredMark> placed = reviews.placeOn(issue);
            ProofDesk desk = new ProofDesk(issueDir, new User("status", Role.PROOFREADER), java.time.Clock.systemUTC());
            for (Page page : issue.pages()) {
                int open = Workflow.openMarksOnPage(issue, page.number(), placed).size();
                out.println("page " + page.number() + " " + page.sectionName() + "  " + stage(page.status())
                        + "  " + open + (open == 1 ? " open mark" : " open marks"));
                for (StatusChange override : Workflow.printOverrides(page)) {
                    out.println("    print override by " + override.by() + " at " + override.at() + ": "
                            + override.note().substring(Workflow.PRINT_OVERRIDE.length()));
                }
                var changes = desk.changesSinceSignOff(issue, page.number());
                if (changes.isPresent() && !changes.get().isEmpty()) {
                    IssueChanges c = changes.get();
                    out.println("    CHANGED AFTER SIGN-OFF (revision " + c.baseRevision() + "): " + c.text().size()
                            + " text change(s), " + c.changedDecks().size() + " headline(s), " + c.frames().size() + " frame(s)");
                }
            }
            for (Story story : issue.stories()) {
                out.println("story " + story.id() + " " + story.slug() + "  " + stage(story.status()));
            }
            return 0;
        }

        private static String stage(dev.broadsheet.model.Status status) {
            String label = status.stage().label();
            return Workflow.lastStageChange(status).map(last -> label + " (" + last.by()
                    + (last.role() == null ? "" : " " + last.role().label()) + ", " + last.at() + ")").orElse(label);
        }
    }

    /** {@code review proof ISSUE_DIR OUT.pdf}: the proof PDF with the marks as annotations. */
    @Command(name = "proof", mixinStandardHelpOptions = true,
            description = "Export the proof PDF: every mark as an annotation, lines changed since proof flagged in the margin.")
    static final class Proof extends ReviewSubcommand {
        @Parameters(index = "0", paramLabel = "ISSUE_DIR")
        Path issueDir;

        @Parameters(index = "1", paramLabel = "OUT.pdf")
        Path pdf;

        @Option(names = "--since", paramLabel = "REVISION",
                description = "Flag changes since this revision (default: the oldest revision a review was made against).")
        Long since;

        @Override
        int run(PrintWriter out, PrintWriter err) throws IOException {
            Issue issue = new IssueStore().load(issueDir);
            ReviewSet reviews = ReviewSet.load(issueDir);
            reviews.problems().forEach(p -> err.println("warning: " + p));
            Long base = since != null ? since
                    : reviews.reviews().stream().map(Review::againstRevision).min(Long::compare).orElse(null);
            IssueChanges changes = null;
            if (base != null) {
                var snapshot = BaseSnapshots.load(issueDir, base);
                if (snapshot.isPresent()) {
                    changes = ChangesSince.between(snapshot.get(), issue);
                } else {
                    err.println("warning: no snapshot of revision " + base + " in reviews/; changed lines are not flagged");
                }
            }
            List<AnchoredMark> placed = reviews.placeOn(issue);
            var pages = new IssueComposer(BundledFonts.shared()).compose(issue).pages();
            new ProofPdf(new PdfExporter(BundledFonts.shared())).write(issue, pages,
                    PdfExportOptions.proof().withIssueFolder(issueDir), placed, changes, pdf);
            out.println("wrote " + pdf + ": " + placed.size() + (placed.size() == 1 ? " mark" : " marks")
                    + (changes == null ? "" : ", changes since revision " + base + " flagged"));
            return 0;
        }
    }

    /** {@code review pack ISSUE_DIR OUT.zip}: the package to send to a proofreader. */
    @Command(name = "pack", mixinStandardHelpOptions = true,
            description = "Pack issue.json, images/ and reviews/ into one zip for a proofreader.")
    static final class Pack extends ReviewSubcommand {
        @Parameters(index = "0", paramLabel = "ISSUE_DIR")
        Path issueDir;

        @Parameters(index = "1", paramLabel = "OUT.zip")
        Path zip;

        @Override
        int run(PrintWriter out, PrintWriter err) throws IOException {
            long revision = IssuePackage.write(issueDir, zip);
            out.println("packed revision " + revision + " of " + issueDir + " into " + zip);
            return 0;
        }
    }

    /** {@code review open PACKAGE.zip NEW_DIR}: unpack a package into a new issue folder. */
    @Command(name = "open", mixinStandardHelpOptions = true,
            description = "Unpack an issue package into a new folder, after checking every entry and the size limits.")
    static final class Open extends ReviewSubcommand {
        @Parameters(index = "0", paramLabel = "PACKAGE.zip")
        Path zip;

        @Parameters(index = "1", paramLabel = "NEW_DIR")
        Path target;

        @Override
        int run(PrintWriter out, PrintWriter err) throws IOException {
            IssuePackage.open(zip, target, IssuePackage.Limits.DEFAULT);
            out.println("opened " + zip + " into " + target);
            return 0;
        }
    }

    /** {@code review import PACKAGE.zip ISSUE_DIR --as NAME}: bring returned reviews into the issue folder. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Bring the reviews of a returned package into the issue folder (the issue itself is left alone).")
    static final class Import extends ReviewSubcommand {
        @Parameters(index = "0", paramLabel = "PACKAGE.zip")
        Path zip;

        @Parameters(index = "1", paramLabel = "ISSUE_DIR")
        Path issueDir;

        @Option(names = "--as", paramLabel = "NAME", required = true, description = "Who is importing (their own review is not replaced).")
        String user;

        @Override
        int run(PrintWriter out, PrintWriter err) throws IOException {
            List<String> imported = IssuePackage.importReviews(zip, issueDir, new User(user, Role.LAYOUT_EDITOR),
                    IssuePackage.Limits.DEFAULT);
            out.println(imported.isEmpty() ? "no reviews to import" : "imported the reviews of " + String.join(", ", imported));
            return 0;
        }
    }
}
