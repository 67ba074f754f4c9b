package dev.broadsheet.ui.proof;

/**
 * A stretch of a story's body text the proofreader selected, in the coordinates of {@code PlacedItem.SourceSpan}:
 * section, paragraph in the section, and char offsets {@code [start, end)} in the paragraph's text.
 */
public record TextSelection(String storyId, int section, int paragraph, int start, int end) {
    public TextSelection {
        if (storyId == null || storyId.isBlank()) {
            throw new IllegalArgumentException("a text selection needs a story");
        }
        if (section < 0 || paragraph < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad selection: section " + section + ", paragraph " + paragraph
                    + ", [" + start + "," + end + ")");
        }
    }
}
