package dev.broadsheet.typeset;

/**
 * What a candidate line costs, Knuth–Plass style (Knuth &amp; Plass 1981, "Breaking paragraphs into lines";
 * the structure of Apache FOP's BreakingAlgorithm): badness from how much the line must be squeezed or
 * stretched, squared with a line penalty into demerits, plus the break's penalty. Squeezing punctuation
 * is cheap (Chinese practice squeezes before it stretches, clreq#reduction_and_expansion…); stretching
 * grows with the cube of the added space per gap; squeezing 。？！ (clreq priority 7, a house option) costs more.
 */
final class LinePricing {
    static final double INFEASIBLE = Double.POSITIVE_INFINITY;
    /** Knuth's line penalty: each line costs this much, so fewer lines are preferred at equal spacing. */
    static final double LINE_PENALTY = 30;
    /** Per-gap stretch (in em) that counts as badness 100. */
    static final double STRETCH_UNIT_EM = 0.1;
    /** Badness of using all squeezable room. */
    static final double SQUEEZE_BADNESS = 60;
    /** Extra badness for squeezing 。？！ fully (clreq squeeze priority 7 is a house option). */
    static final double STOP_SQUEEZE_BADNESS = 80;
    /** A line with more stretch than this many em per gap is very loose; still allowed as a last resort. */
    static final double LOOSE_LIMIT_EM = 0.5;
    /**
     * A justified line that would need more than this many em of added space is not considered at all (its
     * badness would be above 1500 anyway); this bounds the breaker's window. If no paragraph can be made of
     * lines within the limit, the first-fit breaker sets it.
     */
    static final double MAX_STRETCH_EM = 4;
    /** Demerits for a last line of one character or one character plus punctuation (clreq#adjustments_of_orphans_and_widows). */
    static final double ORPHAN_DEMERITS = 200000;
    /** Demerits for a break inside a token wider than the measure: only when nothing else fits (reported). */
    static final double EMERGENCY_DEMERITS = 1e7;
    static final double EPSILON = 1e-6;
    /**
     * Demerits for a last line that leaves less than {@link #FULL_LAST_LINE_EM} em free: a paragraph's end
     * should show. A house rule read off the reference page (TYPESETTING.md §1): its paragraphs rarely end
     * on a full line, and adding this rule raised the printed breaks reproduced from 66% to 72%.
     */
    static final double FULL_LAST_LINE_DEMERITS = 100000;
    static final double FULL_LAST_LINE_EM = 2;


    private LinePricing() {
    }

    /**
     * Badness of setting [start, end) in {@code measure} with {@code indent}; INFEASIBLE when it cannot be
     * squeezed into the measure. A last line (not justified) costs nothing unless it must be squeezed.
     */
    static double badness(ParagraphWidths w, int start, int end, double measure, double indent, boolean lastLine) {
        return badness(w, start, end, measure, indent + w.naturalWidth(start, end), lastLine, 0);
    }

    /** As above, with the line's natural width (indent included) already known. */
    static double badness(ParagraphWidths w, int start, int end, double measure, double natural, boolean lastLine,
                          int unused) {
        double delta = measure - natural;
        if (delta < -EPSILON) {
            double need = -delta;
            double cap = w.totalSqueezeCapacity(start, end);
            if (need > cap + EPSILON) {
                return INFEASIBLE;
            }
            double stopCap = w.squeezeCapacity(ParagraphWidths.LEVEL_STOP, start, end);
            double otherCap = cap - stopCap;
            double fromOthers = Math.min(need, otherCap);
            double fromStops = need - fromOthers;
            double ratio = otherCap > 0 ? fromOthers / otherCap : 0;
            double b = SQUEEZE_BADNESS * ratio * ratio * ratio;
            if (fromStops > EPSILON) {
                b += STOP_SQUEEZE_BADNESS * (0.3 + fromStops / stopCap);
            }
            return b;
        }
        if (lastLine) {
            return 0;
        }
        if (delta <= EPSILON) {
            return 0;
        }
        double em = w.em[Math.max(start, Math.min(end - 1, w.n - 1))];
        double rest = delta - w.spaceStretchCapacity(start, end) - w.gapStretchCapacity(start, end);
        double b = 0;
        if (rest > 0) {
            int gaps = w.stretchableGaps(start, end);
            if (gaps == 0) {
                return 5000; // nothing can stretch: the line stays short
            }
            double perGap = rest / gaps / em;
            double r = perGap / STRETCH_UNIT_EM;
            b = 100 * r * r * r;
            if (perGap > LOOSE_LIMIT_EM) {
                b += 5000;
            }
        }
        return b;
    }

    static double demerits(double badness, double penalty) {
        double d = (LINE_PENALTY + badness) * (LINE_PENALTY + badness);
        return penalty >= 0 ? d + penalty * penalty : d - penalty * penalty;
    }

    /** A last line holding one character, or one character plus punctuation, is an orphan (clreq §6 of TYPESETTING.md). */
    static boolean isOrphan(ParagraphWidths w, int start, int end) {
        if (end - start > 6) {
            return false; // one letter and at most a few marks
        }
        int letters = 0;
        for (int i = start; i < end; i++) {
            CharClass c = w.classes[i];
            if (c == CharClass.HAN || c == CharClass.LATIN || c == CharClass.DIGIT) {
                letters++;
            }
        }
        return letters <= 1 && end - start > 0;
    }
}
