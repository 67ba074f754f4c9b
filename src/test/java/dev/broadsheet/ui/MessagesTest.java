package dev.broadsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dev/broadsheet/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_zh_CN.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").keySet());
    }

    @Test
    void aBareChineseLocaleIsShownAsSimplifiedChineseSoJavaFxFindsItsOwnChineseTexts() {
        assertThat(new Messages(Locale.forLanguageTag("zh")).interfaceLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(new Messages(Locale.forLanguageTag("zh-TW")).interfaceLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(new Messages(Locale.ENGLISH).interfaceLocale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void everyCompositionChoiceIsNamedInTheEnglishBundle() throws IOException {
        // (the test above makes the Chinese bundle follow)
        assertThat(bundle("messages.properties").keySet())
                .containsAll(dev.broadsheet.ui.pages.CompositionSettingsDialog.choiceKeys());
    }

    @Test
    void aChineseLocaleGetsChineseAndAnyOtherGetsEnglish() {
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).get("menu.page.header")).isEqualTo("报眉(_H)…");
        assertThat(new Messages(Locale.ENGLISH).get("menu.page.header")).isEqualTo("_Header…");
        assertThat(new Messages(Locale.GERMAN).get("menu.file.save")).isEqualTo("_Save");
        assertThat(new Messages(Locale.forLanguageTag("zh")).get("menu.page.header")).as("--locale=zh").isEqualTo("报眉(_H)…");
        assertThat(new Messages(Locale.TRADITIONAL_CHINESE).get("menu.page.header")).isEqualTo("报眉(_H)…");
    }

    @Test
    void formatsArgumentsAndStripsMnemonics() {
        Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.format("stories.overset", 35, 3)).isEqualTo("+35 字 / +3 行");
        assertThat(zh.format("status.readOnly", "王芳@desk-3")).isEqualTo("只读：王芳@desk-3 正在编辑");
        assertThat(zh.plain("menu.file.saveAs")).isEqualTo("另存为(A)…");
        assertThat(new Messages(Locale.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
