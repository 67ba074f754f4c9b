package dev.broadsheet.ui.editor;

import dev.broadsheet.ui.Messages;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The story editor: the story's paragraphs, one per line. Typing is sent as one undoable edit when the
 * user pauses (so the page re-flows while they type without an undo step per key) or leaves the editor.
 */
public final class StoryEditorView extends VBox {
    /** Long enough to cover a burst of typing, short enough that the page follows at once. */
    private static final Duration TYPING_PAUSE = Duration.millis(350);

    private final TextArea area = new TextArea();

    public StoryEditorView(StoryEditorViewModel vm, Messages messages) {
        setId("storyEditorPane");
        area.setId("storyEditor");
        area.setWrapText(true);
        area.textProperty().bindBidirectional(vm.textProperty());
        area.editableProperty().bind(vm.editableProperty());
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(e -> vm.apply());
        area.setOnKeyTyped(e -> pause.playFromStart());
        area.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                pause.stop();
                vm.apply();
            }
        });
        Label hint = new Label(messages.get("editor.hint"));
        hint.getStyleClass().add("hint");
        VBox.setVgrow(area, Priority.ALWAYS);
        setSpacing(4);
        setPadding(new Insets(4, 8, 8, 8));
        getChildren().addAll(hint, area);
    }

    public TextArea textArea() {
        return area;
    }
}
