package dev.broadsheet.model;

import java.util.List;

/** A byline set on a line of its own (本报记者 张三 李四), as opposed to a {@link Dateline} run into the text. */
public record Byline(String label, List<String> names) {
    public Byline {
        label = label == null ? "" : label;
        names = Lists.copy(names);
    }

    public String text() {
        return (label.isEmpty() ? "" : label + " ") + String.join(" ", names);
    }
}
