package dev.broadsheet.cli;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Role;
import dev.broadsheet.model.User;
import dev.broadsheet.render.pdf.ExportReport;
import dev.broadsheet.render.pdf.PageRange;
import dev.broadsheet.render.pdf.PdfExportOptions;
import dev.broadsheet.render.pdf.PdfExporter;
import dev.broadsheet.render.pdf.PngExporter;
import dev.broadsheet.review.Workflow;
import dev.broadsheet.review.WorkflowException;
import dev.broadsheet.store.IssueStore;
import dev.broadsheet.trace.StartupTrace;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.typeset.StoryReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code broadsheet export ISSUE_DIR --pdf OUT.pdf [--pages 1-4] [--png DIR --dpi 150] [--marks] [--press]}:
 * loads an issue folder, composes it, and writes the print PDF and/or PNG pictures of its pages.
 *
 * <p>Exit codes: 0 exported (placeholders and missing glyphs are listed as warnings), 1 the issue could not be
 * loaded or the file not written (nothing was replaced), 2 a usage error.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export an issue's pages as a print-ready PDF and/or PNG pictures.")
public final class ExportCommand implements Callable<Integer> {
    // Held so that java.util.logging cannot collect the configured loggers (and forget their level).
    private static final Logger FONTBOX_LOG = Logger.getLogger("org.apache.fontbox");
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    @Parameters(index = "0", paramLabel = "ISSUE_DIR", description = "The issue folder (holding issue.json and images/).")
    Path issueDir;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "Write the PDF here (replaced atomically).")
    Path pdf;

    @Option(names = "--pages", paramLabel = "RANGE", description = "Pages to export by number, e.g. 1-4 or 1,3 (default: all).")
    String pages;

    @Option(names = "--png", paramLabel = "DIR", description = "Also write one PNG per page into this folder.")
    Path pngDir;

    @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "150", description = "PNG resolution (default: ${DEFAULT-VALUE}).")
    int dpi;

    @Option(names = "--marks", description = "Add 3 mm bleed, crop marks and a slug line (issue, page, section, export time).")
    boolean marks;

    @Option(names = "--press", description = "Press colour: black text and rules as pure K, with a newsprint output intent.")
    boolean press;

    @Option(names = "--override-signoff", paramLabel = "REASON",
            description = "With --press: print pages not yet signed off (签发); the override, who and why, is recorded in each page's history.")
    String overrideReason;

    @Option(names = "--as", paramLabel = "NAME", description = "Who gives the print override (default: the login name).")
    String overrideBy;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (pdf == null && pngDir == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "nothing to export: give --pdf OUT.pdf and/or --png DIR");
        }
        PageRange range;
        try {
            range = PageRange.parse(pages);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pages: " + e.getMessage());
        }
        StartupTrace.mark("export: arguments parsed");
        quietFontWarnings();
        startWarmUp();
        try {
            Issue issue = new IssueStore().load(issueDir);
            StartupTrace.mark("export: issue loaded");
            if (press && pdf != null) {
                issue = printGate(issue, range, err);
                if (issue == null) {
                    return 1;
                }
            }
            BundledFonts fonts = BundledFonts.shared();
            StartupTrace.mark("export: fonts ready");
            LaidOutIssue laidOut = new IssueComposer(fonts).compose(issue);
            StartupTrace.mark("export: composed");
            PdfExportOptions options = PdfExportOptions.proof()
                    .withPages(range)
                    .withMarks(marks ? PdfExportOptions.Marks.CROP_AND_SLUG : PdfExportOptions.Marks.NONE)
                    .withColour(press ? PdfExportOptions.Colour.PRESS_CMYK : PdfExportOptions.Colour.PROOF_RGB)
                    .withIssueFolder(issueDir)
                    .withInfo(info(issue))
                    .withExportTime(Instant.now(), ZoneId.systemDefault());
            PdfExporter exporter = new PdfExporter(BundledFonts.shared());
            ExportReport report = null;
            if (pdf != null) {
                report = exporter.export(laidOut.pages(), options, pdf, dev.broadsheet.render.pdf.ExportProgress.NONE);
                StartupTrace.mark("export: PDF written");
                print(out, err, report);
            }
            if (pngDir != null) {
                Files.createDirectories(pngDir);
                String base = pdf != null ? stripExtension(pdf.getFileName().toString()) : "page";
                ExportReport pngReport = new PngExporter(exporter).export(laidOut.pages(), options, pngDir, base, dpi,
                        dev.broadsheet.render.pdf.ExportProgress.NONE);
                if (report == null) {
                    print(out, err, pngReport);
                } else {
                    pngReport.pngFiles().forEach(p -> out.println("png: " + p));
                }
            }
            for (StoryReport story : laidOut.reports().values()) {
                if (story.isOverset()) {
                    err.println("warning: story " + story.storyId() + " is overset by " + story.oversetCharacters()
                            + " characters (+" + story.oversetLines() + " lines)");
                }
            }
            out.flush();
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("broadsheet export: " + e.getMessage());
            err.println("nothing was written or replaced.");
            return 1;
        }
    }

    /**
     * Print output waits for each page's sign-off (Workflow.requireSignedOff). With {@code --override-signoff}
     * the override is recorded through Workflow.overridePrint in the pages' history and the issue saved before
     * anything is exported, so the release can never go unrecorded.
     *
     * @return the issue to export, or null when the gate refused (the reasons are printed)
     */
    private Issue printGate(Issue issue, PageRange range, PrintWriter err) throws IOException {
        List<Integer> unsigned = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Page page : issue.pages()) {
            if (!range.contains(page.number())) {
                continue;
            }
            try {
                Workflow.requireSignedOff(issue, page.number());
            } catch (WorkflowException e) {
                unsigned.add(page.number());
                reasons.add(e.getMessage());
            }
        }
        if (unsigned.isEmpty()) {
            return issue;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            reasons.forEach(r -> err.println("broadsheet export: " + r));
            err.println("print export refused; nothing was written. Give --override-signoff \"reason\" to print anyway (it is recorded).");
            return null;
        }
        String who = overrideBy != null && !overrideBy.isBlank() ? overrideBy.strip() : System.getProperty("user.name", "unknown");
        Workflow workflow = new Workflow(Clock.systemUTC());
        Issue released = issue;
        for (int number : unsigned) {
            released = workflow.overridePrint(released, number, new User(who, Role.LAYOUT_EDITOR), overrideReason);
            err.println("warning: page " + number + " printed without sign-off (override by " + who + ": " + overrideReason.strip() + ")");
        }
        return new IssueStore().save(issueDir, released);
    }

    /**
     * Readies PDFBox on a second core while this thread loads and composes the issue: a cold command line is
     * mostly class loading, and the two halves do not depend on each other. One glyph of the body face is
     * enough to load PDFBox's classes; the other faces are parsed only if the page uses them.
     */
    private static void startWarmUp() {
        Thread warmUp = new Thread(() -> {
            try {
                BundledFonts fonts = BundledFonts.shared();
                new PdfExporter(fonts).warmUp(List.of(fonts.face(FontRole.SERIF, FontWeight.REGULAR).id()));
                StartupTrace.mark("warm-up: PDFBox ready");
            } catch (IOException | RuntimeException e) {
                // Only a head start: the export itself reports any real problem.
            }
        }, "pdf-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void print(PrintWriter out, PrintWriter err, ExportReport report) {
        var lines = report.describe();
        out.println(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            (line.startsWith("png:") ? out : err).println(line.startsWith("png:") ? line : "warning: " + line);
        }
    }

    private static PdfExportOptions.DocumentInfo info(Issue issue) {
        String date = issue.date() == null ? "" : issue.date().toString();
        String title = (issue.masthead() + " " + date).strip();
        String label = (title + (issue.issueNumber().isEmpty() ? "" : " 第" + issue.issueNumber() + "期")
                + (issue.edition().isEmpty() ? "" : " " + issue.edition())).strip();
        Map<Integer, String> sections = new LinkedHashMap<>();
        String editors = "";
        for (Page page : issue.pages()) {
            sections.put(page.number(), page.sectionName());
            if (editors.isEmpty()) {
                editors = page.header().editor();
            }
        }
        return new PdfExportOptions.DocumentInfo(title, editors, label, sections);
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * fontbox warns on every load that our fonts lack PostScript names and a format-14 cmap: not news to a user.
     * PDFBox logs through commons-logging, which would pick the SLF4J API on the class path and, finding no
     * SLF4J provider, print a warning of its own; route it to java.util.logging and keep only errors.
     * Public for the launcher, which calls it before its start-up threads first touch fontbox (commons-logging
     * reads the properties once, on first use).
     */
    public static void quietFontWarnings() {
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
        }
        FONTBOX_LOG.setLevel(Level.SEVERE);
        PDFBOX_LOG.setLevel(Level.SEVERE);
    }
}
