package dev.broadsheet.typeset;

/** Receives what one composed line puts on the page. */
interface LineSink {
    void run(GlyphRun run);

    /** A character no face has (补字): index in the paragraph, its code point, where and how wide its cell is. */
    void missing(int index, int codePoint, double x, double width, double size);
}
