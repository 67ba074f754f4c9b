package dev.broadsheet.ui.proof;

import java.time.Instant;

/** The workflow stage of a page or a story, with who moved it there and when (null when never moved). */
public record StageRow(String what, String stage, String by, String role, Instant at) {
}
