package dev.broadsheet.model;

/** What a paragraph is inside a story's body. */
public enum ParagraphKind {
    BODY,
    /** 插题: a crosshead between body paragraphs. */
    CROSSHEAD
}
