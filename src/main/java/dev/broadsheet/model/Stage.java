package dev.broadsheet.model;

/**
 * Workflow stages of a story or page (NEWSROOM.md "Proofreading and sign-off"): 三校两查, then 核红
 * and 签发 by the duty editor.
 */
public enum Stage {
    DRAFT("草稿"),
    EDITED("已编"),
    LAID_OUT("已排"),
    PROOF_1("一校"),
    PROOF_2("二校"),
    PROOF_3("三校"),
    /** 核红: every mark of a proof round checked as carried out. */
    CHECKED("核红"),
    /** 签发: signed off by the duty editor (值班总编); only then may the page go to print. */
    SIGNED_OFF("签发");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
