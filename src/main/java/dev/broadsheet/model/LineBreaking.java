package dev.broadsheet.model;

/** How the composer chooses a paragraph's line breaks (TYPESETTING.md §1, §2). */
public enum LineBreaking {
    /**
     * Fill first, as Founder-style newspaper systems set text and as the reference page was set: each line
     * takes as many characters as fit once punctuation and Han–Western gaps are squeezed to their clreq
     * limits ("先挤进，后推出", squeeze in before pushing out), then it is justified; a last line that
     * would be an orphan takes a character from the line above.
     */
    FILL_FIRST,
    /**
     * Total fit (Knuth–Plass): breaks chosen over the whole paragraph, trading squeeze, stretch, orphans and a
     * full last line against each other; evener spacing, but further from how Chinese newspapers are set.
     */
    TOTAL_FIT
}
