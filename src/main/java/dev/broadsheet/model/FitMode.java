package dev.broadsheet.model;

/** Whether a headline keeps its size or shrinks until it fits its width on one line. */
public enum FitMode {
    KEEP_SIZE,
    SHRINK_TO_FIT
}
