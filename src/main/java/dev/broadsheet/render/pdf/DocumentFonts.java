package dev.broadsheet.render.pdf;

import dev.broadsheet.fonts.FontFace;
import dev.broadsheet.fonts.FontProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: one {@link PDType0Font} per face, loaded the first time a page uses the face (from a
 * parsed font borrowed from the {@link ParsedFontPool}) and embedded as a subset when the document is saved (a
 * CID TrueType font with Identity-H encoding, a {@code ABCDEF+} name tag and a ToUnicode map that PDFBox builds
 * from the characters shown).
 *
 * <p>A ToUnicode map gives each glyph one meaning, but the fonts draw some character pairs with one glyph
 * (～ U+FF5E and 〜 U+301C, – U+2013 and ‒ U+2012, U+3000 and U+2003). When a document uses both characters of
 * such a pair, the second one is shown through a second subset of the same face, so each extracts as typed.
 */
final class DocumentFonts implements AutoCloseable {
    private final PDDocument document;
    private final FontProvider provider;
    private final Map<String, Loaded> loaded = new LinkedHashMap<>();

    /** A face in this document: its parsed font and the PDF fonts (variants) showing it. */
    static final class Loaded {
        private final FontFace face;
        private final TrueTypeFont parsed;
        private final List<Variant> variants = new ArrayList<>();

        private Loaded(FontFace face, TrueTypeFont parsed) {
            this.face = face;
            this.parsed = parsed;
        }

        FontFace face() {
            return face;
        }
    }

    /** One PDF font of a face, and the character each of its glyphs stands for so far. */
    private record Variant(PDType0Font font, Map<Integer, Integer> meaningOfGlyph) {
    }

    DocumentFonts(PDDocument document, FontProvider provider) {
        this.document = document;
        this.provider = provider;
    }

    Loaded get(String faceId) throws IOException {
        Loaded l = loaded.get(faceId);
        if (l == null) {
            FontFace face = provider.byId(faceId).orElseThrow(() -> new IllegalArgumentException(
                    "the laid-out page uses font face '" + faceId + "', which the font provider does not have"));
            l = new Loaded(face, ParsedFontPool.borrow(face));
            loaded.put(faceId, l);
            addVariant(l);
        }
        return l;
    }

    /** The PDF font to show {@code codePoint} of a face with, so that it extracts as that character. */
    PDType0Font fontFor(Loaded face, int codePoint) throws IOException {
        int glyph = face.variants.get(0).font().getCmapLookup().getGlyphId(codePoint);
        for (Variant v : face.variants) {
            Integer meaning = v.meaningOfGlyph().putIfAbsent(glyph, codePoint);
            if (meaning == null || meaning == codePoint) {
                return v.font();
            }
        }
        Variant fresh = addVariant(face);
        fresh.meaningOfGlyph().put(glyph, codePoint);
        return fresh.font();
    }

    /** The face's first PDF font (for text that has no shared glyphs, such as the slug line). */
    PDType0Font primary(Loaded face) {
        return face.variants.get(0).font();
    }

    private Variant addVariant(Loaded face) throws IOException {
        // The same parsed font serves every variant: one document is drawn and saved on one thread.
        Variant v = new Variant(PDType0Font.load(document, face.parsed, true), new HashMap<>());
        face.variants.add(v);
        return v;
    }

    /** Gives the parsed fonts back for the next document; call once the document is saved or abandoned. */
    @Override
    public void close() {
        for (Loaded l : loaded.values()) {
            ParsedFontPool.giveBack(l.face, l.parsed);
        }
        loaded.clear();
    }

    List<String> faceIds() {
        return new ArrayList<>(loaded.keySet());
    }
}
