package dev.broadsheet.fonts;

import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import java.util.List;
import java.util.Optional;

/**
 * The one source of fonts for the composer and both renderers: bundled faces by role (宋/黑/楷), then any
 * faces from a user font folder, which extend the bundled ones for characters they lack (补字).
 */
public interface FontProvider {

    /** The bundled face for a role and weight (a role without a bold face answers its regular one). */
    FontFace face(FontRole role, FontWeight weight);

    /** Every face, bundled ones first, in fallback order. */
    List<FontFace> faces();

    /** Looks a face up by its {@link FontFace#id()}. */
    Optional<FontFace> byId(String id);

    /**
     * The face to set a character with when {@code primary} lacks it: the first face in fallback order that
     * has it. Empty when no face has it: the character is missing (listed in the preflight, drawn as a marker).
     */
    default Optional<FontFace> faceFor(int codePoint, FontFace primary) {
        if (primary.hasGlyph(codePoint)) {
            return Optional.of(primary);
        }
        for (FontFace face : faces()) {
            if (face.hasGlyph(codePoint)) {
                return Optional.of(face);
            }
        }
        return Optional.empty();
    }
}
