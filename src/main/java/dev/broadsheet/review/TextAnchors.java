package dev.broadsheet.review;

import dev.broadsheet.model.Anchor.TextAnchor;
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

    /** An anchor on {@code [start, end)} of a paragraph of the issue's story, with its quote and context. */
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

    public static Optional<String> paragraphText(Issue issue, String storyId, int section, int paragraph) {
        return issue.story(storyId).flatMap(s -> paragraph(s, section, paragraph)).map(Paragraph::text);
    }

    static Optional<Paragraph> paragraph(Story story, int section, int paragraph) {
        if (section < 0 || section >= story.sections().size()) {
            return Optional.empty();
        }
        var paragraphs = story.sections().get(section).paragraphs();
        return paragraph < 0 || paragraph >= paragraphs.size() ? Optional.empty() : Optional.of(paragraphs.get(paragraph));
    }
}
