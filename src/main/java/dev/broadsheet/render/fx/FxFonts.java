package dev.broadsheet.render.fx;

import dev.broadsheet.fonts.FontFace;
import dev.broadsheet.fonts.FontProvider;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * JavaFX fonts for the faces of a {@link FontProvider}, loaded from the face's own bytes and cached per face and
 * size. A font is never looked up by family name: a system font of the same name could answer (BUILD-FACTS.md
 * "Fonts"), and the canvas must draw with exactly the file the composer measured.
 *
 * <p>Used on the FX thread only.
 */
public final class FxFonts {

    private record Key(String faceId, double size) {
    }

    private final FontProvider fonts;
    private final Map<Key, Optional<Font>> cache = new HashMap<>();

    public FxFonts(FontProvider fonts) {
        this.fonts = fonts;
    }

    public FontProvider provider() {
        return fonts;
    }

    /** The font for a face id at a size in points, or empty when the face is unknown or JavaFX refuses it. */
    public Optional<Font> font(String faceId, double size) {
        return cache.computeIfAbsent(new Key(faceId, size), k -> fonts.byId(k.faceId()).flatMap(face -> load(face, k.size())));
    }

    private static Optional<Font> load(FontFace face, double size) {
        try (InputStream in = face.openStream()) {
            return Optional.ofNullable(Font.loadFont(in, size));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
