package dev.broadsheet.model;

import java.util.Objects;

/** Page margins around the type area (版心). */
public record Margins(Length top, Length bottom, Length inside, Length outside) {
    public Margins {
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(bottom, "bottom");
        Objects.requireNonNull(inside, "inside");
        Objects.requireNonNull(outside, "outside");
    }
}
