package dev.broadsheet.ui.stories;

/**
 * One line of the story list: what the desk needs to see at a glance.
 *
 * @param characters 字数 as the desk counts it ({@code Story.characterCount()})
 * @param placed     whether any frame on any page holds the story's text
 * @param oversetCharacters characters that do not fit (0 when the story fits or is not placed)
 * @param openMarks  proofreaders' marks on the story's text not yet dealt with (from every review)
 */
public record StoryRow(String storyId, String slug, String headline, String stage, int characters, boolean placed,
                       int oversetCharacters, int oversetLines, int undersetLines, int openMarks) {

    /** A row with no open marks. */
    public StoryRow(String storyId, String slug, String headline, String stage, int characters, boolean placed,
                    int oversetCharacters, int oversetLines, int undersetLines) {
        this(storyId, slug, headline, stage, characters, placed, oversetCharacters, oversetLines, undersetLines, 0);
    }

    public boolean isOverset() {
        return oversetCharacters > 0;
    }
}
