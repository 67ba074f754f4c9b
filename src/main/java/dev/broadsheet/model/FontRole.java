package dev.broadsheet.model;

/**
 * The typeface roles of a Chinese newspaper (NEWSROOM.md "Pages": 主题 usually 黑体 or 标宋, decks
 * often 楷体 or 宋体, body 宋体). Each role is served by a bundled face; the model names roles, never
 * font files.
 */
public enum FontRole {
    /** 宋体 (Song/Ming): body text. */
    SERIF,
    /** 黑体 (Hei): headlines, the interface. */
    SANS,
    /** 楷体 (Kai): decks, captions, bylines. */
    KAI
}
