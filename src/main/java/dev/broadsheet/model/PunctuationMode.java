package dev.broadsheet.model;

/**
 * Punctuation width modes of Chinese layout software (TYPESETTING.md §3; Founder's mode names).
 */
public enum PunctuationMode {
    /** 全身: every mark takes one em. */
    FULL_WIDTH,
    /** 开明: 。？！ one em, the other marks half an em; the reference page was set this way. */
    KAIMING,
    /** 半身: every mark takes half an em. */
    HALF_WIDTH,
    /** 居中: marks centred in their em (Taiwan / Hong Kong style). */
    CENTERED
}
