package dev.broadsheet.render.pdf;

import dev.broadsheet.fonts.FontFace;
import dev.broadsheet.fonts.FontProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: one {@link PDType0Font} per face, loaded the first time a page uses the face (from a
 * parsed font borrowed from the {@link ParsedFontPool}) and
 * embedded as a subset when the document is saved (a CID TrueType font with Identity-H encoding, a
 * {@code ABCDEF+} name tag and a ToUnicode map that PDFBox builds from the glyphs used).
 */
final class DocumentFonts implements AutoCloseable {
    private final PDDocument document;
    private final FontProvider provider;
    private final Map<String, Loaded> loaded = new LinkedHashMap<>();

    record Loaded(FontFace face, TrueTypeFont parsed, PDType0Font font) {
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
            TrueTypeFont ttf = ParsedFontPool.borrow(face);
            l = new Loaded(face, ttf, PDType0Font.load(document, ttf, true));
            loaded.put(faceId, l);
        }
        return l;
    }

    /** Gives the parsed fonts back for the next document; call once the document is saved or abandoned. */
    @Override
    public void close() {
        for (Loaded l : loaded.values()) {
            ParsedFontPool.giveBack(l.face(), l.parsed());
        }
        loaded.clear();
    }

    List<String> faceIds() {
        return new ArrayList<>(loaded.keySet());
    }
}
