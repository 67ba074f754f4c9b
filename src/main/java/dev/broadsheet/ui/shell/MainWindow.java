package dev.broadsheet.ui.shell;

import dev.broadsheet.model.Mark;
import dev.broadsheet.model.Page;
import dev.broadsheet.ui.Messages;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.EditActions.AlignEdge;
import dev.broadsheet.ui.document.WorkspaceSelection;
import dev.broadsheet.ui.editor.StoryEditorView;
import dev.broadsheet.ui.editor.StoryEditorViewModel;
import dev.broadsheet.ui.files.FileWorkflow;
import dev.broadsheet.ui.inspector.InspectorView;
import dev.broadsheet.ui.inspector.InspectorViewModel;
import dev.broadsheet.ui.pages.PageHeaderDialog;
import dev.broadsheet.ui.pages.PageListView;
import dev.broadsheet.ui.pages.PageListViewModel;
import dev.broadsheet.ui.pages.PagePropertiesDialog;
import dev.broadsheet.ui.pages.CompositionSettingsDialog;
import dev.broadsheet.ui.stories.StoryListView;
import dev.broadsheet.ui.stories.StoryListViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The workstation's main window: menus, tool bar, story list and page thumbnails on the left, the page
 * canvas in the centre, inspector and story editor on the right, status bar below. It only lays out views
 * and routes menu items to the view models; it holds no editing logic of its own.
 */
public final class MainWindow {
    /** How often unsaved changes are written to the recovery file. */
    static final Duration AUTOSAVE_INTERVAL = Duration.seconds(30);

    /** What the window needs from the application besides its view models. */
    public interface Services {
        /** Starts choosing an image for a photo: copy it into the issue and point the photo at it. */
        void importImage(String photoId, Path imageFile);

        /** File ▸ Export… with its dialog and progress (ui.export); absent disables the menu item. */
        default Optional<Runnable> exportDialog() {
            return Optional.empty();
        }

        /** Every proofreader's mark on the open issue (merged reviews, kept current); absent shows no mark counts. */
        default Optional<ObservableValue<List<Mark>>> marks() {
            return Optional.empty();
        }

        /** The merged reviews' marks as a panel beside the stories and pages; absent shows no such tab. */
        default Optional<Node> marksPanel() {
            return Optional.empty();
        }

        /** File ▸ Print… of every laid-out page (ui.export); absent prints the canvas node. */
        default Optional<Runnable> printIssue() {
            return Optional.empty();
        }

        /** View ▸ Proof mode…: proof mode beside this window on the open issue (ui.proof); absent hides the item. */
        default Optional<Runnable> proofMode() {
            return Optional.empty();
        }
    }

    private final Messages m;
    private final DocumentViewModel document;
    private final WorkspaceSelection selection;
    private final FileWorkflow files;
    private final WorkspaceCommands commands;
    private final CanvasSlot canvas;
    private final Services services;
    private final BorderPane root = new BorderPane();
    private final Menu recentMenu;
    private final UndoLabels undoLabels;
    private Stage stage;

    public MainWindow(Messages messages, DocumentViewModel document, WorkspaceSelection selection, FileWorkflow files,
                      CanvasSlot canvas, Services services, PageListView pageList, StatusBar statusBar) {
        this.m = messages;
        this.document = document;
        this.selection = selection;
        this.files = files;
        this.canvas = canvas;
        this.services = services;
        this.commands = new WorkspaceCommands(document, selection);
        this.undoLabels = new UndoLabels(messages);

        StoryListViewModel storiesVm = new StoryListViewModel(document);
        storiesVm.selectedStoryIdProperty().bindBidirectional(selection.storyIdProperty());
        services.marks().ifPresent(marks -> storiesVm.marksProperty().bind(marks));
        StoryListView stories = new StoryListView(storiesVm, messages);
        InspectorViewModel inspectorVm = new InspectorViewModel(document, selection);
        InspectorView inspector = new InspectorView(inspectorVm, messages, this::chooseImage);
        StoryEditorViewModel editorVm = new StoryEditorViewModel(document);
        // The editor follows the inspected story: the selected frame's, else the one picked in the list.
        inspectorVm.storyShownProperty().addListener(o -> editorVm.storyIdProperty().set(inspectorVm.story().map(s -> s.id()).orElse(null)));
        document.issueProperty().addListener(o -> editorVm.storyIdProperty().set(inspectorVm.story().map(s -> s.id()).orElse(null)));
        selection.frameIdsProperty().addListener(o -> editorVm.storyIdProperty().set(inspectorVm.story().map(s -> s.id()).orElse(null)));
        selection.storyIdProperty().addListener(o -> editorVm.storyIdProperty().set(inspectorVm.story().map(s -> s.id()).orElse(null)));
        StoryEditorView editor = new StoryEditorView(editorVm, messages);

        javafx.scene.control.TextField storyFilter = StoryListView.filterField(storiesVm, messages);
        javafx.scene.layout.VBox storiesPanel = new javafx.scene.layout.VBox(4, storyFilter, stories);
        javafx.scene.layout.VBox.setVgrow(stories, javafx.scene.layout.Priority.ALWAYS);
        storiesPanel.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
        TabPane left = new TabPane(tab(m.get("panel.stories"), storiesPanel, "mdi2f-file-document-multiple"),
                tab(m.get("panel.pages"), pageList, "mdi2b-book-open-page-variant"));
        left.setId("leftPanel");
        services.marksPanel().ifPresent(panel -> left.getTabs().add(tab(m.get("panel.marks"), panel, "mdi2c-comment-text-multiple-outline")));
        SplitPane right = new SplitPane(titled(m.get("panel.inspector"), inspector), titled(m.get("panel.storyEditor"), editor));
        right.setOrientation(Orientation.VERTICAL);
        right.setId("rightPanel");
        SplitPane centre = new SplitPane(left, canvas.node(), right);
        centre.setDividerPositions(0.2, 0.74);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);

