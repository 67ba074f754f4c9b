package dev.broadsheet.model;

import java.util.Objects;

/** A stretch of text with one inline style. */
public record Run(String text, RunStyle style) {
    public Run {
        Objects.requireNonNull(text, "text");
        if (style == null) {
            style = RunStyle.PLAIN;
        }
    }

    public static Run plain(String text) {
        return new Run(text, RunStyle.PLAIN);
    }
}
