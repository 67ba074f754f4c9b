package dev.broadsheet.model;

/** Rules between stories (NEWSROOM.md "Rules"). */
public enum RuleStyle {
    /** 正线: a thin plain rule. */
    PLAIN,
    /** 反线: a heavy rule. */
    HEAVY,
    /** 双线. */
    DOUBLE,
    /** 点线. */
    DOTTED,
    /** 花线: decorative. */
    DECORATIVE
}
