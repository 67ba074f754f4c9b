package dev.broadsheet.model;

import java.time.Instant;
import java.util.Objects;

/** One message in the thread under a proof mark. */
public record Reply(String author, Instant at, String text) {
    public Reply {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        text = text == null ? "" : text;
    }
}
