package dev.broadsheet.typeset;

/**
 * The plain line-by-line composer: each line takes as many characters as fit at natural width (kinsoku
 * push-out falls out of the break opportunities), squeezing only when nothing fits otherwise. Kept as the
 * baseline the fidelity test compares the total-fit breaker with, and as the fallback when a measure is
 * too narrow for any feasible paragraph.
 */
final class FirstFitLineBreaker implements LineBreaker {

    @Override
    public int[] breaks(ParagraphWidths w, BreakOpportunities o, double measure, double firstLineIndent) {
        return GreedyLines.breaks(w, o, measure, firstLineIndent, (emergency, q, indent) -> {
            int natural = -1;
            int squeezed = -1;
            int firstCandidate = -1;
            for (int p = q + 1; p <= w.n; p++) {
                if (!o.allowed[p] && !emergency[p]) {
                    continue;
                }
                if (firstCandidate < 0) {
                    firstCandidate = p;
                }
                double width = indent + w.naturalWidth(q, p);
                if (width <= measure + LinePricing.EPSILON) {
                    natural = p;
                } else if (width - w.totalSqueezeCapacity(q, p) <= measure + LinePricing.EPSILON) {
                    squeezed = p;
                } else {
                    break;
                }
            }
            return natural > 0 ? natural : squeezed > 0 ? squeezed : firstCandidate;
        });
    }
}
