package dev.broadsheet.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface's words, from {@code dev/broadsheet/ui/messages*.properties} (English, 简体中文). One instance
 * per window, handed to the views that need it: no static lookups.
 */
public final class Messages {
    private static final String BUNDLE = "dev.broadsheet.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        // Chinese for any zh locale; English otherwise (the base bundle), never the JVM's default as a fallback.
        // The bundle is messages_zh_CN: a bare "zh" (--locale=zh, LANG=zh) or zh_TW would otherwise miss it.
        this.bundle = ResourceBundle.getBundle(BUNDLE, interfaceLocale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The locale the interface is shown in, as JavaFX's own texts (dialog buttons 确定/取消) must be looked up:
     * any Chinese locale is Simplified Chinese, whose bundles are {@code _zh_CN}; a bare {@code zh} would miss them.
     */
    public Locale interfaceLocale() {
        return "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** Whether the bundle has a text for {@code key} (names of edits fall back to English when it has not). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** The same text with JavaFX mnemonic markers removed (for tooltips and dialog titles). */
    public String plain(String key) {
        return get(key).replace("_", "");
    }
}
