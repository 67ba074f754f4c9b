package dev.broadsheet.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The underset note the canvas shows on a story frame reads as English for one line and for several. */
class CanvasTextsTest {

    private static String underset(Locale locale, int lines) {
        ResourceBundle texts = ResourceBundle.getBundle("dev.broadsheet.ui.canvas.canvas", locale);
        return MessageFormat.format(texts.getString("underset"), lines);
    }

    @Test
    void undersetNoteIsSingularForOneLine() {
        assertThat(underset(Locale.ROOT, 1)).isEqualTo("1 empty line");
        assertThat(underset(Locale.ROOT, 3)).isEqualTo("3 empty lines");
    }

    @Test
    void chineseUndersetNoteCountsLines() {
        assertThat(underset(Locale.SIMPLIFIED_CHINESE, 3)).isEqualTo("空 3 行");
    }
}
