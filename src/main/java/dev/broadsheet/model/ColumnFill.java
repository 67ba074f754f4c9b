package dev.broadsheet.model;

/** How text fills the columns of a multi-column frame. */
public enum ColumnFill {
    /** Fill each column to the bottom before the next. */
    SEQUENTIAL,
    /** Balance the columns so that they end at about the same depth. */
    BALANCED
}
