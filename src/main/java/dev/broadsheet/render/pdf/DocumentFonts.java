package dev.broadsheet.render.pdf;

import dev.broadsheet.fonts.FontFace;
import dev.broadsheet.fonts.FontProvider;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: one {@link PDType0Font} per face, loaded the first time a page uses the face and
 * embedded as a subset when the document is saved (a CID TrueType font with Identity-H encoding, a
 * {@code ABCDEF+} name tag and a ToUnicode map that PDFBox builds from the glyphs used).
 */
final class DocumentFonts {
    private final PDDocument document;
    private final FontProvider provider;
    private final Map<String, Loaded> loaded = new LinkedHashMap<>();

    record Loaded(FontFace face, PDType0Font font) {
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
            try (InputStream in = face.openStream()) {
                l = new Loaded(face, PDType0Font.load(document, in, true));
            }
            loaded.put(faceId, l);
        }
        return l;
    }

    List<String> faceIds() {
        return new ArrayList<>(loaded.keySet());
    }
}
