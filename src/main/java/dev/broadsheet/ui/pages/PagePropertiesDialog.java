package dev.broadsheet.ui.pages;

import dev.broadsheet.model.Page;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.ui.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Page properties: page name (版名), size preset and number of grid columns. */
public final class PagePropertiesDialog extends Dialog<PagePropertiesDialog.Result> {

    /** What the user chose. */
    public record Result(String sectionName, PagePreset preset, int columns) {
    }

    public PagePropertiesDialog(Page page, Messages m) {
        setTitle(m.get("dialog.pageProperties.title"));
        TextField section = new TextField(page.sectionName());
        section.setId("pageSectionName");
        ComboBox<PagePreset> preset = new ComboBox<>();
        preset.setId("pagePreset");
        preset.getItems().setAll(PagePreset.values());
        preset.setValue(page.size().preset());
        preset.setCellFactory(l -> presetCell());
        preset.setButtonCell(presetCell());
        Spinner<Integer> columns = new Spinner<>(1, 40, page.grid().columns());
        columns.setId("pageColumns");
        columns.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(m.get("page.section")), section);
        grid.addRow(1, new Label(m.get("page.preset")), preset);
        grid.addRow(2, new Label(m.get("page.columns")), columns);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? new Result(section.getText(), preset.getValue(), columns.getValue()) : null);
    }

    private static ListCell<PagePreset> presetCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PagePreset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label() + " (" + item.name() + ")");
            }
        };
    }
}
