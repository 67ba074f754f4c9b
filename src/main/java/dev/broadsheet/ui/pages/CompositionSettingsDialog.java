package dev.broadsheet.ui.pages;

import dev.broadsheet.model.CompositionSettings;
import dev.broadsheet.model.DigitWidth;
import dev.broadsheet.model.LineBreaking;
import dev.broadsheet.model.ProhibitionLevel;
import dev.broadsheet.model.PunctuationMode;
import dev.broadsheet.ui.Messages;
import java.util.function.Function;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

/**
 * The house composition rules (版式设置): punctuation mode (全身 / 开明 / 半身), line-start and line-end
 * prohibitions, Han–Latin gap, first-line indent, digit width and line breaking. Each choice is named in the
 * desk's words; the whole page re-flows when it is applied (one undoable edit).
 */
public final class CompositionSettingsDialog extends Dialog<CompositionSettings> {

    public CompositionSettingsDialog(CompositionSettings current, Messages m) {
        setTitle(m.plain("menu.page.composition"));
        setHeaderText(m.get("dialog.composition.header"));
        ComboBox<PunctuationMode> punctuation = choice("compositionPunctuation", PunctuationMode.values(),
                current.punctuation(), m);
        ComboBox<ProhibitionLevel> prohibitions = choice("compositionProhibitions", ProhibitionLevel.values(),
                current.prohibitions(), m);
        // Gap and indent in eighths and halves of an em: the steps a desk actually uses (¼ em gap, 2 em indent).
        Spinner<Double> gap = new Spinner<>(0.0, 1.0, current.hanLatinGapEm(), 0.125);
        gap.setId("compositionGap");
        gap.setEditable(true);
        Spinner<Double> indent = new Spinner<>(0.0, 4.0, current.firstLineIndentEm(), 0.5);
        indent.setId("compositionIndent");
        indent.setEditable(true);
        ComboBox<DigitWidth> digits = choice("compositionDigits", DigitWidth.values(), current.digits(), m);
        ComboBox<LineBreaking> breaking = choice("compositionBreaking", LineBreaking.values(), current.lineBreaking(), m);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(m.get("composition.punctuation")), punctuation);
        grid.addRow(1, new Label(m.get("composition.prohibitions")), prohibitions);
        grid.addRow(2, new Label(m.get("composition.gap")), gap);
        grid.addRow(3, new Label(m.get("composition.indent")), indent);
        grid.addRow(4, new Label(m.get("composition.digits")), digits);
        grid.addRow(5, new Label(m.get("composition.breaking")), breaking);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? new CompositionSettings(punctuation.getValue(),
                prohibitions.getValue(), gap.getValue(), indent.getValue(), digits.getValue(), breaking.getValue()) : null);
    }

    /** A choice box named in the desk's words ({@link #choiceKey}). */
    private static <E extends Enum<E>> ComboBox<E> choice(String id, E[] values, E current, Messages m) {
        Function<E, String> label = choice -> m.get(choiceKey(choice));
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setValue(current);
        box.setCellFactory(l -> cell(label));
        box.setButtonCell(cell(label));
        return box;
    }

    private static <E extends Enum<E>> ListCell<E> cell(Function<E, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        };
    }

    /** The message key a choice is named by: {@code composition.<setting>.<CHOICE>}. */
    static String choiceKey(Enum<?> choice) {
        String setting;
        if (choice instanceof PunctuationMode) {
            setting = "punctuation";
        } else if (choice instanceof ProhibitionLevel) {
            setting = "prohibitions";
        } else if (choice instanceof DigitWidth) {
            setting = "digits";
        } else if (choice instanceof LineBreaking) {
            setting = "breaking";
        } else {
            throw new IllegalArgumentException("not a composition setting: " + choice);
        }
        return "composition." + setting + "." + choice.name();
    }

    /** The message keys of every choice (a test checks the bundles have them). */
    public static java.util.List<String> choiceKeys() {
        return java.util.stream.Stream.of(PunctuationMode.values(), ProhibitionLevel.values(), DigitWidth.values(),
                LineBreaking.values()).flatMap(java.util.Arrays::stream).map(CompositionSettingsDialog::choiceKey).toList();
    }
}
