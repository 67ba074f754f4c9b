package dev.broadsheet.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.model.Issue;
import dev.broadsheet.ui.UiFixtures;
import dev.broadsheet.ui.UiFixtures.ScriptedComposer;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.SessionBackend;
import dev.broadsheet.ui.files.FileWorkflow.AutosaveState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The file workflow with an in-memory store, inline background work and scripted answers. */
class FileWorkflowTest {
    private static final Path FOLDER = Path.of("/issues/0412");

    /** Stores issues in a map; can hold a lock for another editor and an autosave. */
    static final class MemoryRepository implements IssueRepository {
        final Map<Path, Issue> saved = new HashMap<>();
        final Map<Path, Issue> autosaved = new HashMap<>();
        IOException autosaveFailure;
        final List<String> log = new ArrayList<>();
        String otherHolder;

        @Override
        public OpenedIssue open(Path folder) throws IOException {
            Issue issue = saved.get(folder);
            if (issue == null) {
                throw new IOException(folder + "/issue.json: no such file");
            }
            log.add("open " + folder);
            return new OpenedIssue(folder, issue, Optional.ofNullable(otherHolder), Optional.ofNullable(autosaved.get(folder)));
        }

        @Override
        public Issue save(Path folder, Issue issue) {
            log.add("save " + folder);
            Issue raised = issue.withRevision(issue.revision() + 1);
            saved.put(folder, raised);
            autosaved.remove(folder);
            return raised;
        }

        @Override
        public void autosave(Path folder, Issue issue) throws IOException {
            if (autosaveFailure != null) {
                throw autosaveFailure;
            }
            log.add("autosave " + folder);
            autosaved.put(folder, issue);
        }

        @Override
        public void close(Path folder) {
            log.add("close " + folder);
        }
    }


    static final class ScriptedPrompts implements UserPrompts {
        final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
        boolean recover;
        final List<String> shown = new ArrayList<>();

        @Override
        public SaveChoice askToSaveChanges(String issueName) {
            shown.add("ask " + issueName);
            return saveAnswers.pop();
        }

        @Override
        public boolean offerRecovery(String issueName) {
            shown.add("recover? " + issueName);
            return recover;
        }

        @Override
        public void showError(String message) {
            shown.add("error " + message);
        }

        @Override
        public void showReport(String title, String text) {
            shown.add("report " + title);
        }
    }

    static final class MemoryRecent implements RecentIssues {
        final List<Path> folders = new ArrayList<>();

        @Override
        public List<Path> list() {
            return folders;
        }

        @Override
        public void remember(Path folder) {
            folders.remove(folder);
            folders.add(0, folder);
        }
    }

    private final MemoryRepository repository = new MemoryRepository();
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private final MemoryRecent recent = new MemoryRecent();
    private DocumentViewModel document;
    private FileWorkflow files;
    private StringBinding title;
    private Issue sample;

    @BeforeEach
    void setUp() {
        sample = UiFixtures.sampleWithExtraStory();
        repository.saved.put(FOLDER, sample);
        document = new DocumentViewModel();
        ScriptedComposer composer = new ScriptedComposer();
        IssueImporter importer = file -> new IssueImporter.ImportResult(sample, "3 stories, 1 photo");
        files = new FileWorkflow(document, repository, importer, recent, new UiFixtures.InlineRunner(), prompts,
                issue -> new SessionBackend(new DocumentSession(issue), composer, m -> { }), "Untitled");
        title = files.titleBinding("Broadsheet", "read-only");
    }

    private void editHeadline(String text) {
        document.edits().editHeadline("s1", null, text, null);
    }

    @Test
    void theTitleCarriesAStarWhileThereAreUnsavedChanges() {
        files.open(FOLDER);
        assertThat(title.get()).isEqualTo("0412 — Broadsheet");
        editHeadline("新的主题");
        assertThat(title.get()).isEqualTo("*0412 — Broadsheet");
        document.undo();
        assertThat(title.get()).as("undoing back to the saved state is clean again").isEqualTo("0412 — Broadsheet");
        assertThat(recent.list()).containsExactly(FOLDER);
    }

    @Test
    void saveWritesTheIssueAndClearsTheMarker() {
        files.open(FOLDER);
        editHeadline("新的主题");
        assertThat(files.save()).isTrue();
        assertThat(repository.saved.get(FOLDER).story("s1").orElseThrow().deck().headline()).isEqualTo("新的主题");
        assertThat(repository.saved.get(FOLDER).revision()).isEqualTo(sample.revision() + 1);
        assertThat(document.isDirty()).isFalse();
        assertThat(document.issue().revision()).as("the session holds the saved revision").isEqualTo(sample.revision() + 1);
    }

    @Test
    void aNewIssueHasNoFolderSoSaveAsksForOne() {
        files.newIssue();
        assertThat(title.get()).isEqualTo("Untitled — Broadsheet");
        assertThat(document.issue().pages()).hasSize(1);
        assertThat(files.save()).isFalse();
        files.saveAs(Path.of("/issues/new"));
        assertThat(repository.saved).containsKey(Path.of("/issues/new"));
        assertThat(title.get()).isEqualTo("new — Broadsheet");
    }

