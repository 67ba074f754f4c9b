package dev.broadsheet.model;

/** How lines sit in their measure; body text is justified, its last line set flush left (clreq §4). */
public enum Alignment {
    JUSTIFY,
    LEFT,
    CENTER,
    RIGHT
}
