package dev.broadsheet.model;

import java.util.List;

/**
 * A datelined part of a story. Most stories have one; a story may carry two reports under one headline,
 * each opening with its own 本报讯 (the reference page's lead story does).
 *
 * @param dateline null when the part has none
 */
public record StorySection(Dateline dateline, List<Paragraph> paragraphs) {
    public StorySection {
        paragraphs = Lists.copy(paragraphs);
    }
}
