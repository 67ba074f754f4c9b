package dev.broadsheet.model;

import java.util.List;
import java.util.Objects;

/**
 * A story: its headline deck, optional stand-alone byline, and one or more datelined sections of paragraphs.
 *
 * @param slug the desk's short working name (稿件名), shown in the story list
 */
public record Story(String id, String slug, Status status, HeadlineDeck deck, Byline byline,
                    List<StorySection> sections) {
    public Story {
        Objects.requireNonNull(id, "id");
        slug = slug == null ? "" : slug;
        if (status == null) {
            status = Status.draft();
        }
        if (deck == null) {
            deck = HeadlineDeck.empty();
        }
        sections = Lists.copy(sections);
    }

    public List<Paragraph> paragraphs() {
        return sections.stream().flatMap(s -> s.paragraphs().stream()).toList();
    }

    /**
     * 字数: the count a desk uses to fit copy — every character of the body except white space, the dateline
     * included, as a newsroom counts 字.
     */
    public int characterCount() {
        int count = 0;
        for (StorySection section : sections) {
            if (section.dateline() != null) {
                count += countNonSpace(section.dateline().label() + section.dateline().creditText());
            }
            for (Paragraph p : section.paragraphs()) {
                count += countNonSpace(p.text());
            }
        }
        return count;
    }

    public Story withDeck(HeadlineDeck newDeck) {
        return new Story(id, slug, status, newDeck, byline, sections);
    }

    public Story withSections(List<StorySection> newSections) {
        return new Story(id, slug, status, deck, byline, newSections);
    }

    public Story withStatus(Status newStatus) {
        return new Story(id, slug, newStatus, deck, byline, sections);
    }

    private static int countNonSpace(String s) {
        return (int) s.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0x3000).count();
    }
}
