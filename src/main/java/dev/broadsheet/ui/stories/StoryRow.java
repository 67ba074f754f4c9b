package dev.broadsheet.ui.stories;

/**
 * One line of the story list: what the desk needs to see at a glance.
 *
 * @param characters 字数 as the desk counts it ({@code Story.characterCount()})
 * @param placed     whether any frame on any page holds the story's text
 * @param oversetCharacters characters that do not fit (0 when the story fits or is not placed)
 */
public record StoryRow(String storyId, String slug, String headline, String stage, int characters, boolean placed,
                       int oversetCharacters, int oversetLines, int undersetLines) {

    public boolean isOverset() {
        return oversetCharacters > 0;
    }
}
