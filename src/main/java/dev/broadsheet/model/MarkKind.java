package dev.broadsheet.model;

/**
 * What a proof mark asks for: a plain comment, or one of the corrections of GB/T 14706 (校对符号及其用法),
 * as listed in NEWSROOM.md "Proofreading and sign-off".
 */
public enum MarkKind {
    /** A remark or question; asks for no particular change. */
    COMMENT("批注", false),
    /** 改正: replace the marked text by the mark's replacement. */
    REPLACE("改正", true),
    /** 删除: delete the marked text. */
    DELETE("删除", true),
    /** 增补: insert the replacement text after the marked text (at the point, when nothing is marked). */
    INSERT("增补", true),
    /** 对调: exchange the two pieces of the marked text that meet at the mark's pivot. */
    SWAP("对调", true),
    /** 接排: run the marked paragraph on into the next one (join them). */
    RUN_ON("接排", true),
    /** 另起: start a new paragraph where the mark begins. */
    NEW_PARAGRAPH("另起", true),
    /** 保留 (stet): keep the text as it was; cancels a deletion or change someone marked. */
    STET("保留", false);

    private final String label;
    private final boolean changesText;

    MarkKind(String label, boolean changesText) {
        this.label = label;
        this.changesText = changesText;
    }

    /** The Chinese name used on the desk (改正, 删除 …). */
    public String label() {
        return label;
    }

    /** Whether accepting the mark edits the story's text (comments and stet do not). */
    public boolean changesText() {
        return changesText;
    }
}
