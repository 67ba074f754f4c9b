package dev.broadsheet.ui.editor;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Story;
import dev.broadsheet.ui.document.DocumentViewModel;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The story editor: the body of one story as plain text, one paragraph per line. {@link #apply()} sends the
 * paragraphs as one undoable edit (the view calls it when typing pauses), and the page re-flows at once.
 */
public final class StoryEditorViewModel {
    private final DocumentViewModel document;
    private final ObjectProperty<String> storyId = new SimpleObjectProperty<>(this, "storyId");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable");
    private String loadedText = "";

    public StoryEditorViewModel(DocumentViewModel document) {
        this.document = Objects.requireNonNull(document);
        storyId.addListener(o -> reload());
        document.issueProperty().addListener(o -> reloadUnlessEditing());
        document.readOnlyProperty().addListener(o -> reload());
    }

    /** The body of a story as the editor shows it: paragraphs separated by line breaks. */
    public static String textOf(Story story) {
        return String.join("\n", story.paragraphs().stream().map(Paragraph::text).toList());
    }

    /** The paragraphs typed in the editor: one per line, blank lines dropped, ends trimmed. */
    public static List<String> paragraphsOf(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public void apply() {
        String id = storyId.get();
        if (id == null || !document.isEditable() || text.get().equals(loadedText)) {
            return;
        }
        Story story = document.issue().story(id).orElse(null);
        if (story == null) {
            return;
        }
        List<String> paragraphs = paragraphsOf(text.get());
        loadedText = text.get();
        if (!paragraphs.equals(paragraphsOf(textOf(story)))) {
            document.edits().editStoryText(id, paragraphs);
        }
    }

    private void reloadUnlessEditing() {
        // After an undo or another panel's edit the text follows the model; while the user's own edit is
        // pending (text differs from what was loaded) it is kept.
        if (text.get().equals(loadedText)) {
            reload();
        }
    }

    private void reload() {
        Issue issue = document.issue();
        Story story = issue == null || storyId.get() == null ? null : issue.story(storyId.get()).orElse(null);
        loadedText = story == null ? "" : textOf(story);
        text.set(loadedText);
        editable.set(story != null && document.isEditable());
    }

    public ObjectProperty<String> storyIdProperty() {
        return storyId;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }
}
