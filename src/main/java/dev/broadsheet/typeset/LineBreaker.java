package dev.broadsheet.typeset;

/** Chooses a paragraph's line breaks; returns the break positions (code point indices), ending with n. */
interface LineBreaker {
    int[] breaks(ParagraphWidths widths, BreakOpportunities opportunities, double measure, double firstLineIndent);
}
