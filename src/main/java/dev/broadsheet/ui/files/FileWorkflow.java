package dev.broadsheet.ui.files;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.ui.document.DocumentBackend;
import dev.broadsheet.ui.document.DocumentViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * New, Open, Import, Save, Save As, Close and autosave for the one open issue. All disk work goes through
 * the {@link BackgroundRunner}; the results land in the {@link DocumentViewModel} on the FX thread.
 */
public final class FileWorkflow {

    /** What the autosave indicator shows. */
    public enum AutosaveState { IDLE, SAVING, SAVED, FAILED }

    private final DocumentViewModel document;
    private final IssueRepository repository;
    private final IssueImporter importer;
    private final RecentIssues recent;
    private final BackgroundRunner background;
    private final UserPrompts prompts;
    private final Function<Issue, DocumentBackend> sessions;
    private final ReadOnlyObjectWrapper<AutosaveState> autosaveState = new ReadOnlyObjectWrapper<>(this, "autosaveState", AutosaveState.IDLE);
    private final ReadOnlyStringWrapper autosaveTime = new ReadOnlyStringWrapper(this, "autosaveTime", "");
    private final ReadOnlyStringWrapper autosaveProblem = new ReadOnlyStringWrapper(this, "autosaveProblem", "");
    private final String untitledName;

    public FileWorkflow(DocumentViewModel document, IssueRepository repository, IssueImporter importer,
                        RecentIssues recent, BackgroundRunner background, UserPrompts prompts,
                        Function<Issue, DocumentBackend> sessions, String untitledName) {
        this.document = Objects.requireNonNull(document);
        this.repository = Objects.requireNonNull(repository);
        this.importer = importer;
        this.recent = Objects.requireNonNull(recent);
        this.background = Objects.requireNonNull(background);
        this.prompts = Objects.requireNonNull(prompts);
        this.sessions = Objects.requireNonNull(sessions);
        this.untitledName = untitledName;
    }

    /** The window title: {@code *name — Broadsheet}, the star while there are unsaved changes. */
    public StringBinding titleBinding(String appName, String readOnlyWord) {
        return Bindings.createStringBinding(() -> {
            Path folder = document.folder();
            String name = folder == null ? untitledName : String.valueOf(folder.getFileName());
            String star = document.isDirty() ? "*" : "";
            String ro = document.isReadOnly() ? " [" + readOnlyWord + "]" : "";
            return star + name + ro + " — " + appName;
        }, document.folderProperty(), document.dirtyProperty(), document.readOnlyProperty(), document.issueProperty());
    }

    /** A new issue with one blank broadsheet page, not yet saved anywhere. */
    public void newIssue() {
        leaveCurrentThen(this::openBlankIssue);
    }

    private void openBlankIssue() {
        releaseCurrent();
        Issue blank = new Issue("", LocalDate.now(), "", "", List.of(), null,
                List.of(Page.blank(1, PagePreset.BROADSHEET)), List.of(), List.of(), 0);
        document.open(sessions.apply(blank), null, "");
    }

    /** Opens an issue folder (after asking about unsaved changes); recovery is offered when an autosave is newer. */
    public void open(Path folder) {
        leaveCurrentThen(() -> load(folder));
    }

    private void load(Path folder) {
        background.run("open " + folder, () -> {
            IssueRepository.OpenedIssue opened = repository.open(folder);
            recent.remember(opened.folder()); // the preferences file is written here, off the FX thread
            return opened;
        }, opened -> {
            releaseCurrent();
            Issue issue = opened.issue();
            document.open(sessions.apply(issue), opened.folder(), opened.lockHolder().orElse(""));
            if (opened.recovered().isPresent() && !opened.readOnly()
                    && prompts.offerRecovery(String.valueOf(folder.getFileName()))) {
                document.recover(opened.recovered().get());
            }
        }, error -> prompts.showError(describe(error)));
    }

    /** Imports a text file as a new, unsaved issue and shows the importer's report. */
    public void importFile(Path file) {
        if (importer != null) {
            leaveCurrentThen(() -> runImport(file));
        }
    }

    private void runImport(Path file) {
        background.run("import " + file, () -> importer.importFile(file), result -> {
            releaseCurrent();
            document.open(sessions.apply(result.issue()), null, "");
            prompts.showReport(String.valueOf(file.getFileName()), result.report());
        }, error -> prompts.showError(describe(error)));
    }

