package dev.broadsheet.model;

/** Line-start and line-end prohibition levels (禁则), clreq#prohibition_rules_for_line_start_end. */
public enum ProhibitionLevel {
    NONE,
    /** The default: closing marks and connectors never start a line, opening marks never end one. */
    BASIC,
    /** As basic, and solidi may not end a line either. */
    GB,
    /** As GB, and ——, …… may not start a line. */
    STRICT
}
