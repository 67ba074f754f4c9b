package dev.broadsheet.ui.proof;

import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.MarkKind;
import dev.broadsheet.model.Stage;
import dev.broadsheet.review.IssueChanges;
import dev.broadsheet.review.ReviewWatcher;
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
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Proof mode's window content: the page, read-only, with the marks highlighted over it (open marks yellow,
 * settled ones grey, those needing attention red, the proofreader's current choice blue, changes since proof
 * outlined in blue), page navigation and zoom above it, and beside it the marks panel with each mark's reply
 * thread, the form for a new mark of any GB/T 14706 kind, the stages with who and when, and the actions the
 * user's role allows. The proofreader chooses what to mark on the page itself: a drag over words, a click
 * on a frame (Shift+click on its text) or on empty paper; typing the words is the fallback. All logic is in
 * {@link ProofModeViewModel} and {@link PageHits}; this class only wires controls and pointer events to them.
 */
public final class ProofModeView {

    private static final Color OPEN = Color.rgb(255, 214, 0, 0.35);
    private static final Color SETTLED = Color.rgb(128, 128, 128, 0.25);
    private static final Color ATTENTION = Color.rgb(220, 30, 30, 0.35);
    private static final Color SELECTED = Color.rgb(220, 30, 30, 0.9);
    private static final Color CHANGED = Color.rgb(30, 100, 230, 0.9);
    private static final Color TARGET = Color.rgb(0, 120, 255, 0.30);
    private static final Color TARGET_EDGE = Color.rgb(0, 90, 220, 0.95);
    /** A press that moves less than this many pixels before release is a click, not a drag (as platforms judge it). */
    private static final double CLICK_SLOP_PIXELS = 4;
    /** The smallest a highlight is drawn, in pixels: big enough to see and to aim at on a whole-page view. */
    private static final double MIN_MARK_PIXELS = 8;

    private final ProofModeViewModel vm;
    private final Messages m;
    private final PageCanvas canvas;
    private final Canvas overlay = new Canvas();
    private final ListView<MarkRow> marks = new ListView<>();
    private final ListView<String> thread = new ListView<>();
    private final ListView<StageRow> stages = new ListView<>();
    private final Label message = new Label();
    private final Label targetLabel = new Label();
    private final Label zoomLabel = new Label();
    private final SplitPane root;
    private Object drawnKey;
    private Point2D pressedAt;
    private boolean pressedWithShift;

