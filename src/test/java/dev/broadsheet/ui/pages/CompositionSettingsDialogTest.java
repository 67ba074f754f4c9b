package dev.broadsheet.ui.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.CompositionSettings;
import dev.broadsheet.model.DigitWidth;
import dev.broadsheet.model.LineBreaking;
import dev.broadsheet.model.ProhibitionLevel;
import dev.broadsheet.model.PunctuationMode;
import dev.broadsheet.ui.Messages;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Page ▸ Composition Settings…: shows the rules, and OK answers what was chosen (Cancel nothing). */
@ExtendWith(ApplicationExtension.class)
class CompositionSettingsDialogTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheCurrentRulesAndOkAnswersTheChoices(FxRobot robot) {
        AtomicReference<CompositionSettings> ok = new AtomicReference<>();
        AtomicReference<CompositionSettings> cancel = new AtomicReference<>(CompositionSettings.DEFAULT);
        robot.interact(() -> {
            CompositionSettingsDialog dialog = new CompositionSettingsDialog(CompositionSettings.DEFAULT,
                    new Messages(Locale.SIMPLIFIED_CHINESE));
            var pane = dialog.getDialogPane();
            ComboBox<PunctuationMode> punctuation = (ComboBox<PunctuationMode>) pane.lookup("#compositionPunctuation");
            assertThat(punctuation.getValue()).isEqualTo(PunctuationMode.KAIMING);
            punctuation.setValue(PunctuationMode.FULL_WIDTH);
            ((ComboBox<LineBreaking>) pane.lookup("#compositionBreaking")).setValue(LineBreaking.TOTAL_FIT);
            ((ComboBox<DigitWidth>) pane.lookup("#compositionDigits")).setValue(DigitWidth.FONT);
            ((Spinner<Double>) pane.lookup("#compositionGap")).getValueFactory().setValue(0.125);
            ok.set(dialog.getResultConverter().call(ButtonType.OK));
            cancel.set(dialog.getResultConverter().call(ButtonType.CANCEL));
        });
        assertThat(ok.get()).isEqualTo(new CompositionSettings(PunctuationMode.FULL_WIDTH, ProhibitionLevel.BASIC,
                0.125, 2.0, DigitWidth.FONT, LineBreaking.TOTAL_FIT));
        assertThat(cancel.get()).isNull();
    }
}