    /**
     * Saves to the issue's folder. Answers false when there is no folder yet (the caller asks for one and
     * calls {@link #saveAs}) or the issue is read-only.
     */
    public boolean save() {
        if (document.folder() == null || document.isReadOnly()) {
            return false;
        }
        saveTo(document.folder(), () -> { });
        return true;
    }

    /**
     * Saves into another folder, which the issue then lives in: the old folder is let go (its lock, autosave and
     * recovery copy) and the new one is taken, as if it had been opened.
     */
    public void saveAs(Path folder) {
        Path previous = document.isReadOnly() ? null : document.folder();
        boolean moving = previous != null
                && !previous.toAbsolutePath().normalize().equals(folder.toAbsolutePath().normalize());
        Issue snapshot = document.issue();
        background.run("save " + folder, () -> {
            Issue saved = repository.save(folder, snapshot);
            if (moving) {
                repository.movedTo(previous, folder);
            }
            recent.remember(folder);
            return saved;
        }, saved -> document.markSaved(saved, folder), error -> prompts.showError(describe(error)));
    }

    private void saveTo(Path folder, Runnable afterwards) {
        Issue snapshot = document.issue();
        background.run("save " + folder, () -> repository.save(folder, snapshot), saved -> {
            // Only the state that was written is clean; edits made while saving stay unsaved.
            document.markSaved(saved, folder);
            afterwards.run();
        }, error -> prompts.showError(describe(error)));
    }

    /** Writes the recovery copy if there are unsaved changes; the indicator shows it happening. */
    public void autosave() {
        Path folder = document.folder();
        if (folder == null || !document.isDirty() || document.isReadOnly()
                || autosaveState.get() == AutosaveState.SAVING) {
            return;
        }
        Issue snapshot = document.issue();
        autosaveState.set(AutosaveState.SAVING);
        background.run("autosave", () -> {
            repository.autosave(folder, snapshot);
            return LocalTime.now();
        }, time -> {
            autosaveTime.set(time.format(DateTimeFormatter.ofPattern("HH:mm")));
            autosaveProblem.set("");
            autosaveState.set(AutosaveState.SAVED);
        }, error -> {
            // Editing goes on; the indicator says so and names the file, and the next tick tries again.
            autosaveProblem.set(describe(error));
            autosaveState.set(AutosaveState.FAILED);
        });
    }

    /**
     * Asks about unsaved changes before the window closes; runs {@code close} once the issue is saved or
     * the changes are given up, and not at all when the user cancels.
     */
    public void requestClose(Runnable close) {
        leaveCurrentThen(() -> {
            releaseCurrent();
            close.run();
        });
    }

    public List<Path> recentIssues() {
        return recent.list();
    }

    /**
     * Gets ready to leave the open issue — asking first when it has unsaved changes, saving in the background
     * when told to — then runs {@code next}, which releases the lock once the next issue is there. An untitled issue cannot be saved here: the view
     * asks for a folder (Save As) instead, so SAVE on an untitled issue cancels.
     */
    private void leaveCurrentThen(Runnable next) {
        Runnable leave = next;
        if (document.backendProperty().get() == null || !document.isDirty() || document.isReadOnly()) {
            leave.run();
            return;
        }
        Path folder = document.folder();
        String name = folder == null ? untitledName : String.valueOf(folder.getFileName());
        switch (prompts.askToSaveChanges(name)) {
            case CANCEL -> { }
            case DISCARD -> leave.run();
            case SAVE -> {
                if (folder != null) {
                    saveTo(folder, leave);
                }
            }
        }
    }

    private void releaseCurrent() {
        Path folder = document.folder();
        if (folder != null && !document.isReadOnly() && document.backendProperty().get() != null) {
            repository.close(folder);
        }
    }

    private static String describe(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    public ReadOnlyObjectProperty<AutosaveState> autosaveStateProperty() {
        return autosaveState.getReadOnlyProperty();
    }

    /** Why the last autosave failed (naming the recovery file), empty after one that worked. */
    public ReadOnlyStringProperty autosaveProblemProperty() {
        return autosaveProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty autosaveTimeProperty() {
        return autosaveTime.getReadOnlyProperty();
    }
}
