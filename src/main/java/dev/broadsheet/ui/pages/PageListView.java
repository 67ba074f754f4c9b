package dev.broadsheet.ui.pages;

import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.ui.canvas.PageCanvas;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.WorkspaceSelection;
import dev.broadsheet.ui.pages.PageListViewModel.PageEntry;
import java.util.function.BiConsumer;
import dev.broadsheet.ui.Messages;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.paint.Color;

/**
 * The page thumbnails: each page drawn small from its composed form (the same drawing the canvas does), its
 * number and name under it, its workflow stage as a badge in the corner (已排, 一校 … 签发) and a warning when it
 * changed after 签发. Picking one shows that page on the canvas.
 */
public final class PageListView extends ListView<PageEntry> {
    static final double THUMB_WIDTH = 96;

    /**
     * @param drawPage draws a composed page onto a canvas at a scale (the canvas renderer), or null for outlines
     */
    public PageListView(PageListViewModel vm, DocumentViewModel document, WorkspaceSelection selection,
                        BiConsumer<Canvas, LaidOutPage> drawPage) {
        this(vm, document, selection, drawPage, null);
    }

    /**
     * @param messages the words of the status badges' tooltips; null shows the badges without tooltips
     */
    public PageListView(PageListViewModel vm, DocumentViewModel document, WorkspaceSelection selection,
                        BiConsumer<Canvas, LaidOutPage> drawPage, Messages messages) {
        super(vm.pages());
        setId("pageList");
        getStyleClass().add("page-list");
        setCellFactory(l -> new PageCell(document, drawPage, messages));
        getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && now.number() != selection.pageNumber()) {
                vm.show(now.number());
            }
        });
        Runnable follow = () -> getItems().stream().filter(p -> p.number() == selection.pageNumber()).findFirst()
                .ifPresent(p -> getSelectionModel().select(p));
        selection.pageNumberProperty().addListener(o -> follow.run());
        vm.pages().addListener((javafx.collections.ListChangeListener<PageEntry>) c -> follow.run());
        document.layoutProperty().addListener(o -> refresh());
        follow.run();
    }

    private static final class PageCell extends ListCell<PageEntry> {
        private final DocumentViewModel document;
        private final BiConsumer<Canvas, LaidOutPage> drawPage;
        private final Canvas thumb = new Canvas();
        private final Label label = new Label();
        private final Label stage = new Label();
        private final Label changed = new Label();
        private final Tooltip stageTip = new Tooltip();
        private final Messages messages;
        private final VBox box;

        PageCell(DocumentViewModel document, BiConsumer<Canvas, LaidOutPage> drawPage, Messages messages) {
            this.document = document;
            this.drawPage = drawPage;
            this.messages = messages;
            stage.setId("pageStageBadge");
            stage.getStyleClass().add("stage-badge");
            changed.setId("pageChangedBadge");
            changed.getStyleClass().add("changed-badge");
            changed.setGraphic(new FontIcon("mdi2a-alert"));
            if (messages != null) {
                changed.setTooltip(new Tooltip(messages.get("pages.changedAfterSignOff")));
                stage.setTooltip(stageTip);
            }
            HBox badges = new HBox(2, stage, changed);
            badges.setAlignment(Pos.TOP_RIGHT);
            badges.setPadding(new javafx.geometry.Insets(3));
            badges.setPickOnBounds(false);
            StackPane picture = new StackPane(thumb, badges);
            StackPane.setAlignment(badges, Pos.TOP_RIGHT);
            box = new VBox(2, picture, label);
            box.setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(PageEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                getProperties().remove(PageCanvas.DROP_PAGE_KEY);
                return;
            }
            // A frame dragged from the canvas and let go over this thumbnail moves to this page.
            getProperties().put(PageCanvas.DROP_PAGE_KEY, entry.number());
            label.setText(entry.number() + (entry.sectionName().isEmpty() ? "" : "  " + entry.sectionName()));
            // The desk's own words (已排, 一校 … 签发) in either interface language; the tooltip translates them.
            stage.setText(entry.stage().label());
            stage.getStyleClass().removeIf(c -> c.startsWith("stage-") && !c.equals("stage-badge"));
            stage.getStyleClass().add("stage-" + entry.stage().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (messages != null) {
                stageTip.setText(messages.format("pages.stage", messages.get("stage." + entry.stage().name())));
            }
            changed.setVisible(entry.changedAfterSignOff());
            changed.setManaged(entry.changedAfterSignOff());
            LaidOutIssue layout = document.layout();
            LaidOutPage page = layout == null ? null : layout.page(entry.number()).orElse(null);
            double height = page == null ? THUMB_WIDTH * 550 / 390 : THUMB_WIDTH * page.height() / page.width();
            thumb.setWidth(THUMB_WIDTH);
            thumb.setHeight(height);
            var gc = thumb.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, THUMB_WIDTH, height);
            if (page != null && drawPage != null) {
                drawPage.accept(thumb, page);
            }
            gc.setStroke(Color.gray(0.6));
            gc.strokeRect(0.5, 0.5, THUMB_WIDTH - 1, height - 1);
            setGraphic(box);
        }
    }
}
