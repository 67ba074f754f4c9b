package dev.broadsheet.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.ImageFit;
import dev.broadsheet.model.Issue;
import dev.broadsheet.ui.UiFixtures;
import dev.broadsheet.ui.UiFixtures.ScriptedComposer;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.WorkspaceSelection;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {
    private Issue start;
    private DocumentViewModel document;
    private WorkspaceSelection selection;
    private InspectorViewModel vm;

    @BeforeEach
    void setUp() {
        start = UiFixtures.sampleWithExtraStory();
        document = UiFixtures.openDocument(start, new ScriptedComposer());
        selection = new WorkspaceSelection();
        vm = new InspectorViewModel(document, selection);
    }

    @Test
    void showsNothingUntilSomethingIsSelected() {
        assertThat(vm.frameShownProperty().get()).isFalse();
        assertThat(vm.storyShownProperty().get()).isFalse();
        assertThat(vm.photoShownProperty().get()).isFalse();
    }

    @Test
    void aSelectedStoryFrameShowsItsGeometryAndItsStory() {
        selection.selectFrames(Set.of("f2"));
        assertThat(vm.frameShownProperty().get()).isTrue();
        assertThat(vm.firstColumnProperty().get()).isEqualTo(5);
        assertThat(vm.columnSpanProperty().get()).isEqualTo(3);
        assertThat(vm.textColumnsProperty().get()).as("破栏: three grid columns as two").isEqualTo(2);
        assertThat(vm.topProperty().get()).isEqualTo("0mm");
        assertThat(vm.storyShownProperty().get()).isTrue();
        assertThat(vm.headlineProperty().get()).isEqualTo("激发创新创造活力");
    }

    @Test
    void editingTheHeadlineIsOneUndoableEdit() {
        selection.selectFrames(Set.of("f1"));
        vm.headlineProperty().set("稳住基本盘");
        vm.applyHeadline();
        vm.applyHeadline(); // nothing changed since: no second step
        assertThat(document.issue().story("s1").orElseThrow().deck().headline()).isEqualTo("稳住基本盘");
        document.undo();
        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(vm.headlineProperty().get()).as("the field follows the undo").isEqualTo("稳住经济基本盘 跑出发展加速度");
    }

    @Test
    void geometryAndTextColumnsEditTheFrame() {
        selection.selectFrames(Set.of("f3"));
        vm.columnSpanProperty().set(3);
        vm.depthProperty().set("100mm");
        vm.applyFrameGeometry();
        vm.textColumnsProperty().set(2);
        vm.textGutterProperty().set("6mm");
        vm.applyTextColumns();
        var frame = document.issue().page(1).orElseThrow().frame("f3").orElseThrow();
        assertThat(frame.columnSpan()).isEqualTo(3);
        // the command snaps the depth to whole body lines (12.5 pt ≈ 4.4 mm)
        assertThat(frame.depth().toMillimetres()).isCloseTo(100.0, org.assertj.core.api.Assertions.within(4.5));
        assertThat(frame.textColumns()).isEqualTo(2);
        assertThat(frame.textGutter().toString()).isEqualTo("6mm");
    }

    @Test
    void aLengthThatDoesNotParseIsReportedAndNothingChanges() {
        selection.selectFrames(Set.of("f3"));
        vm.depthProperty().set("ninety");
        vm.applyFrameGeometry();
        assertThat(vm.errorProperty().get()).contains("not a length");
        assertThat(document.issue()).isEqualTo(start);
    }

    @Test
    void aPhotoFrameShowsFitCaptionCreditAndTitle() {
        selection.selectFrames(Set.of("f4"));
        assertThat(vm.photoShownProperty().get()).isTrue();
        assertThat(vm.storyShownProperty().get()).isFalse();
        assertThat(vm.captionProperty().get()).startsWith("4月8日");
        assertThat(vm.creditProperty().get()).isEqualTo("刘佳");
        vm.captionProperty().set("新的图片说明。");
        vm.applyPhotoTexts();
        vm.fitProperty().set(ImageFit.FIT);
        vm.applyPhotoFit();
        assertThat(document.issue().photo("ph1").orElseThrow().caption()).isEqualTo("新的图片说明。");
        var content = (FrameContent.PhotoImage) document.issue().page(1).orElseThrow().frame("f4").orElseThrow().content();
        assertThat(content.fit()).isEqualTo(ImageFit.FIT);
    }

    @Test
    void aStoryPickedInTheListIsShownWhenNoFrameIsSelected() {
        selection.storyIdProperty().set(UiFixtures.EXTRA_STORY);
        assertThat(vm.storyShownProperty().get()).isTrue();
        assertThat(vm.frameShownProperty().get()).isFalse();
        vm.datelineLabelProperty().set("本报讯");
        vm.reportersProperty().set("张伟 李娜");
        vm.applyDateline();
        var dateline = document.issue().story(UiFixtures.EXTRA_STORY).orElseThrow().sections().get(0).dateline();
        assertThat(dateline.label()).isEqualTo("本报讯");
        assertThat(dateline.reporters()).containsExactly("张伟", "李娜");
    }

    @Test
    void aReadOnlyIssueTakesNoEdits() {
        DocumentViewModel readOnly = new DocumentViewModel();
        readOnly.open(document.backendProperty().get(), null, "王芳");
        InspectorViewModel ro = new InspectorViewModel(readOnly, selection);
        selection.selectFrames(Set.of("f1"));
        ro.headlineProperty().set("改不了");
        ro.applyHeadline();
        assertThat(readOnly.issue()).isEqualTo(start);
    }
}
