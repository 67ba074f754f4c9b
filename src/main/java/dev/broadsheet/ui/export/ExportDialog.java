package dev.broadsheet.ui.export;

import dev.broadsheet.ui.Messages;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * File ▸ Export…: the target file, page range, marks, colour and optional PNGs, bound to an
 * {@link ExportViewModel}. OK starts nothing itself: the caller reads the view model when the dialog answers OK.
 */
public final class ExportDialog extends Dialog<ButtonType> {

    public ExportDialog(ExportViewModel vm, Messages m, Window owner) {
        setTitle(m.plain("export.title"));
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        getDialogPane().setId("exportDialog");

        TextField target = new TextField();
        target.setId("exportTarget");
        target.setPrefColumnCount(32);
        target.setText(vm.targetProperty().get() == null ? "" : vm.targetProperty().get().toString());
        target.textProperty().addListener((o, was, now) -> vm.targetProperty().set(toPath(now)));
        Button choose = new Button(m.get("export.choose"));
        choose.setId("exportChoose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.plain("export.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File file = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
            if (file != null) {
                target.setText(file.toPath().toString());
            }
        });
        HBox targetRow = new HBox(6, target, choose);
        HBox.setHgrow(target, Priority.ALWAYS);

        ToggleGroup range = new ToggleGroup();
        RadioButton all = new RadioButton(m.get("export.pages.all"));
        all.setId("exportAllPages");
        all.setToggleGroup(range);
        RadioButton some = new RadioButton(m.get("export.pages.from"));
        some.setId("exportSomePages");
        some.setToggleGroup(range);
        (vm.allPagesProperty().get() ? all : some).setSelected(true);
        all.selectedProperty().addListener((o, was, now) -> vm.allPagesProperty().set(now));
        Spinner<Integer> first = new Spinner<>(1, 999, vm.firstPageProperty().get());
        first.setId("exportFirstPage");
        Spinner<Integer> last = new Spinner<>(1, 999, vm.lastPageProperty().get());
        last.setId("exportLastPage");
        for (Spinner<Integer> s : java.util.List.of(first, last)) {
            s.setEditable(true);
            s.setPrefWidth(80);
            s.disableProperty().bind(all.selectedProperty());
        }
        first.valueProperty().addListener((o, was, now) -> vm.firstPageProperty().set(now));
        last.valueProperty().addListener((o, was, now) -> vm.lastPageProperty().set(now));
        HBox rangeRow = new HBox(6, all, some, first, new Label(m.get("export.pages.to")), last);

        CheckBox marks = new CheckBox(m.get("export.marks"));
        marks.setId("exportMarks");
        marks.selectedProperty().bindBidirectional(vm.marksProperty());
        ToggleGroup colour = new ToggleGroup();
        RadioButton proof = new RadioButton(m.get("export.colour.proof"));
        proof.setId("exportProofRgb");
        proof.setToggleGroup(colour);
        RadioButton press = new RadioButton(m.get("export.colour.press"));
        press.setId("exportPress");
        press.setToggleGroup(colour);
        (vm.pressProperty().get() ? press : proof).setSelected(true);
        press.selectedProperty().addListener((o, was, now) -> vm.pressProperty().set(now));
        CheckBox png = new CheckBox(m.get("export.png"));
        png.setId("exportPng");
        png.selectedProperty().bindBidirectional(vm.pngProperty());
        Spinner<Integer> dpi = new Spinner<>(dev.broadsheet.render.pdf.PngExporter.MIN_DPI,
                dev.broadsheet.render.pdf.PngExporter.MAX_DPI, vm.dpiProperty().get(), 25);
        dpi.setId("exportDpi");
        dpi.setEditable(true);
        dpi.setPrefWidth(90);
        dpi.disableProperty().bind(png.selectedProperty().not());
        dpi.valueProperty().addListener((o, was, now) -> vm.dpiProperty().set(now));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(m.get("export.target")), targetRow);
        grid.addRow(1, new Label(m.get("export.pages")), rangeRow);
        grid.addRow(2, new Label(m.get("export.marksLabel")), marks);
        grid.addRow(3, new Label(m.get("export.colour")), new HBox(12, proof, press));
        grid.addRow(4, new Label("PNG"), new HBox(6, png, dpi, new Label("dpi")));
        Label problem = new Label();
        problem.setId("exportProblem");
        problem.getStyleClass().add("status-message");
        grid.add(problem, 1, 5);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("exportOk");
        ok.setText(m.get("export.start"));
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setText(m.get("export.cancel"));
        Runnable check = () -> {
            String key = vm.problem();
            problem.setText(key == null ? "" : m.get(key));
            ok.setDisable(key != null || vm.isRunning());
        };
        for (javafx.beans.Observable p : new javafx.beans.Observable[] {vm.targetProperty(), vm.allPagesProperty(),
                vm.firstPageProperty(), vm.lastPageProperty(), vm.pngProperty(), vm.dpiProperty(), vm.runningProperty()}) {
            p.addListener(o -> check.run());
        }
        check.run();
    }

    private static Path toPath(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Path.of(text.strip());
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
