package dev.broadsheet.typeset;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every page of an issue composed, with a report per story (overset, underset, missing glyphs). */
public record LaidOutIssue(List<LaidOutPage> pages, Map<String, StoryReport> reports) {
    public LaidOutIssue {
        pages = List.copyOf(pages);
        reports = Map.copyOf(reports);
    }

    public Optional<LaidOutPage> page(int number) {
        return pages.stream().filter(p -> p.pageNumber() == number).findFirst();
    }
}
