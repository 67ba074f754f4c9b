package dev.broadsheet.ui.proof;

import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Stage;
import dev.broadsheet.review.IssueChanges;
import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.ui.Messages;
import dev.broadsheet.ui.canvas.PageCanvas;
import dev.broadsheet.ui.canvas.ZoomMode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Proof mode's window content: the page, read-only, with the marks highlighted over it (open marks yellow,
 * settled ones grey, those needing attention red, changes since proof outlined in blue), and beside it the
 * marks panel, the stages with who and when, and the actions the user's role allows. All logic is in
 * {@link ProofModeViewModel}; this class only wires controls to it.
 */
public final class ProofModeView {

    private static final Color OPEN = Color.rgb(255, 214, 0, 0.35);
    private static final Color SETTLED = Color.rgb(128, 128, 128, 0.25);
    private static final Color ATTENTION = Color.rgb(220, 30, 30, 0.35);
    private static final Color SELECTED = Color.rgb(220, 30, 30, 0.9);
    private static final Color CHANGED = Color.rgb(30, 100, 230, 0.9);

    private final ProofModeViewModel vm;
    private final Messages m;
    private final PageCanvas canvas;
    private final Canvas overlay = new Canvas();
    private final ListView<MarkRow> marks = new ListView<>();
    private final ListView<StageRow> stages = new ListView<>();
    private final Label message = new Label();
    private final SplitPane root;
    private Object drawnKey;

