package dev.broadsheet.edit;

import dev.broadsheet.model.CompositionSettings;
import dev.broadsheet.model.Issue;
import java.util.Objects;

/**
 * Sets the issue's house composition rules (punctuation mode, line-start/end prohibitions, Han–Latin gap,
 * first-line indent, digit width, line breaking); every story re-flows under them.
 */
public record SetCompositionSettingsCommand(CompositionSettings settings) implements EditCommand {

    public SetCompositionSettingsCommand {
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return "Set composition settings";
    }

    @Override
    public Issue apply(Issue issue) {
        return issue.withStyles(issue.styles().withComposition(settings));
    }
}
