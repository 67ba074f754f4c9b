package dev.broadsheet.ui.pages;

import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.ui.canvas.PageCanvas;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.WorkspaceSelection;
import dev.broadsheet.ui.pages.PageListViewModel.PageEntry;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The page thumbnails: each page drawn small from its composed form (the same drawing the canvas does), its
 * number and name under it. Picking one shows that page on the canvas.
 */
public final class PageListView extends ListView<PageEntry> {
    static final double THUMB_WIDTH = 96;

    /**
     * @param drawPage draws a composed page onto a canvas at a scale (the canvas renderer), or null for outlines
     */
    public PageListView(PageListViewModel vm, DocumentViewModel document, WorkspaceSelection selection,
                        BiConsumer<Canvas, LaidOutPage> drawPage) {
        super(vm.pages());
        setId("pageList");
        getStyleClass().add("page-list");
        setCellFactory(l -> new PageCell(document, drawPage));
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
        private final VBox box = new VBox(2, thumb, label);

        PageCell(DocumentViewModel document, BiConsumer<Canvas, LaidOutPage> drawPage) {
            this.document = document;
            this.drawPage = drawPage;
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
