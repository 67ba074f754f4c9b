package dev.broadsheet.ui.inspector;

import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.ImageFit;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.WorkspaceSelection;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The inspector's state: the selected frame's geometry and text columns, the story it holds (headline deck,
 * dateline) and the photo it shows (fit, caption, credit, title). Fields are editable properties the view
 * binds to; each {@code apply…} turns the edited fields into one undoable edit. Whenever the document or the
 * selection changes, the fields are reloaded from the model, so the inspector never shows stale values.
 */
public final class InspectorViewModel {
    private final DocumentViewModel document;
    private final WorkspaceSelection selection;

    private final BooleanProperty frameShown = new SimpleBooleanProperty(this, "frameShown");
    private final BooleanProperty storyShown = new SimpleBooleanProperty(this, "storyShown");
    private final BooleanProperty photoShown = new SimpleBooleanProperty(this, "photoShown");

    private final IntegerProperty firstColumn = new SimpleIntegerProperty(this, "firstColumn");
    private final IntegerProperty columnSpan = new SimpleIntegerProperty(this, "columnSpan", 1);
    private final StringProperty top = new SimpleStringProperty(this, "top", "");
    private final StringProperty depth = new SimpleStringProperty(this, "depth", "");
    private final IntegerProperty textColumns = new SimpleIntegerProperty(this, "textColumns");
    private final StringProperty textGutter = new SimpleStringProperty(this, "textGutter", "");

    private final StringProperty kicker = new SimpleStringProperty(this, "kicker", "");
    private final StringProperty headline = new SimpleStringProperty(this, "headline", "");
    private final StringProperty subhead = new SimpleStringProperty(this, "subhead", "");
    private final StringProperty datelineLabel = new SimpleStringProperty(this, "datelineLabel", "");
    private final StringProperty reporters = new SimpleStringProperty(this, "reporters", "");
    private final StringProperty correspondents = new SimpleStringProperty(this, "correspondents", "");

    private final ObjectProperty<ImageFit> fit = new SimpleObjectProperty<>(this, "fit", ImageFit.FILL);
    private final StringProperty photoTitle = new SimpleStringProperty(this, "photoTitle", "");
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final StringProperty credit = new SimpleStringProperty(this, "credit", "");
    private final StringProperty imagePath = new SimpleStringProperty(this, "imagePath", "");

    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    private int pageNumber;
    private Frame frame;
    private Story story;
    private Photo photo;

    public InspectorViewModel(DocumentViewModel document, WorkspaceSelection selection) {
        this.document = Objects.requireNonNull(document);
        this.selection = Objects.requireNonNull(selection);
        InvalidationListener reload = o -> reload();
        document.issueProperty().addListener(reload);
        selection.pageNumberProperty().addListener(reload);
        selection.frameIdsProperty().addListener(reload);
        selection.storyIdProperty().addListener(reload);
        reload();
    }

    /** Reloads every field from the model and the selection. */
    public void reload() {
        Issue issue = document.issue();
        frame = null;
        story = null;
        photo = null;
        error.set("");
        if (issue != null) {
            pageNumber = selection.pageNumber();
            Optional<Page> page = issue.page(pageNumber);
            if (page.isPresent() && selection.frameIds().size() == 1) {
                frame = page.get().frame(selection.frameIds().iterator().next()).orElse(null);
            }
            String storyId = null;
            if (frame != null) {
                if (frame.content() instanceof FrameContent.StoryText t) {
                    storyId = t.storyId();
                } else if (frame.content() instanceof FrameContent.HeadlineText h) {
                    storyId = h.storyId();
                } else if (frame.content() instanceof FrameContent.PhotoImage p) {
                    photo = issue.photo(p.photoId()).orElse(null);
                    fit.set(p.fit());
                }
            } else if (selection.frameIds().isEmpty()) {
                storyId = selection.storyIdProperty().get();
            }
            if (storyId != null) {
                story = issue.story(storyId).orElse(null);
            }
        }
        frameShown.set(frame != null);
        storyShown.set(story != null);
        photoShown.set(photo != null);
        if (frame != null) {
            firstColumn.set(frame.firstColumn());
            columnSpan.set(frame.columnSpan());
            top.set(frame.top().toString());
            depth.set(frame.depth().toString());
            textColumns.set(frame.textColumns());
            textGutter.set(frame.textGutter() == null ? "" : frame.textGutter().toString());
        }
        if (story != null) {
            kicker.set(nz(story.deck().kicker()));
            headline.set(nz(story.deck().headline()));
            subhead.set(nz(story.deck().subhead()));
            Dateline d = firstDateline(story);
            datelineLabel.set(d == null ? "" : d.label());
            reporters.set(d == null ? "" : String.join(" ", d.reporters()));
            correspondents.set(d == null ? "" : String.join(" ", d.correspondents()));
        }
        if (photo != null) {
            photoTitle.set(photo.title());
            caption.set(photo.caption());
            credit.set(photo.credit());
            imagePath.set(nz(photo.imagePath()));
        }
    }

