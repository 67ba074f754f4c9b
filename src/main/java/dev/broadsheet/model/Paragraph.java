package dev.broadsheet.model;

import java.util.List;
import java.util.stream.Collectors;

/** A paragraph of styled runs. */
public record Paragraph(ParagraphKind kind, List<Run> runs) {
    public Paragraph {
        runs = Lists.copy(runs);
        if (kind == null) {
            kind = ParagraphKind.BODY;
        }
    }

    public static Paragraph of(String text) {
        return new Paragraph(ParagraphKind.BODY, List.of(Run.plain(text)));
    }

    /** The paragraph's characters without styling. */
    public String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }
}
