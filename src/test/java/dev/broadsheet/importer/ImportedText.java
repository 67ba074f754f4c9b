package dev.broadsheet.importer;

import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;

/**
 * Test helper: the text an import holds, written back in the order the input held it, with the role words
 * the structure stands for (本报讯 is the label itself; 记者, 通讯员, 摄) put back. For an extracted page a
 * story's deck follows its text, as the page printed it; for plain text it comes first.
 */
final class ImportedText {
    private ImportedText() {
    }

    static String inInputOrder(ImportResult result) {
        Issue issue = result.issue();
        StringBuilder b = new StringBuilder();
        boolean deckFirst = result.report().form() == SourceForm.PLAIN_TEXT;
        for (ImportedItem item : result.inputOrder()) {
            if (item instanceof ImportedItem.StoryItem s) {
                Story story = issue.story(s.storyId()).orElseThrow();
                if (deckFirst) {
                    deck(b, story.deck());
                }
                for (StorySection section : story.sections()) {
                    section(b, section);
                }
                if (!deckFirst) {
                    deck(b, story.deck());
                }
            } else if (item instanceof ImportedItem.PhotoItem p) {
                Photo photo = issue.photo(p.photoId()).orElseThrow();
                b.append(photo.caption());
                if (!photo.credit().isEmpty()) {
                    b.append(photo.credit()).append("摄");
                }
                b.append(photo.title());
            } else if (item instanceof ImportedItem.UnsortedItem u) {
                section(b, issue.story(u.storyId()).orElseThrow().sections().get(u.sectionIndex()));
            }
        }
        return ExtractionSpaces.withoutSpaces(b.toString());
    }

    private static void section(StringBuilder b, StorySection section) {
        Dateline d = section.dateline();
        if (d != null) {
            b.append(d.label()).append(d.creditText());
        }
        for (Paragraph p : section.paragraphs()) {
            b.append(p.text());
        }
    }

    private static void deck(StringBuilder b, HeadlineDeck deck) {
        for (String s : new String[] {deck.kicker(), deck.headline(), deck.subhead()}) {
            if (s != null) {
                b.append(s);
            }
        }
    }

    /** Every non-space character of the input, in order. */
    static String inputWithoutSpaces(String input) {
        return ExtractionSpaces.withoutSpaces(input.replace("\uFEFF", ""));
    }
}