        recentMenu = new Menu(m.get("menu.file.openRecent"));
        recentMenu.setId("recentMenu");
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuBar menus = new MenuBar(fileMenu(), editMenu(), viewMenu(), pageMenu());
        menus.setId("menuBar");
        root.setTop(new VBox(menus, toolBar()));
        root.setCenter(centre);
        root.setBottom(statusBar);
        root.setId("workstation");
    }

    public BorderPane root() {
        return root;
    }

    /** Shows the window on {@code stage}: title with the unsaved marker, close prompt, autosave timer. */
    public void install(Stage stage) {
        this.stage = stage;
        stage.titleProperty().bind(files.titleBinding(m.get("app.name"), m.get("title.readOnly")));
        stage.setOnCloseRequest(e -> {
            e.consume();
            files.requestClose(stage::close);
        });
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_INTERVAL, e -> files.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        stage.setOnHidden(e -> autosave.stop());
    }

    // ---- menus

    private Menu fileMenu() {
        MenuItem newIssue = item("menu.file.new", "mdi2f-file-outline", "Shortcut+N", files::newIssue);
        MenuItem open = item("menu.file.open", "mdi2f-folder-open-outline", "Shortcut+O", this::chooseAndOpen);
        MenuItem importText = item("menu.file.import", "mdi2i-import", "Shortcut+I", this::chooseAndImport);
        MenuItem save = item("menu.file.save", "mdi2c-content-save-outline", "Shortcut+S", this::save);
        save.disableProperty().bind(commands.notEditable());
        MenuItem saveAs = item("menu.file.saveAs", null, "Shortcut+Shift+S", this::saveAs);
        saveAs.disableProperty().bind(document.backendProperty().isNull());
        MenuItem export = item("menu.file.exportPdf", "mdi2f-file-pdf-box", "Shortcut+E", this::exportPdf);
        export.setDisable(services.exportDialog().isEmpty());
        MenuItem print = item("menu.file.print", "mdi2p-printer-outline", "Shortcut+P", this::print);
        MenuItem close = item("menu.file.close", null, "Shortcut+W", () -> files.requestClose(() -> {
            if (stage != null) {
                stage.close();
            }
        }));
        return menu("menu.file", newIssue, open, recentMenu, importText, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, print, new SeparatorMenuItem(), close);
    }

    private Menu editMenu() {
        MenuItem undo = item("menu.edit.undo", "mdi2u-undo", "Shortcut+Z", commands::undo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        MenuItem redo = item("menu.edit.redo", "mdi2r-redo", "Shortcut+Shift+Z", commands::redo);
        redo.disableProperty().bind(document.canRedoProperty().not());
        undo.textProperty().bind(Bindings.createStringBinding(() -> undoLabels.undo(document.undoNameProperty().get()),
                document.undoNameProperty()));
        redo.textProperty().bind(Bindings.createStringBinding(() -> undoLabels.redo(document.redoNameProperty().get()),
                document.redoNameProperty()));
        BooleanBinding noSelection = commands.noSelection();
        MenuItem delete = item("menu.edit.delete", "mdi2d-delete-outline", "Delete", commands::deleteSelection);
        delete.disableProperty().bind(noSelection);
        MenuItem duplicate = item("menu.edit.duplicate", "mdi2c-content-duplicate", "Shortcut+D", commands::duplicateSelection);
        duplicate.disableProperty().bind(noSelection);
        MenuItem selectAll = item("menu.edit.selectAll", null, "Shortcut+A", commands::selectAll);
        Menu align = menu("menu.edit.align",
                item("menu.edit.align.left", "mdi2a-align-horizontal-left", null, () -> commands.align(AlignEdge.LEFT)),
                item("menu.edit.align.right", "mdi2a-align-horizontal-right", null, () -> commands.align(AlignEdge.RIGHT)),
                item("menu.edit.align.top", "mdi2a-align-vertical-top", null, () -> commands.align(AlignEdge.TOP)),
                item("menu.edit.align.bottom", "mdi2a-align-vertical-bottom", null, () -> commands.align(AlignEdge.BOTTOM)));
        align.disableProperty().bind(noSelection);
        return menu("menu.edit", undo, redo, new SeparatorMenuItem(), delete, duplicate, selectAll, align);
    }

    private Menu viewMenu() {
        CheckMenuItem grid = new CheckMenuItem(m.get("menu.view.baselineGrid"));
        grid.setId("menu.view.baselineGrid");
        grid.setAccelerator(KeyCombination.keyCombination("Shortcut+Quote"));
        grid.selectedProperty().bindBidirectional(canvas.showBaselineGridProperty());
        Menu view = menu("menu.view",
                item("menu.view.fitPage", "mdi2f-fit-to-page-outline", "Shortcut+0", canvas::fitPage),
                item("menu.view.fitWidth", "mdi2a-arrow-expand-horizontal", "Shortcut+9", canvas::fitWidth),
                item("menu.view.actual", null, "Shortcut+1", () -> canvas.zoomTo(1)),
                item("menu.view.double", null, "Shortcut+2", () -> canvas.zoomTo(2)),
                new SeparatorMenuItem(), grid);
        services.proofMode().ifPresent(open -> {
            // Proof mode keeps its reviews in the issue's folder: an issue never saved has none yet.
            // No icon: a tick beside it would read as a checked item under the Baseline Grid check box.
            MenuItem proof = item("menu.view.proofMode", null, "Shortcut+Shift+P", open);
            proof.disableProperty().bind(document.folderProperty().isNull());
            view.getItems().addAll(new SeparatorMenuItem(), proof);
        });
        return view;
    }

    private Menu pageMenu() {
        MenuItem add = item("menu.page.add", "mdi2f-file-plus-outline", "Shortcut+Shift+N", commands::addPage);
        MenuItem remove = item("menu.page.remove", "mdi2f-file-remove-outline", null, commands::removePage);
        MenuItem up = item("menu.page.moveUp", "mdi2a-arrow-up", null, () -> commands.movePage(-1));
        MenuItem down = item("menu.page.moveDown", "mdi2a-arrow-down", null, () -> commands.movePage(1));
        MenuItem properties = item("menu.page.properties", "mdi2c-cog-outline", null, this::editPageProperties);
        MenuItem header = item("menu.page.header", "mdi2f-format-header-pound", "Shortcut+Shift+H", this::editPageHeader);
        MenuItem composition = item("menu.page.composition", "mdi2f-format-text", null, this::editCompositionSettings);
        composition.disableProperty().bind(commands.notEditable());
        MenuItem moveFrames = item("menu.page.moveFramesTo", "mdi2f-file-move-outline", "Shortcut+Shift+M",
                this::chooseAndMoveFramesToPage);
        moveFrames.disableProperty().bind(commands.noSelection());
        for (MenuItem i : new MenuItem[] {add, remove, up, down, properties, header}) {
            i.disableProperty().bind(commands.notEditable());
        }
        return menu("menu.page", add, remove, up, down, new SeparatorMenuItem(), properties, header,
                new SeparatorMenuItem(), moveFrames, new SeparatorMenuItem(), composition);
    }

    private ToolBar toolBar() {
        ToggleButton grid = new ToggleButton(null, new FontIcon("mdi2g-grid"));
        grid.setId("toolBaselineGrid");
        grid.setTooltip(new Tooltip(m.plain("menu.view.baselineGrid")));
        grid.selectedProperty().bindBidirectional(canvas.showBaselineGridProperty());
        Button undo = tool("toolUndo", "mdi2u-undo", "menu.edit.undo", commands::undo, document.canUndoProperty().not());
        undo.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> undoLabels.undoTooltip(document.undoNameProperty().get()), document.undoNameProperty()));
        Button redo = tool("toolRedo", "mdi2r-redo", "menu.edit.redo", commands::redo, document.canRedoProperty().not());
        redo.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> undoLabels.redoTooltip(document.redoNameProperty().get()), document.redoNameProperty()));
        ToolBar bar = new ToolBar(
                tool("toolOpen", "mdi2f-folder-open-outline", "menu.file.open", this::chooseAndOpen, null),
                tool("toolSave", "mdi2c-content-save-outline", "menu.file.save", this::save, commands.notEditable()),
                new javafx.scene.control.Separator(),
                undo,
                redo,
                new javafx.scene.control.Separator(),
                tool("toolDelete", "mdi2d-delete-outline", "menu.edit.delete", commands::deleteSelection, commands.noSelection()),
                tool("toolDuplicate", "mdi2c-content-duplicate", "menu.edit.duplicate", commands::duplicateSelection, commands.noSelection()),
                new javafx.scene.control.Separator(),
                tool("toolFitPage", "mdi2f-fit-to-page-outline", "menu.view.fitPage", canvas::fitPage, null),
                tool("toolFitWidth", "mdi2a-arrow-expand-horizontal", "menu.view.fitWidth", canvas::fitWidth, null),
                grid,
                new javafx.scene.control.Separator(),
                tool("toolAddPage", "mdi2f-file-plus-outline", "menu.page.add", commands::addPage, commands.notEditable()),
                tool("toolPageHeader", "mdi2f-format-header-pound", "menu.page.header", this::editPageHeader, commands.notEditable()));
        bar.setId("toolBar");
        return bar;
    }

    // ---- actions that need the window

    private void chooseAndOpen() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(m.get("dialog.open.title"));
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            files.open(dir.toPath());
        }
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("dialog.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("filter.text"), "*.txt"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            files.importFile(file.toPath());
        }
    }

    private void save() {
        if (!files.save()) {
            saveAs();
        }
    }

    private void saveAs() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(m.get("dialog.saveAs.title"));
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            files.saveAs(dir.toPath());
        }
    }

    private void exportPdf() {
        services.exportDialog().ifPresent(Runnable::run);
    }

    private void print() {
        if (services.printIssue().isPresent()) {
            services.printIssue().get().run();
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job != null && job.showPrintDialog(stage)) {
            if (job.printPage(canvas.node())) {
                job.endJob();
            }
        }
    }

    private void chooseImage(String photoId) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("dialog.image.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("filter.images"), "*.png", "*.jpg", "*.jpeg"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            services.importImage(photoId, file.toPath());
        }
    }

    private void editPageProperties() {
        currentPage().ifPresent(page -> new PagePropertiesDialog(page, m).showAndWait().ifPresent(r ->
                document.edits().setPageProperties(page.number(), r.sectionName(), r.preset(), r.columns())));
    }

    private void editPageHeader() {
        currentPage().ifPresent(page -> new PageHeaderDialog(page.header(), m).showAndWait().ifPresent(h ->
                document.edits().editPageHeader(page.number(), h)));
    }

    private void editCompositionSettings() {
        if (document.issue() != null) {
            CompositionSettingsDialog dialog = new CompositionSettingsDialog(document.issue().styles().composition(), m);
            dialog.initOwner(stage);
            dialog.showAndWait().ifPresent(settings -> document.edits().setCompositionSettings(settings));
        }
    }

    private void chooseAndMoveFramesToPage() {
        List<Integer> pages = commands.otherPages();
        if (pages.isEmpty() || selection.frameIds().isEmpty()) {
            return;
        }
        ChoiceDialog<Integer> dialog = new ChoiceDialog<>(pages.get(0), pages);
        dialog.initOwner(stage);
        dialog.setTitle(m.plain("menu.page.moveFramesTo"));
        dialog.setHeaderText(m.get("dialog.moveFramesTo.header"));
        dialog.setContentText(m.get("dialog.moveFramesTo.page"));
        dialog.showAndWait().ifPresent(commands::moveSelectionToPage);
    }

    private Optional<Page> currentPage() {
        return document.issue() == null ? Optional.empty() : document.issue().page(selection.pageNumber());
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (RecentMenuEntry entry : RecentMenuEntry.of(files.recentIssues(), java.nio.file.Files::isDirectory,
                m.get("menu.file.openRecent.missing"))) {
            MenuItem item = new MenuItem(entry.label());
            item.setMnemonicParsing(false);
            item.setDisable(!entry.available());
            item.setOnAction(e -> files.open(entry.folder()));
            recentMenu.getItems().add(item);
        }
        if (recentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(m.get("menu.file.openRecent.empty"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    // ---- small builders

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(m.get(key));
        menu.setId(key);
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(String key, String icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(m.get(key));
        item.setId(key);
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private Button tool(String id, String icon, String tooltipKey, Runnable action, ObservableBooleanValue disabled) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(m.plain(tooltipKey)));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        return b;
    }

    private static Tab tab(String title, Node content, String icon) {
        Tab tab = new Tab(title, content);
        tab.setGraphic(new FontIcon(icon));
        tab.setClosable(false);
        return tab;
    }

    private static Node titled(String title, Node content) {
        javafx.scene.control.Label heading = new javafx.scene.control.Label(title);
        heading.getStyleClass().add("panel-title");
        VBox box = new VBox(heading, content);
        VBox.setVgrow(content, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }
}
