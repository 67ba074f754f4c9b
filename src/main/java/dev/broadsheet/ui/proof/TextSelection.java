package dev.broadsheet.ui.proof;

import dev.broadsheet.model.Anchor;

/**
 * A stretch of a story's text the proofreader selected, in the coordinates of {@code PlacedItem.SourceSpan}:
 * section, paragraph in the section, and char offsets {@code [start, end)} in the paragraph's text. The headline
 * deck is section {@link Anchor.TextAnchor#DECK} (kicker, headline, subhead as paragraphs 0 to 2), as the composer
 * numbers its lines.
 */
public record TextSelection(String storyId, int section, int paragraph, int start, int end) {
    public TextSelection {
        if (storyId == null || storyId.isBlank()) {
            throw new IllegalArgumentException("a text selection needs a story");
        }
        if (section < Anchor.TextAnchor.DECK || paragraph < 0 || start < 0 || end < start
                || (section == Anchor.TextAnchor.DECK && paragraph > Anchor.TextAnchor.SUBHEAD)) {
            throw new IllegalArgumentException("bad selection: section " + section + ", paragraph " + paragraph
                    + ", [" + start + "," + end + ")");
        }
    }
}
