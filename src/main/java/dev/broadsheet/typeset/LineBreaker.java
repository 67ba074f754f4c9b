package dev.broadsheet.typeset;

/** Chooses a paragraph's line breaks; returns the break positions (code point indices), ending with n. */
interface LineBreaker {
    int[] breaks(ParagraphWidths widths, BreakOpportunities opportunities, double measure, double firstLineIndent);

    /** The same breaker for text that is not justified (headlines, ragged captions): no paragraph-end rule. */
    default LineBreaker forUnjustifiedText() {
        return this;
    }
}