    public ProofModeView(ProofModeViewModel vm, Messages messages, FontProvider fonts, Function<Issue, LaidOutIssue> composer) {
        this.vm = vm;
        this.m = messages;
        this.canvas = new PageCanvas(fonts, composer);
        canvas.setId("proofCanvas");
        canvas.setSession(vm.session());
        canvas.setIssueFolder(vm.issueDir());
        canvas.setPageNumber(vm.currentPage());
        canvas.setZoomMode(ZoomMode.FIT_PAGE);
        makeReadOnly(canvas);
        overlay.setId("markOverlay");
        overlay.setMouseTransparent(true);
        Pane overlayHost = new Pane(overlay);
        overlayHost.setMouseTransparent(true);
        overlay.widthProperty().bind(overlayHost.widthProperty());
        overlay.heightProperty().bind(overlayHost.heightProperty());
        StackPane page = new StackPane(canvas, overlayHost);
        VBox.setVgrow(page, Priority.ALWAYS);
        VBox pageSide = new VBox(4, navigation(), page);
        pageSide.setPadding(new Insets(4, 0, 0, 0));

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
        marks.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            drawnKey = null;
            thread.getItems().setAll(row == null ? List.of() : row.thread());
        });
        thread.setId("proofThread");
        thread.setPrefHeight(96);
        thread.setPlaceholder(new Label(m.plain("proof.thread.none")));
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
        marks.setPrefHeight(180);
        message.setId("proofMessage");
        message.setWrapText(true);

        TitledPane marksPane = new TitledPane(m.get("proof.marks"), new VBox(4, marks, thread, replyForm()));
        marksPane.setCollapsible(false);
        VBox.setVgrow(marksPane, Priority.ALWAYS);
        VBox side = new VBox(6, marksPane, markForm(), decisions(),
                new TitledPane(m.get("proof.stages"), stages), workflow(), message);
        side.setPadding(new Insets(6));
        side.setMinWidth(320);
        // The panel scrolls rather than squeezing its lists when the window is short.
        javafx.scene.control.ScrollPane sideScroll = new javafx.scene.control.ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        root = new SplitPane(pageSide, sideScroll);
        root.setDividerPositions(0.62);
        root.setId("proofMode");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::pageKeys);
        vm.currentPageProperty().addListener((o, was, now) -> {
            canvas.setPageNumber(now.intValue());
            drawnKey = null;
        });
        vm.targetProperty().addListener((o, was, now) -> {
            targetLabel.setText(now == null ? m.plain("proof.target.none") : vm.describeTarget());
            drawnKey = null;
        });
        targetLabel.setText(m.plain("proof.target.none"));
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                redrawIfMoved();
            }
        }.start();
        showChanges();
        if (!vm.reviewProblems().isEmpty()) {
            message.setText(String.join("\n", vm.reviewProblems()));
        }
    }

    public Node node() {
        return root;
    }

    /**
     * Merges every review again whenever a review file appears or changes in the issue's {@code reviews/}
     * folder (a returned review imported, another reviewer saving on a shared folder). Close it with the window.
     */
    public AutoCloseable watchReviews() throws IOException {
        return ReviewWatcher.start(vm.issueDir(), file -> Platform.runLater(this::reloadReviews));
    }

    /** Reads every review again, keeping the selected mark selected; files that cannot be read are named. */
    public void reloadReviews() {
        MarkRow selected = marks.getSelectionModel().getSelectedItem();
        try {
            vm.reload();
            if (!vm.reviewProblems().isEmpty()) {
                message.setText(String.join("\n", vm.reviewProblems()));
            }
        } catch (IOException e) {
            message.setText(e.getMessage());
        }
        if (selected != null) {
            marks.getItems().stream().filter(r -> r.id().equals(selected.id())).findFirst()
                    .ifPresent(r -> marks.getSelectionModel().select(r));
        }
        drawnKey = null;
    }

    public PageCanvas canvas() {
        return canvas;
    }

    /**
     * Proof mode comments but never moves or edits: the canvas's own behaviour gets no mouse, key or drop events
     * (scrolling and Ctrl+wheel zoom still reach it). The mouse is read here instead, to choose what to mark.
     */
    private void makeReadOnly(PageCanvas canvas) {
        canvas.addEventFilter(MouseEvent.ANY, e -> {
            e.consume();
            try {
                choose(e);
            } catch (RuntimeException unexpected) {
                // A page the hit test cannot read must not take the window down: say so, keep the last choice.
                message.setText(unexpected.getMessage());
            }
        });
        canvas.addEventFilter(KeyEvent.ANY, KeyEvent::consume);
        canvas.addEventFilter(DragEvent.ANY, DragEvent::consume);
    }

    // ---- choosing on the page

    /** A page point for a point in the canvas's own coordinates: the inverse of {@link PageCanvas#pageToLocal}. */
    private Optional<Point2D> localToPage(double x, double y) {
        Optional<Point2D> origin = canvas.pageToLocal(0, 0);
        Optional<Point2D> unit = canvas.pageToLocal(1, 1);
        if (origin.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        Point2D o = origin.get();
        double sx = unit.get().getX() - o.getX();
        double sy = unit.get().getY() - o.getY();
        return sx <= 0 || sy <= 0 ? Optional.empty() : Optional.of(new Point2D((x - o.getX()) / sx, (y - o.getY()) / sy));
    }

    private void choose(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY && e.getEventType() != MouseEvent.MOUSE_DRAGGED) {
            return;
        }
        Optional<LaidOutPage> page = canvas.laidOutPage();
        if (page.isEmpty()) {
            return;
        }
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            pressedAt = new Point2D(e.getX(), e.getY());
            pressedWithShift = e.isShiftDown();
            canvas.requestFocus();
        } else if (pressedAt != null && (e.getEventType() == MouseEvent.MOUSE_DRAGGED || e.getEventType() == MouseEvent.MOUSE_RELEASED)) {
            boolean click = pressedAt.distance(e.getX(), e.getY()) < CLICK_SLOP_PIXELS;
            Optional<Point2D> from = localToPage(pressedAt.getX(), pressedAt.getY());
            Optional<Point2D> to = localToPage(e.getX(), e.getY());
            if (from.isPresent() && to.isPresent()) {
                if (click && e.getEventType() == MouseEvent.MOUSE_RELEASED) {
                    vm.clickOnPage(page.get(), from.get().getX(), from.get().getY(), pressedWithShift);
                } else if (!click) {
                    vm.dragOnPage(page.get(), from.get().getX(), from.get().getY(), to.get().getX(), to.get().getY());
                }
            }
            if (e.getEventType() == MouseEvent.MOUSE_RELEASED) {
                pressedAt = null;
            }
        }
    }

    /** PageUp and PageDown turn the page, except in the panel's fields and lists (where they keep their usual meaning). */
    private void pageKeys(KeyEvent e) {
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focus instanceof TextInputControl || focus instanceof ListView<?> || focus instanceof Spinner<?>) {
            return;
        }
        if (e.getCode() == KeyCode.PAGE_DOWN) {
            vm.nextPage();
            e.consume();
        } else if (e.getCode() == KeyCode.PAGE_UP) {
            vm.previousPage();
            e.consume();
        }
    }

    private Node navigation() {
        Button previous = new Button("◀");
        previous.setId("proofPreviousPage");
        previous.setTooltip(new javafx.scene.control.Tooltip(m.plain("proof.previousPage")));
        previous.setOnAction(e -> vm.previousPage());
        Button next = new Button("▶");
        next.setId("proofNextPage");
        next.setTooltip(new javafx.scene.control.Tooltip(m.plain("proof.nextPage")));
        next.setOnAction(e -> vm.nextPage());
        ComboBox<Integer> pages = new ComboBox<>();
        pages.setId("proofPage");
        pages.getItems().setAll(vm.pageNumbers());
        pages.setValue(vm.currentPage());
        pages.setOnAction(e -> {
            if (pages.getValue() != null && pages.getValue() != vm.currentPage()) {
                vm.goToPage(pages.getValue());
            }
        });
        Runnable sync = () -> {
            pages.setValue(vm.currentPage());
            previous.setDisable(!vm.hasPreviousPage());
            next.setDisable(!vm.hasNextPage());
        };
        vm.currentPageProperty().addListener(o -> sync.run());
        sync.run();
        Button fitPage = new Button(m.get("proof.fitPage"));
        fitPage.setId("proofFitPage");
        fitPage.setOnAction(e -> canvas.fitPage());
        Button fitWidth = new Button(m.get("proof.fitWidth"));
        fitWidth.setId("proofFitWidth");
        fitWidth.setOnAction(e -> canvas.fitWidth());
        Button actual = new Button("100%");
        actual.setId("proofZoom100");
        actual.setOnAction(e -> canvas.setZoom(1.0));
        zoomLabel.setId("proofZoom");
        canvas.zoomProperty().addListener(o -> zoomLabel.setText(Math.round(canvas.getZoom() * 100) + "%"));
        zoomLabel.setText(Math.round(canvas.getZoom() * 100) + "%");
        Label pageLabel = new Label(m.get("proof.page"));
        HBox bar = new HBox(6, previous, pageLabel, pages, next, new Label("  "), fitPage, fitWidth, actual, zoomLabel);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 6, 0, 6));
        return bar;
    }

    // ---- the form for a new mark

    private Node markForm() {
        targetLabel.setId("proofTarget");
        targetLabel.setWrapText(true);
        targetLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);   // wrap, never cut to "…"
        TextField quote = new TextField();
        quote.setId("proofQuote");
        quote.setPromptText(m.plain("proof.markText"));
        quote.setOnAction(e -> act(() -> {
            vm.targetText(quote.getText());
            quote.clear();
        }));
        ComboBox<MarkKind> kind = new ComboBox<>();
        kind.setId("proofKind");
        kind.getItems().setAll(MarkKind.values());
        kind.setValue(MarkKind.COMMENT);
        kind.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MarkKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : m.plain("proof.kind." + k.name()));
            }
        });
        kind.setButtonCell(kind.getCellFactory().call(null));
        TextField replacement = new TextField();
        replacement.setId("proofReplacement");
        replacement.setPromptText(m.plain("proof.replacement"));
        Spinner<Integer> pivot = new Spinner<>(1, 1, 1);
        pivot.setId("proofPivot");
        pivot.setPrefWidth(80);
        Label swapped = new Label();
        swapped.setId("proofSwapPreview");
        HBox pivotRow = new HBox(6, new Label(m.get("proof.pivot")), pivot, swapped);
        pivotRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Runnable fields = () -> {
            MarkKind k = kind.getValue() == null ? MarkKind.COMMENT : kind.getValue();
            replacement.setVisible(ProofModeViewModel.asksForReplacement(k));
            replacement.setManaged(replacement.isVisible());
            pivotRow.setVisible(ProofModeViewModel.asksForPivot(k));
            pivotRow.setManaged(pivotRow.isVisible());
            String words = quoteOfTarget();
            int max = Math.max(1, words.length() - 1);
            if (!(pivot.getValueFactory() instanceof SpinnerValueFactory.IntegerSpinnerValueFactory f) || f.getMax() != max) {
                pivot.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, max, Math.min(max, Math.max(1, words.length() / 2))));
            }
            int at = Math.min(pivot.getValue(), words.length());
            swapped.setText(words.length() < 2 ? "" : words.substring(0, at) + "|" + words.substring(at)
                    + "  →  " + words.substring(at) + words.substring(0, at));
        };
        kind.valueProperty().addListener(o -> fields.run());
        pivot.valueProperty().addListener(o -> fields.run());
        vm.targetProperty().addListener(o -> fields.run());
        fields.run();
        TextField note = new TextField();
        note.setId("proofNote");
        note.setPromptText(m.plain("proof.note"));
        Button comment = button("proofAddComment", "proof.addComment", () -> {
            addMark(MarkKind.COMMENT, quote, "", 0, note.getText());
            note.clear();
        });
        Button add = button("proofAddMark", "proof.addMark", () -> {
            MarkKind k = kind.getValue() == null ? MarkKind.COMMENT : kind.getValue();
            addMark(k, quote, replacement.getText(), pivot.getValue(), note.getText());
            replacement.clear();
            note.clear();
        });
        return new TitledPane(m.get("proof.newMark"), new VBox(4, targetLabel, quote, new HBox(6, kind, replacement), pivotRow,
                note, new HBox(6, comment, add)));
    }

    /** Typed words, when there are any, choose the target first (the fallback to choosing on the page). */
    private void addMark(MarkKind kind, TextField quote, String replacement, int pivot, String note) throws IOException {
        if (!quote.getText().isEmpty()) {
            vm.targetText(quote.getText());
        }
        MarkRow made = vm.addMark(kind, vm.target(), replacement, pivot, note);
        quote.clear();
        vm.targetProperty().set(null);
        marks.getItems().stream().filter(r -> r.id().equals(made.id())).findFirst()
                .ifPresent(r -> marks.getSelectionModel().select(r));
    }

    private String quoteOfTarget() {
        PageTarget t = vm.target();
        if (t == null) {
            return "";
        }
        try {
            return t.anchorOn(vm.issue()) instanceof Anchor.TextAnchor a ? a.quote() : "";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private Node replyForm() {
        TextField reply = new TextField();
        reply.setId("proofReplyText");
        reply.setPromptText(m.plain("proof.replyText"));
        Button send = button("proofReply", "proof.reply", () -> {
            vm.reply(selectedMark(), reply.getText());
            reply.clear();
        });
        reply.setOnAction(e -> send.fire());
        HBox.setHgrow(reply, Priority.ALWAYS);
        return new HBox(6, reply, send);
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
        Button round = button("proofStartRound", "proof.startRound", () -> vm.advancePage(vm.currentPage(), Stage.PROOF_1));
        Button check = button("proofCheck", "proof.check", () -> {
            CheckResult r = vm.checkPage(vm.currentPage());
            message.setText(r.message());
        });
        Button sign = button("proofSignOff", "proof.signOff", () -> message.setText(vm.signOff(vm.currentPage()).message()));
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
        b.setOnAction(e -> act(action));
        return b;
    }

    /** Runs an action, shows its refusal in the message line, and keeps the selected mark selected across the refresh. */
    private void act(Action action) {
        MarkRow selected = marks.getSelectionModel().getSelectedItem();
        try {
            message.setText("");
            action.run();
            drawnKey = null;
            showChanges();
        } catch (IOException | RuntimeException ex) {
            message.setText(ex.getMessage());
        }
        if (marks.getSelectionModel().getSelectedItem() == null && selected != null) {
            marks.getItems().stream().filter(r -> r.id().equals(selected.id())).findFirst()
                    .ifPresent(r -> marks.getSelectionModel().select(r));
        } else if (marks.getSelectionModel().getSelectedItem() != null) {
            MarkRow now = marks.getSelectionModel().getSelectedItem();
            thread.getItems().setAll(now.thread());
        }
    }

    private List<MarkHighlights.Highlight> changes = List.of();

    private void showChanges() {
        try {
            Optional<IssueChanges> c = vm.changesSinceProof(vm.currentPage());
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
        Object key = java.util.Arrays.asList(origin.get(), canvas.getZoom(), page.get(), vm.placedMarks(), vm.target(),
                overlay.getWidth(), overlay.getHeight());
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
            double[] r = onScreen(h, o, scale);
            g.setFill(h.needsAttention() ? ATTENTION : h.open() ? OPEN : SETTLED);
            g.fillRect(r[0], r[1], r[2], r[3]);
            if (selected != null && selected.id().equals(h.markId())) {
                g.setStroke(SELECTED);
                g.setLineWidth(2);
                g.strokeRect(r[0], r[1], r[2], r[3]);
            }
        }
        g.setStroke(CHANGED);
        g.setLineWidth(1.5);
        g.setLineDashes(4, 3);
        for (MarkHighlights.Highlight h : changes) {
            g.strokeRect(o.getX() + h.x() * scale - 1, o.getY() + h.y() * scale - 1, h.width() * scale + 2, h.height() * scale + 2);
        }
        g.setLineDashes();
        for (MarkHighlights.Highlight h : MarkHighlights.target(page.get(), vm.issue(), vm.target())) {
            double[] r = onScreen(h, o, scale);
            g.setFill(TARGET);
            g.fillRect(r[0], r[1], r[2], r[3]);
            g.setStroke(TARGET_EDGE);
            g.setLineWidth(1);
            g.strokeRect(r[0], r[1], r[2], r[3]);
        }
    }

    /**
     * A highlight's rectangle on screen (x, y, width, height), grown about its centre to at least
     * {@link #MIN_MARK_PIXELS} each way so a point mark or one character stays visible at fit-page zoom.
     */
    private static double[] onScreen(MarkHighlights.Highlight h, Point2D origin, double scale) {
        double w = Math.max(MIN_MARK_PIXELS, h.width() * scale);
        double hh = Math.max(MIN_MARK_PIXELS, h.height() * scale);
        double cx = origin.getX() + (h.x() + h.width() / 2) * scale;
        double cy = origin.getY() + (h.y() + h.height() / 2) * scale;
        return new double[] {cx - w / 2, cy - hh / 2, w, hh};
    }
}
