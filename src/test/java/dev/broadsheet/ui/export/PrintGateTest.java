package dev.broadsheet.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.model.Role;
import dev.broadsheet.model.Stage;
import dev.broadsheet.model.StatusChange;
import dev.broadsheet.model.User;
import dev.broadsheet.review.Workflow;
import dev.broadsheet.ui.Messages;
import dev.broadsheet.ui.UiFixtures;
import dev.broadsheet.ui.UiFixtures.ScriptedComposer;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.SessionBackend;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Export for press waits for 签发: without it, an override with a reason is asked for and recorded. */
class PrintGateTest {
    private static final Instant T0 = Instant.parse("2026-11-26T22:30:00Z");
    private static final User EDITOR = new User("张编辑", Role.LAYOUT_EDITOR);
    private static final User DUTY = new User("赵总编", Role.DUTY_EDITOR);

    private final List<List<Integer>> asked = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final List<String> saves = new ArrayList<>();
    private final Executor inline = Runnable::run;
    private final ExportViewModel vm = new ExportViewModel((pages, options, target, choices, progress) -> null, inline, inline);
    private DocumentViewModel document;
    private Optional<String> answer = Optional.empty();

    /** The sample with a second page; page 1 signed off by the duty editor, page 2 only laid out. */
    private static Issue pageOneSignedOff() {
        Issue sample = UiFixtures.sampleWithExtraStory();
        List<Page> pages = new ArrayList<>(sample.pages());
        pages.add(Page.blank(2, PagePreset.BROADSHEET));
        Issue issue = sample.withPages(pages);
        Workflow workflow = new Workflow(Clock.fixed(T0, ZoneOffset.UTC));
        for (int page : new int[] {1, 2}) {
            issue = workflow.advancePage(issue, page, Stage.EDITED, EDITOR);
            issue = workflow.advancePage(issue, page, Stage.LAID_OUT, EDITOR);
        }
        issue = workflow.advancePage(issue, 1, Stage.PROOF_1, EDITOR);
        issue = workflow.checkPage(issue, 1, EDITOR, List.of());
        return workflow.signOff(issue, 1, DUTY);
    }

    private PrintGate gate() {
        return new PrintGate(new Messages(Locale.SIMPLIFIED_CHINESE), document, EDITOR, Clock.fixed(T0, ZoneOffset.UTC),
                pages -> {
                    asked.add(pages);
                    return answer;
                }, () -> saves.add("save"), notices::add);
    }

    @BeforeEach
    void open() {
        document = new DocumentViewModel();
        document.open(new SessionBackend(new DocumentSession(pageOneSignedOff()), new ScriptedComposer(), m -> { }), null, "");
    }

    @Test
    void aProofOrASignedPageExportsWithoutAsking() {
        assertThat(gate().mayExport(vm)).as("proof colour").isTrue();
        vm.pressProperty().set(true);
        vm.allPagesProperty().set(false);
        vm.firstPageProperty().set(1);
        vm.lastPageProperty().set(1);
        assertThat(vm.pagesAwaitingSignOff(document.issue())).isEmpty();
        assertThat(gate().mayExport(vm)).as("page 1 is signed off").isTrue();
        assertThat(asked).isEmpty();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void withoutAReasonNothingIsExportedAndNothingRecorded() {
        vm.pressProperty().set(true);
        answer = Optional.of("   ");
        assertThat(gate().mayExport(vm)).isFalse();
        assertThat(asked).containsExactly(List.of(2));
        assertThat(notices).containsExactly("未导出付印文件：第 2 版尚未签发。");
        assertThat(Workflow.printOverrides(document.issue().page(2).orElseThrow())).isEmpty();
        assertThat(saves).isEmpty();
    }

    @Test
    void aReasonIsRecordedInThePageHistoryAsAnUndoableEditAndSavedBeforeTheExport() {
        vm.pressProperty().set(true);
        answer = Optional.of("  赶印，总编电话同意 ");
        assertThat(gate().mayExport(vm)).isTrue();

        List<StatusChange> overrides = Workflow.printOverrides(document.issue().page(2).orElseThrow());
        assertThat(overrides).containsExactly(new StatusChange(Stage.LAID_OUT, "张编辑", Role.LAYOUT_EDITOR, T0,
                Workflow.PRINT_OVERRIDE + "赶印，总编电话同意"));
        assertThat(Workflow.printOverrides(document.issue().page(1).orElseThrow())).as("signed: no override").isEmpty();
        assertThat(document.issue().page(2).orElseThrow().status().stage()).as("the stage stays").isEqualTo(Stage.LAID_OUT);
        assertThat(document.undoNameProperty().get().key()).isEqualTo("command.recordPrintOverride");
        assertThat(saves).containsExactly("save");
        assertThat(notices).containsExactly("已记录 张编辑 越过签发付印第 2 版，本期已保存。");
    }

    @Test
    void aReadOnlyIssueCannotRecordAnOverrideSoItIsNotExportedForPress() {
        document.open(new SessionBackend(new DocumentSession(pageOneSignedOff()), new ScriptedComposer(), m -> { }),
                java.nio.file.Path.of("/issues/0412"), "王芳 on desk-3");
        vm.pressProperty().set(true);
        answer = Optional.of("赶印");
        assertThat(gate().mayExport(vm)).isFalse();
        assertThat(asked).isEmpty();
        assertThat(notices).containsExactly("未导出付印文件：只读的报纸无法记录越过签发。");
    }
}
