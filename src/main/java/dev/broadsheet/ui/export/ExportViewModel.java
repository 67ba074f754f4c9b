package dev.broadsheet.ui.export;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.render.pdf.ExportCancelledException;
import dev.broadsheet.render.pdf.ExportProgress;
import dev.broadsheet.render.pdf.ExportReport;
import dev.broadsheet.render.pdf.PageRange;
import dev.broadsheet.render.pdf.PdfExportOptions;
import dev.broadsheet.typeset.LaidOutPage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The export dialog's choices and the export it starts, without a window: target file, page range, printer's
 * marks, press or proof colour, optional PNGs at a resolution; then a cancellable export off the UI thread
 * that reports "page i of n" and ends in an {@link Outcome}. The work runs on {@code work}; every property
 * changes on {@code ui} only (the FX thread in the workstation, inline in tests).
 */
public final class ExportViewModel {

    /** What does the writing: the PDF renderer in the workstation, a scripted one in tests. */
    @FunctionalInterface
    public interface Exporter {
        ExportReport export(List<LaidOutPage> pages, PdfExportOptions options, Path target, Choices choices,
                            ExportProgress progress) throws IOException;
    }

    /** The choices as one value, for the exporter (PNG wish and resolution). */
    public record Choices(Path target, boolean png, int dpi) {
    }

    /** How an export ended. */
    public enum Kind { WRITTEN, CANCELLED, FAILED }

    /**
     * @param kind   written, cancelled (nothing written) or failed (nothing written)
     * @param report what was written, with placeholders and missing glyphs; null unless written
     * @param error  why it failed; null unless failed
     */
    public record Outcome(Kind kind, Path target, ExportReport report, String error) {
        /** The placeholders and missing glyphs an editor must see, as lines; empty when clean or not written. */
        public List<String> problems() {
            if (report == null) {
                return List.of();
            }
            List<String> lines = report.describe();
            return lines.subList(1, lines.size()).stream().filter(l -> !l.startsWith("png:")).toList();
        }
    }

    public static final int DEFAULT_DPI = 150;

    private final ObjectProperty<Path> target = new SimpleObjectProperty<>(this, "target");
    private final BooleanProperty allPages = new SimpleBooleanProperty(this, "allPages", true);
    private final IntegerProperty firstPage = new SimpleIntegerProperty(this, "firstPage", 1);
    private final IntegerProperty lastPage = new SimpleIntegerProperty(this, "lastPage", 1);
    private final BooleanProperty marks = new SimpleBooleanProperty(this, "marks", false);
    private final BooleanProperty press = new SimpleBooleanProperty(this, "press", false);
    private final BooleanProperty png = new SimpleBooleanProperty(this, "png", false);
    private final IntegerProperty dpi = new SimpleIntegerProperty(this, "dpi", DEFAULT_DPI);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyIntegerWrapper stepsDone = new ReadOnlyIntegerWrapper(this, "stepsDone", 0);
    private final ReadOnlyIntegerWrapper stepsTotal = new ReadOnlyIntegerWrapper(this, "stepsTotal", 0);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper(this, "step", "");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");

    private final Exporter exporter;
    private final Executor work;
    private final Executor ui;
    private volatile AtomicBoolean cancelFlag = new AtomicBoolean();

    public ExportViewModel(Exporter exporter, Executor work, Executor ui) {
        this.exporter = Objects.requireNonNull(exporter);
        this.work = Objects.requireNonNull(work);
        this.ui = Objects.requireNonNull(ui);
    }

    /** Sets the page-range spinners to the issue's pages. */
    public void pagesOf(Issue issue) {
        if (issue == null || issue.pages().isEmpty()) {
            return;
        }
        int min = issue.pages().stream().mapToInt(Page::number).min().orElse(1);
        int max = issue.pages().stream().mapToInt(Page::number).max().orElse(1);
        firstPage.set(min);
        lastPage.set(max);
    }

    /** Null when the choices can be exported, else why not (a key into the messages). */
    public String problem() {
        if (target.get() == null) {
            return "export.problem.target";
        }
        if (!allPages.get() && (firstPage.get() < 1 || lastPage.get() < firstPage.get())) {
            return "export.problem.range";
        }
        if (png.get() && (dpi.get() < dev.broadsheet.render.pdf.PngExporter.MIN_DPI
                || dpi.get() > dev.broadsheet.render.pdf.PngExporter.MAX_DPI)) {
            return "export.problem.dpi";
        }
        return null;
    }