    public ProofModeView(ProofModeViewModel vm, Messages messages, FontProvider fonts, Function<Issue, LaidOutIssue> composer) {
        this.vm = vm;
        this.m = messages;
        this.canvas = new PageCanvas(fonts, composer);
        canvas.setId("proofCanvas");
        canvas.setSession(vm.session());
        canvas.setIssueFolder(vm.issueDir());
        canvas.setPageNumber(vm.issue().pages().isEmpty() ? 1 : vm.issue().pages().get(0).number());
        canvas.setZoomMode(ZoomMode.FIT_PAGE);
        makeReadOnly(canvas);
        overlay.setId("markOverlay");
        overlay.setMouseTransparent(true);
        Pane overlayHost = new Pane(overlay);
        overlayHost.setMouseTransparent(true);
        overlay.widthProperty().bind(overlayHost.widthProperty());
        overlay.heightProperty().bind(overlayHost.heightProperty());
        StackPane page = new StackPane(canvas, overlayHost);

        marks.setId("proofMarks");
        marks.setItems(vm.marks());
        marks.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MarkRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.line());
                setStyle(row != null && row.needsAttention() ? "-fx-text-fill: #c01818;" : "");
            }
        });
        marks.getSelectionModel().selectedItemProperty().addListener(o -> drawnKey = null);
        stages.setId("proofStages");
        stages.setItems(vm.stages());
        stages.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(StageRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.what() + "  " + row.stage()
                        + (row.by().isEmpty() ? "" : "  " + row.by() + "（" + row.role() + "）" + (row.at() == null ? "" : " " + row.at())));
            }
        });
        stages.setPrefHeight(110);
        marks.setPrefHeight(220);
        message.setId("proofMessage");
        message.setWrapText(true);

        TitledPane marksPane = new TitledPane(m.get("proof.marks"), marks);
        marksPane.setCollapsible(false);
        VBox.setVgrow(marksPane, javafx.scene.layout.Priority.ALWAYS);
        VBox side = new VBox(6, marksPane, markForm(), decisions(),
                new TitledPane(m.get("proof.stages"), stages), workflow(), message);
        side.setPadding(new Insets(6));
        side.setMinWidth(300);
        root = new SplitPane(page, side);
        root.setDividerPositions(0.62);
        root.setId("proofMode");
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                redrawIfMoved();
            }
        }.start();
        showChanges();
    }

    public Node node() {
        return root;
    }

    public PageCanvas canvas() {
        return canvas;
    }

    /** Proof mode comments but never moves or edits: the canvas gets no mouse, key or drop events (scrolling still works). */
    private static void makeReadOnly(PageCanvas canvas) {
        canvas.addEventFilter(MouseEvent.ANY, MouseEvent::consume);
        canvas.addEventFilter(KeyEvent.ANY, KeyEvent::consume);
        canvas.addEventFilter(DragEvent.ANY, DragEvent::consume);
    }

    private Node markForm() {
        TextField quote = new TextField();
        quote.setId("proofQuote");
        quote.setPromptText(m.plain("proof.markText"));
        TextField note = new TextField();
        note.setId("proofNote");
        note.setPromptText(m.plain("proof.note"));
        Button comment = button("proofAddComment", "proof.addComment", () -> {
            vm.addComment(selection(quote.getText()), note.getText());
            quote.clear();
            note.clear();
        });
        Button replace = button("proofAddReplace", "proof.addReplace", () -> {
            vm.addReplace(selection(quote.getText()), note.getText(), "");
            quote.clear();
            note.clear();
        });
        return new VBox(4, quote, note, new HBox(6, comment, replace));
    }

    private TextSelection selection(String quote) {
        return vm.findText(quote).orElseThrow(() -> new IllegalArgumentException(m.format("proof.notFound", quote)));
    }

    private Node decisions() {
        Button accept = button("proofAccept", "proof.accept", () -> vm.accept(selectedMark()));
        Button reject = button("proofReject", "proof.reject", () -> vm.reject(selectedMark(), ""));
        Button resolve = button("proofResolve", "proof.resolve", () -> vm.resolve(selectedMark(), ""));
        HBox box = new HBox(6, accept, reject, resolve);
        box.setVisible(vm.canDecide());
        box.setManaged(vm.canDecide());
        return box;
    }

    private Node workflow() {
        Button round = button("proofStartRound", "proof.startRound", () -> vm.advancePage(canvas.getPageNumber(), Stage.PROOF_1));
        Button check = button("proofCheck", "proof.check", () -> {
            CheckResult r = vm.checkPage(canvas.getPageNumber());
            message.setText(r.message());
        });
        Button sign = button("proofSignOff", "proof.signOff", () -> message.setText(vm.signOff(canvas.getPageNumber()).message()));
        round.setVisible(vm.canDecide());
        check.setVisible(vm.canDecide());
        sign.setDisable(!vm.canSignOff());
        return new HBox(6, round, check, sign);
    }

    private String selectedMark() {
        MarkRow row = marks.getSelectionModel().getSelectedItem();
        if (row == null) {
            throw new IllegalArgumentException(m.plain("proof.marks") + ": —");
        }
        return row.id();
    }

    private interface Action {
        void run() throws IOException;
    }

    private Button button(String id, String key, Action action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setOnAction(e -> {
            try {
                message.setText("");
                action.run();
                drawnKey = null;
                showChanges();
            } catch (IOException | RuntimeException ex) {
                message.setText(ex.getMessage());
            }
        });
        return b;
    }

    private List<MarkHighlights.Highlight> changes = List.of();

    private void showChanges() {
        try {
            Optional<IssueChanges> c = vm.changesSinceProof(canvas.getPageNumber());
            Optional<LaidOutPage> page = canvas.laidOutPage();
            changes = c.isPresent() && page.isPresent() ? MarkHighlights.changes(page.get(), vm.issue(), c.get()) : List.of();
            if (c.isPresent() && !c.get().isEmpty() && message.getText().isEmpty()) {
                message.setText(m.format("proof.changes", c.get().text().size(), c.get().frames().size()));
            }
        } catch (IOException e) {
            message.setText(e.getMessage());
        }
    }

    /** Redraws the highlights when the page, zoom, scroll or marks changed (checked once per frame; drawing is cheap). */
    private void redrawIfMoved() {
        Optional<Point2D> origin = canvas.pageToLocal(0, 0);
        Optional<LaidOutPage> page = canvas.laidOutPage();
        if (origin.isEmpty() || page.isEmpty()) {
            return;
        }
        Object key = List.of(origin.get(), canvas.getZoom(), page.get(), vm.placedMarks(), overlay.getWidth(), overlay.getHeight());
        if (key.equals(drawnKey)) {
            return;
        }
        if (drawnKey == null) {
            showChanges();
        }
        drawnKey = key;
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        Point2D o = origin.get();
        double scale = canvas.pageToLocal(1, 0).map(p -> p.getX() - o.getX()).orElse(1.0);
        MarkRow selected = marks.getSelectionModel().getSelectedItem();
        for (MarkHighlights.Highlight h : MarkHighlights.on(page.get(), vm.issue(), vm.placedMarks())) {
            double x = o.getX() + h.x() * scale;
            double y = o.getY() + h.y() * scale;
            g.setFill(h.needsAttention() ? ATTENTION : h.open() ? OPEN : SETTLED);
            g.fillRect(x, y, h.width() * scale, h.height() * scale);
            if (selected != null && selected.id().equals(h.markId())) {
                g.setStroke(SELECTED);
                g.setLineWidth(2);
                g.strokeRect(x, y, h.width() * scale, h.height() * scale);
            }
        }
        g.setStroke(CHANGED);
        g.setLineWidth(1.5);
        g.setLineDashes(4, 3);
        for (MarkHighlights.Highlight h : changes) {
            g.strokeRect(o.getX() + h.x() * scale - 1, o.getY() + h.y() * scale - 1, h.width() * scale + 2, h.height() * scale + 2);
        }
        g.setLineDashes();
    }
}
