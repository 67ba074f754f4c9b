package dev.broadsheet.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import org.junit.jupiter.api.Test;

class BundledFontsTest {

    private final BundledFonts fonts = BundledFonts.shared();

    @Test
    void everyRoleHasABundledFaceWithOurOwnFamilyName() {
        for (FontRole role : FontRole.values()) {
            FontFace face = fonts.face(role, FontWeight.REGULAR);
            assertThat(face.family()).startsWith("Broadsheet ");
            assertThat(face.hasGlyph('国')).isTrue();
        }
        assertThat(fonts.face(FontRole.SERIF, FontWeight.BOLD).id()).isEqualTo("BroadsheetSerifSC-Bold");
        assertThat(fonts.face(FontRole.KAI, FontWeight.BOLD).id()).isEqualTo("BroadsheetKaiSC-Regular");
    }

    @Test
    void widthsComeFromTheFontNotFromAnAssumption() {
        FontFace serif = fonts.face(FontRole.SERIF, FontWeight.REGULAR);
        assertThat(serif.advance('国')).isEqualTo(1.0);
        // TYPESETTING.md §8: in Noto SC the em dash is 0.89 em, not 1 em.
        assertThat(serif.advance('—')).isBetween(0.85, 0.95);
        assertThat(serif.advance('1')).isLessThan(0.7);
    }

    @Test
    void everyCharacterOfTheReferencePageHasAGlyphInTheBodyFace() throws Exception {
        String page;
        try (var in = getClass().getResourceAsStream("/reference/000_0b7f95b1a5b38884.txt")) {
            page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        FontFace serif = fonts.face(FontRole.SERIF, FontWeight.REGULAR);
        page.codePoints().filter(c -> !Character.isWhitespace(c))
                .forEach(c -> assertThat(serif.hasGlyph(c)).as("glyph for %s", Character.toString(c)).isTrue());
    }
}
