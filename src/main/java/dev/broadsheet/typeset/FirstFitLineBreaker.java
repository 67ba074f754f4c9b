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
        int n = w.n;
        if (n == 0) {
            return new int[] {0};
        }
        boolean[] emergency = EmergencyBreaks.find(w, o, measure, firstLineIndent);
        int[] buffer = new int[n + 1];
        int count = 0;
        int q = 0;
        while (q < n) {
            double indent = q == 0 ? firstLineIndent : 0;
            int natural = -1;
            int squeezed = -1;
            int firstCandidate = -1;
            for (int p = q + 1; p <= n; p++) {
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
            int p = natural > 0 ? natural : squeezed > 0 ? squeezed : firstCandidate;
            buffer[count++] = p;
            q = p;
        }
        return java.util.Arrays.copyOf(buffer, count);
    }
}