    /** Sends the edited headline deck (kicker, headline, subhead) as one edit, if it changed. */
    public void applyHeadline() {
        if (story == null || !document.isEditable()) {
            return;
        }
        if (Objects.equals(nz(story.deck().kicker()), kicker.get())
                && Objects.equals(nz(story.deck().headline()), headline.get())
                && Objects.equals(nz(story.deck().subhead()), subhead.get())) {
            return;
        }
        document.edits().editHeadline(story.id(), blankToNull(kicker.get()), blankToNull(headline.get()),
                blankToNull(subhead.get()));
    }

    public void applyDateline() {
        if (story == null || !document.isEditable()) {
            return;
        }
        Dateline d = firstDateline(story);
        List<String> r = names(reporters.get());
        List<String> c = names(correspondents.get());
        if (d != null && d.label().equals(datelineLabel.get()) && d.reporters().equals(r) && d.correspondents().equals(c)) {
            return;
        }
        if (d == null && datelineLabel.get().isBlank() && r.isEmpty() && c.isEmpty()) {
            return;
        }
        document.edits().editDateline(story.id(), datelineLabel.get().strip(), r, c);
    }

    /** Sends the edited geometry; a length that does not parse is reported in {@link #errorProperty()}. */
    public void applyFrameGeometry() {
        if (frame == null || !document.isEditable()) {
            return;
        }
        try {
            Length newTop = Length.parse(top.get());
            Length newDepth = Length.parse(depth.get());
            if (frame.firstColumn() == firstColumn.get() && frame.columnSpan() == columnSpan.get()
                    && frame.top().equals(newTop) && frame.depth().equals(newDepth)) {
                return;
            }
            document.edits().setFrameGeometry(pageNumber, frame.id(), firstColumn.get(), columnSpan.get(), newTop, newDepth);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    /** 破栏: sends the frame's own text columns and gutter. */
    public void applyTextColumns() {
        if (frame == null || !document.isEditable()) {
            return;
        }
        try {
            Length gutter = textGutter.get().isBlank() ? Length.mm(4) : Length.parse(textGutter.get());
            if (frame.textColumns() == textColumns.get() && gutter.equals(frame.textGutter())) {
                return;
            }
            document.edits().setFrameColumns(pageNumber, frame.id(), textColumns.get(), gutter);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    public void applyPhotoFit() {
        if (frame != null && photo != null && document.isEditable()
                && frame.content() instanceof FrameContent.PhotoImage p && p.fit() != fit.get()) {
            document.edits().setPhotoFit(pageNumber, frame.id(), fit.get());
        }
    }

    public void applyPhotoTexts() {
        if (photo == null || !document.isEditable()) {
            return;
        }
        if (photo.title().equals(photoTitle.get()) && photo.caption().equals(caption.get()) && photo.credit().equals(credit.get())) {
            return;
        }
        document.edits().editPhotoTexts(photo.id(), photoTitle.get(), caption.get(), credit.get());
    }

    /** The photo shown in the selected frame, if any (for the "choose image" button). */
    public Optional<Photo> photo() {
        return Optional.ofNullable(photo);
    }

    public Optional<Frame> frame() {
        return Optional.ofNullable(frame);
    }

    public Optional<Story> story() {
        return Optional.ofNullable(story);
    }

    private static Dateline firstDateline(Story story) {
        return story.sections().stream().map(StorySection::dateline).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static List<String> names(String text) {
        return Arrays.stream(text.strip().split("[\\s、，,]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public BooleanProperty frameShownProperty() { return frameShown; }
    public BooleanProperty storyShownProperty() { return storyShown; }
    public BooleanProperty photoShownProperty() { return photoShown; }
    public IntegerProperty firstColumnProperty() { return firstColumn; }
    public IntegerProperty columnSpanProperty() { return columnSpan; }
    public StringProperty topProperty() { return top; }
    public StringProperty depthProperty() { return depth; }
    public IntegerProperty textColumnsProperty() { return textColumns; }
    public StringProperty textGutterProperty() { return textGutter; }
    public StringProperty kickerProperty() { return kicker; }
    public StringProperty headlineProperty() { return headline; }
    public StringProperty subheadProperty() { return subhead; }
    public StringProperty datelineLabelProperty() { return datelineLabel; }
    public StringProperty reportersProperty() { return reporters; }
    public StringProperty correspondentsProperty() { return correspondents; }
    public ObjectProperty<ImageFit> fitProperty() { return fit; }
    public StringProperty photoTitleProperty() { return photoTitle; }
    public StringProperty captionProperty() { return caption; }
    public StringProperty creditProperty() { return credit; }
    public StringProperty imagePathProperty() { return imagePath; }
    public StringProperty errorProperty() { return error; }
}