    /**
     * The pages of the chosen range that print export must not take without an override: for press, every page
     * not signed off (签发), as {@code Workflow.requireSignedOff} rules for the command line; none for a proof.
     */
    public List<Integer> pagesAwaitingSignOff(Issue issue) {
        if (!press.get() || issue == null) {
            return List.of();
        }
        return issue.pages().stream().filter(p -> allPages.get() || (p.number() >= firstPage.get() && p.number() <= lastPage.get()))
                .filter(p -> p.status().stage() != dev.broadsheet.model.Stage.SIGNED_OFF).map(Page::number).toList();
    }

    /** The choices as PDF export options for the issue in {@code issueFolder}. */
    public PdfExportOptions options(Issue issue, Path issueFolder, Instant now, ZoneId zone) {
        PageRange range = allPages.get() ? PageRange.ALL
                : new PageRange(List.of(new PageRange.Span(firstPage.get(), lastPage.get())));
        return new PdfExportOptions(range,
                marks.get() ? PdfExportOptions.Marks.CROP_AND_SLUG : PdfExportOptions.Marks.NONE,
                press.get() ? PdfExportOptions.Colour.PRESS_CMYK : PdfExportOptions.Colour.PROOF_RGB,
                issueFolder, info(issue), now, zone);
    }

    public Choices choices() {
        return new Choices(target.get(), png.get(), dpi.get());
    }

    /**
     * Starts exporting {@code pages} with the current choices; returns false (and starts nothing) while an
     * export runs or when the choices are incomplete.
     */
    public boolean start(List<LaidOutPage> pages, Issue issue, Path issueFolder) {
        if (running.get() || problem() != null || pages == null) {
            return false;
        }
        PdfExportOptions options = options(issue, issueFolder, Instant.now(), ZoneId.systemDefault());
        Choices choices = choices();
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelFlag = cancelled;
        running.set(true);
        outcome.set(null);
        stepsDone.set(0);
        stepsTotal.set(0);
        step.set("");
        ExportProgress progress = new ExportProgress() {
            @Override
            public void stepDone(int done, int total, String what) {
                ui.execute(() -> {
                    stepsDone.set(done);
                    stepsTotal.set(total);
                    step.set(what);
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        work.execute(() -> {
            Outcome result;
            try {
                ExportReport report = exporter.export(List.copyOf(pages), options, choices.target(), choices, progress);
                result = new Outcome(Kind.WRITTEN, choices.target(), report, null);
            } catch (ExportCancelledException e) {
                result = new Outcome(Kind.CANCELLED, choices.target(), null, null);
            } catch (Exception | Error e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                result = new Outcome(Kind.FAILED, choices.target(), null, message);
            }
            Outcome done = result;
            ui.execute(() -> {
                running.set(false);
                outcome.set(done);
            });
        });
        return true;
    }

    /** Asks the running export to stop; it stops before its next page and writes nothing. */
    public void cancel() {
        cancelFlag.set(true);
    }

    static PdfExportOptions.DocumentInfo info(Issue issue) {
        if (issue == null) {
            return PdfExportOptions.DocumentInfo.untitled();
        }
        String date = issue.date() == null ? "" : issue.date().toString();
        String title = (issue.masthead() + " " + date).strip();
        String label = (title + (issue.issueNumber().isEmpty() ? "" : " 第" + issue.issueNumber() + "期")
                + (issue.edition().isEmpty() ? "" : " " + issue.edition())).strip();
        Map<Integer, String> sections = new LinkedHashMap<>();
        String editors = "";
        for (Page page : issue.pages()) {
            sections.put(page.number(), page.sectionName());
            if (editors.isEmpty() && page.header() != null && page.header().editor() != null) {
                editors = page.header().editor();
            }
        }
        return new PdfExportOptions.DocumentInfo(title, editors, label, sections);
    }

    public ObjectProperty<Path> targetProperty() { return target; }
    public BooleanProperty allPagesProperty() { return allPages; }
    public IntegerProperty firstPageProperty() { return firstPage; }
    public IntegerProperty lastPageProperty() { return lastPage; }
    public BooleanProperty marksProperty() { return marks; }
    public BooleanProperty pressProperty() { return press; }
    public BooleanProperty pngProperty() { return png; }
    public IntegerProperty dpiProperty() { return dpi; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty stepsDoneProperty() { return stepsDone.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty stepsTotalProperty() { return stepsTotal.getReadOnlyProperty(); }
    public ReadOnlyStringProperty stepProperty() { return step.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public Outcome outcome() { return outcome.get(); }
    public boolean isRunning() { return running.get(); }
}
