package dev.broadsheet.importer;

/** What the importer made of one part of the input, in the input's order (the report and tests follow it). */
public sealed interface ImportedItem {

    record StoryItem(String storyId) implements ImportedItem {
    }

    record PhotoItem(String photoId) implements ImportedItem {
    }

    /** A stretch of unplaced text: section {@code sectionIndex} of the unsorted story. */
    record UnsortedItem(String storyId, int sectionIndex) implements ImportedItem {
    }
}
