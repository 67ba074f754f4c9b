package dev.broadsheet.ui;

import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * Registers the bundled Broadsheet Sans SC with JavaFX for the interface. The face is read from the font
 * provider's bytes ({@code FontFace.openStream()}), never looked up among system fonts, and the family
 * name JavaFX returns is the one the stylesheet uses (BUILD-FACTS.md "Fonts": keep the Font loadFont returns).
 */
public final class UiFonts {
    private final String family;

    private UiFonts(String family) {
        this.family = family;
    }

    public static UiFonts register(FontProvider fonts) {
        Font regular = load(fonts, FontWeight.REGULAR);
        load(fonts, FontWeight.BOLD);
        return new UiFonts(regular.getFamily());
    }

    private static Font load(FontProvider fonts, FontWeight weight) {
        try (InputStream in = fonts.face(FontRole.SANS, weight).openStream()) {
            Font font = Font.loadFont(in, 13);
            if (font == null) {
                throw new IllegalStateException("JavaFX could not load the bundled interface font (" + weight + ")");
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String family() {
        return family;
    }

    /** The root style that makes every control use the bundled face. */
    public String rootStyle() {
        return "-fx-font-family: \"" + family + "\";";
    }
}
