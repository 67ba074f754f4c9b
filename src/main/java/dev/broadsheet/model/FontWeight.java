package dev.broadsheet.model;

public enum FontWeight {
    REGULAR,
    BOLD
}
