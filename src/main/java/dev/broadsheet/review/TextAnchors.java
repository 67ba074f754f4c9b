package dev.broadsheet.review;

import dev.broadsheet.model.Anchor.TextAnchor;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Story;
import java.util.Optional;

/** Making text anchors from a selection, and reading a story's paragraph by its anchor coordinates. */
public final class TextAnchors {

    /**
     * Characters of context kept on each side of a quote. Twelve Chinese characters are about a third of a
     * body line: enough to tell one occurrence of a common word from another, short enough that an edit a
     * few words away still leaves most of it intact.
     */
    public static final int CONTEXT_CHARS = 12;

    private TextAnchors() {
    }

    /**
     * An anchor on {@code [start, end)} of a paragraph of the issue's story (or, with section
     * {@link TextAnchor#DECK}, of its kicker, headline or subhead), with its quote and context.
     */
    public static TextAnchor of(Issue issue, String storyId, int section, int paragraph, int start, int end) {
        String text = paragraphText(issue, storyId, section, paragraph)
                .orElseThrow(() -> new IllegalArgumentException("no paragraph " + section + "/" + paragraph
                        + " in story " + storyId));
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("range [" + start + "," + end + ") is outside the paragraph (" + text.length() + " chars)");
        }
        String before = text.substring(Math.max(0, start - CONTEXT_CHARS), start);
        String after = text.substring(end, Math.min(text.length(), end + CONTEXT_CHARS));
        return new TextAnchor(storyId, section, paragraph, start, end, text.substring(start, end), before, after);
    }

    /** The text at anchor coordinates: a body paragraph, or a deck element for {@link TextAnchor#DECK}. */
    public static Optional<String> paragraphText(Issue issue, String storyId, int section, int paragraph) {
        if (section == TextAnchor.DECK) {
            return issue.story(storyId).flatMap(s -> deckText(s.deck(), paragraph));
        }
        return issue.story(storyId).flatMap(s -> paragraph(s, section, paragraph)).map(Paragraph::text);
    }

    static Optional<String> deckText(HeadlineDeck deck, int element) {
        return Optional.ofNullable(switch (element) {
            case TextAnchor.KICKER -> deck.kicker();
            case TextAnchor.HEADLINE -> deck.headline();
            case TextAnchor.SUBHEAD -> deck.subhead();
            default -> null;
        });
    }

    static HeadlineDeck withDeckText(HeadlineDeck deck, int element, String text) {
        return switch (element) {
            case TextAnchor.KICKER -> deck.withTexts(text, deck.headline(), deck.subhead());
            case TextAnchor.HEADLINE -> deck.withTexts(deck.kicker(), text, deck.subhead());
            case TextAnchor.SUBHEAD -> deck.withTexts(deck.kicker(), deck.headline(), text);
            default -> throw new IllegalArgumentException("no deck element " + element);
        };
    }

    static Optional<Paragraph> paragraph(Story story, int section, int paragraph) {
        if (section < 0 || section >= story.sections().size()) {
            return Optional.empty();
        }
        var paragraphs = story.sections().get(section).paragraphs();
        return paragraph < 0 || paragraph >= paragraphs.size() ? Optional.empty() : Optional.of(paragraphs.get(paragraph));
    }
}
