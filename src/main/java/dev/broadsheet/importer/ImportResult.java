package dev.broadsheet.importer;

import dev.broadsheet.model.Issue;
import java.util.List;
import java.util.Objects;

/**
 * An import: the issue it made (one broadsheet page with the stories and photos placed, the unsorted story
 * unplaced), the report for the desk, and the order in which the input held the items.
 */
public record ImportResult(Issue issue, ImportReport report, List<ImportedItem> inputOrder) {
    public ImportResult {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(report, "report");
        inputOrder = List.copyOf(inputOrder);
    }
}
