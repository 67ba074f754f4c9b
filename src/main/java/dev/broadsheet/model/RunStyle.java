package dev.broadsheet.model;

/** Inline emphasis inside a paragraph. */
public enum RunStyle {
    PLAIN,
    /** Set in the bold of the paragraph's face (本报讯, a lead-in). */
    STRONG,
    /** Set in 楷体, the Chinese equivalent of italics. */
    KAI
}
