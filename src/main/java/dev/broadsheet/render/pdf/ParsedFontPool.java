package dev.broadsheet.render.pdf;

import dev.broadsheet.fonts.FontFace;
import java.io.IOException;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Parsed TrueType fonts kept between exports. Parsing a 3 MB CJK face costs several milliseconds, a third of
 * a page's export; a face parsed once serves every later document.
 *
 * <p>fontbox's {@code TrueTypeFont} is not safe for two threads at once, so a parsed font is lent to one
 * document at a time and given back when the document is done; two exports running together parse a second
 * copy. Reuse after PDFBox's subsetter "closes" the font is safe: a font parsed from a {@code RandomAccessRead}
 * holds its own copy of the bytes and its close does nothing (fontbox 3.0 {@code RandomAccessReadDataStream}).
 */
final class ParsedFontPool {
    /** At most this many idle copies per face (two exports at once is already unusual). */
    private static final int IDLE_PER_FACE = 2;
    private static final Map<FontFace, Queue<TrueTypeFont>> IDLE = new ConcurrentHashMap<>();

    private ParsedFontPool() {
    }

    static TrueTypeFont borrow(FontFace face) throws IOException {
        TrueTypeFont font = IDLE.computeIfAbsent(face, f -> new ConcurrentLinkedQueue<>()).poll();
        if (font != null) {
            return font;
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(face.openStream()));
    }

    static void giveBack(FontFace face, TrueTypeFont font) {
        Queue<TrueTypeFont> idle = IDLE.computeIfAbsent(face, f -> new ConcurrentLinkedQueue<>());
        if (idle.size() < IDLE_PER_FACE) {
            idle.add(font);
        }
    }
}
