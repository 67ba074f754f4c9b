package dev.broadsheet.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * A paper's 字体字号表: the style of each text role, and its composition settings. Every paper keeps its
 * own (NEWSROOM.md "Pages"); {@link #DEFAULT} follows the reference page: body 小五-ish 9.5 pt 宋体 on a
 * 12.5 pt pitch, headline 黑体, decks and captions 楷体.
 */
public record StyleSheet(SortedMap<TextRole, TextStyle> styles, CompositionSettings composition) {

    public static final StyleSheet DEFAULT = new StyleSheet(defaults(), CompositionSettings.DEFAULT);

    public StyleSheet {
        styles = Lists.copySorted(styles);
        Objects.requireNonNull(composition, "composition");
    }

    /** The style for a role; roles the paper has not set fall back to the built-in defaults. */
    public TextStyle style(TextRole role) {
        TextStyle style = styles.get(role);
        return style != null ? style : defaults().get(role);
    }

    public StyleSheet with(TextRole role, TextStyle style) {
        Map<TextRole, TextStyle> copy = new EnumMap<>(TextRole.class);
        copy.putAll(styles);
        copy.put(role, style);
        return new StyleSheet(new java.util.TreeMap<>(copy), composition);
    }

    public StyleSheet withComposition(CompositionSettings settings) {
        return new StyleSheet(styles, settings);
    }

    private static SortedMap<TextRole, TextStyle> defaults() {
        SortedMap<TextRole, TextStyle> m = new java.util.TreeMap<>();
        m.put(TextRole.BODY, new TextStyle(FontRole.SERIF, FontWeight.REGULAR, Length.pt(9.5), Length.pt(12.5), Alignment.JUSTIFY));
        m.put(TextRole.DATELINE, new TextStyle(FontRole.SANS, FontWeight.BOLD, Length.pt(9.5), Length.pt(12.5), Alignment.JUSTIFY));
        m.put(TextRole.BYLINE, new TextStyle(FontRole.KAI, FontWeight.REGULAR, Length.pt(9.5), Length.pt(12.5), Alignment.LEFT));
        m.put(TextRole.KICKER, new TextStyle(FontRole.KAI, FontWeight.REGULAR, Length.pt(14), Length.pt(20), Alignment.CENTER));
        m.put(TextRole.HEADLINE, new TextStyle(FontRole.SANS, FontWeight.BOLD, Length.pt(26), Length.pt(34), Alignment.CENTER));
        m.put(TextRole.SUBHEAD, new TextStyle(FontRole.KAI, FontWeight.REGULAR, Length.pt(14), Length.pt(20), Alignment.CENTER));
        m.put(TextRole.CROSSHEAD, new TextStyle(FontRole.SANS, FontWeight.BOLD, Length.pt(9.5), Length.pt(12.5), Alignment.LEFT));
        m.put(TextRole.CAPTION, new TextStyle(FontRole.KAI, FontWeight.REGULAR, Length.pt(9), Length.pt(12), Alignment.JUSTIFY));
        m.put(TextRole.PHOTO_TITLE, new TextStyle(FontRole.SANS, FontWeight.BOLD, Length.pt(12), Length.pt(16), Alignment.CENTER));
        m.put(TextRole.CREDIT, new TextStyle(FontRole.KAI, FontWeight.REGULAR, Length.pt(9), Length.pt(12), Alignment.RIGHT));
        m.put(TextRole.PAGE_HEADER, new TextStyle(FontRole.SANS, FontWeight.REGULAR, Length.pt(9), Length.pt(12), Alignment.LEFT));
        return m;
    }
}
