package dev.broadsheet.typeset;

import java.util.List;

/**
 * How a story fitted its frames.
 *
 * @param oversetCharacters characters that did not fit (the editor shows {@code +N 字})
 * @param oversetLines      lines they would take at the last frame's measure ({@code +N 行})
 * @param undersetLines     empty lines left at the end of the last frame
 * @param lastFrameId       the frame where the markers go, or null when the story is not placed
 * @param missingGlyphs     characters no font has (补字), in story order
 * @param brokenTokens      tokens wider than the measure that had to be broken (a last resort, reported)
 */
public record StoryReport(String storyId, int oversetCharacters, int oversetLines, int undersetLines,
                          String lastFrameId, List<MissingGlyph> missingGlyphs, List<String> brokenTokens) {
    public StoryReport {
        missingGlyphs = List.copyOf(missingGlyphs);
        brokenTokens = List.copyOf(brokenTokens);
    }

    public boolean isOverset() {
        return oversetCharacters > 0;
    }

    /** A character without a glyph: which one, and where in the story (section, paragraph, char offset). */
    public record MissingGlyph(int codePoint, int section, int paragraph, int offset) {
        public String character() {
            return new String(Character.toChars(codePoint));
        }
    }
}