    @Test
    void saveAsLetsGoOfTheOldFolderAndTheIssueLivesInTheNewOne() {
        files.open(FOLDER);
        editHeadline("新的主题");
        Path copy = Path.of("/issues/0412-copy");
        files.saveAs(copy);
        assertThat(repository.saved.get(copy).story("s1").orElseThrow().deck().headline()).isEqualTo("新的主题");
        assertThat(repository.log).as("the old folder's lock and autosave are released after the save")
                .endsWith("save " + copy, "close " + FOLDER);
        assertThat(document.folder()).isEqualTo(copy);

        files.saveAs(copy); // the same folder again: nothing to let go of
        assertThat(repository.log).endsWith("save " + copy);
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow() {
        files.open(FOLDER);
        editHeadline("新的主题");
        List<String> closed = new ArrayList<>();

        prompts.saveAnswers.push(UserPrompts.SaveChoice.CANCEL);
        files.requestClose(() -> closed.add("closed"));
        assertThat(closed).isEmpty();
        assertThat(prompts.shown).contains("ask 0412");

        prompts.saveAnswers.push(UserPrompts.SaveChoice.SAVE);
        files.requestClose(() -> closed.add("closed"));
        assertThat(closed).containsExactly("closed");
        assertThat(repository.saved.get(FOLDER).story("s1").orElseThrow().deck().headline()).isEqualTo("新的主题");
        assertThat(repository.log).endsWith("save " + FOLDER, "close " + FOLDER);
    }

    @Test
    void discardingClosesWithoutSaving() {
        files.open(FOLDER);
        editHeadline("新的主题");
        prompts.saveAnswers.push(UserPrompts.SaveChoice.DISCARD);
        List<String> closed = new ArrayList<>();
        files.requestClose(() -> closed.add("closed"));
        assertThat(closed).containsExactly("closed");
        assertThat(repository.log).doesNotContain("save " + FOLDER);
    }

    @Test
    void autosaveWritesOnlyUnsavedChangesAndShowsItsState() {
        files.open(FOLDER);
        files.autosave();
        assertThat(repository.autosaved).isEmpty();
        assertThat(files.autosaveStateProperty().get()).isEqualTo(AutosaveState.IDLE);
        editHeadline("新的主题");
        files.autosave();
        assertThat(repository.autosaved.get(FOLDER)).isEqualTo(document.issue());
        assertThat(files.autosaveStateProperty().get()).isEqualTo(AutosaveState.SAVED);
        assertThat(files.autosaveTimeProperty().get()).matches("\\d\\d:\\d\\d");
        assertThat(repository.saved.get(FOLDER)).as("issue.json untouched").isEqualTo(sample);
    }

    @Test
    void aFailedAutosaveShowsAndNamesTheFileAndTheNextOneClearsIt() {
        files.open(FOLDER);
        editHeadline("新的主题");
        repository.autosaveFailure = new IOException(FOLDER + "/issue.json.recovery: No space left on device");
        files.autosave();
        assertThat(files.autosaveStateProperty().get()).isEqualTo(AutosaveState.FAILED);
        assertThat(files.autosaveProblemProperty().get()).isEqualTo("/issues/0412/issue.json.recovery: No space left on device");
        assertThat(document.isDirty()).as("editing goes on").isTrue();

        repository.autosaveFailure = null;
        files.autosave();
        assertThat(files.autosaveStateProperty().get()).isEqualTo(AutosaveState.SAVED);
        assertThat(files.autosaveProblemProperty().get()).isEmpty();
    }

    @Test
    void afterACrashTheAutosavedVersionIsOfferedAndRecoveredAsAnUnsavedUndoableStep() {
        Issue autosaved = sample.withStory(sample.story("s1").orElseThrow().withDeck(
                sample.story("s1").orElseThrow().deck().withTexts(null, "崩溃前的主题", null)));
        repository.autosaved.put(FOLDER, autosaved);
        prompts.recover = true;
        files.open(FOLDER);
        assertThat(prompts.shown).contains("recover? 0412");
        assertThat(document.issue().story("s1").orElseThrow().deck().headline()).isEqualTo("崩溃前的主题");
        assertThat(document.isDirty()).isTrue();
        document.undo();
        assertThat(document.issue()).isEqualTo(sample);
    }

    @Test
    void declinedRecoveryOpensTheSavedVersion() {
        repository.autosaved.put(FOLDER, sample.withPages(List.of()));
        prompts.recover = false;
        files.open(FOLDER);
        assertThat(document.issue()).isEqualTo(sample);
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void anIssueLockedByAnotherEditorOpensReadOnlyWithTheHolderNamed() {
        repository.otherHolder = "王芳 (版面编辑) on desk-3";
        files.open(FOLDER);
        assertThat(document.isReadOnly()).isTrue();
        assertThat(document.lockHolderProperty().get()).isEqualTo("王芳 (版面编辑) on desk-3");
        assertThat(document.isEditable()).isFalse();
        assertThat(title.get()).isEqualTo("0412 [read-only] — Broadsheet");
        assertThat(files.save()).as("a read-only issue is not saved over").isFalse();
        files.requestClose(() -> { });
        assertThat(repository.log).as("the other editor's lock is left alone").doesNotContain("close " + FOLDER);
    }

    @Test
    void aFailedOpenShowsTheErrorAndKeepsTheOpenIssue() {
        files.open(FOLDER);
        files.open(Path.of("/issues/missing"));
        assertThat(prompts.shown).anyMatch(s -> s.startsWith("error /issues/missing/issue.json"));
        assertThat(document.folder()).isEqualTo(FOLDER);
        assertThat(repository.log).doesNotContain("close " + FOLDER);
    }

    @Test
    void importOpensTheImportedStoriesAsANewUnsavedIssueAndShowsTheReport() {
        files.importFile(Path.of("/tmp/page.txt"));
        assertThat(document.folder()).isNull();
        assertThat(document.issue().stories()).hasSize(sample.stories().size());
        assertThat(prompts.shown).contains("report page.txt");
    }
}
