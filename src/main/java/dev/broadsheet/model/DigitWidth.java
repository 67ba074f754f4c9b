package dev.broadsheet.model;

/** How wide ASCII digits are set in running text (TYPESETTING.md §5). */
public enum DigitWidth {
    /**
     * Each digit on a half-em advance with its glyph centred in it, as Chinese newspaper systems set digits
     * in body text (the reference page's digits measure about ½ em; the bundled serif's are 0.557 em).
     */
    HALF_EM,
    /** The font's own advance. */
    FONT
}
