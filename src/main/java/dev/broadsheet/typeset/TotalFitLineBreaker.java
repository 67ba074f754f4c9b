package dev.broadsheet.typeset;

import java.util.Arrays;

/**
 * Breaks a paragraph over its whole length (total fit): every break opportunity is a node, every feasible
 * line an edge priced by {@link LinePricing}, and the cheapest path from the first character to the last is
 * taken. This is the Knuth–Plass algorithm reduced to what Chinese text needs (every line is a run of
 * characters, so the active list is a sliding window bounded by the measure); its structure follows
 * Apache FOP's BreakingAlgorithm. It is why a line may leave room for one more character so that a later
 * line need not end on an orphan (TYPESETTING.md §1: the lead story's `制造装备产业集群入选第一批河南`).
 */
final class TotalFitLineBreaker implements LineBreaker {
    private final boolean keepParagraphEndVisible;
    private final boolean fullerLaterLines;

    /**
     * @param keepParagraphEndVisible whether a paragraph's last line must leave room (justified body text), see
     *                                {@link LinePricing#FULL_LAST_LINE_DEMERITS}
     * @param fullerLaterLines        between equally good breakings, take the one whose later lines are the
     *                                fuller (each line as long as a tie allows, counting from the end) rather
     *                                than the earlier ones; see {@link FillFirstLineBreaker}
     */
    TotalFitLineBreaker(boolean keepParagraphEndVisible, boolean fullerLaterLines) {
        this.keepParagraphEndVisible = keepParagraphEndVisible;
        this.fullerLaterLines = fullerLaterLines;
    }

    /** @param keepParagraphEndVisible see {@link #TotalFitLineBreaker(boolean, boolean)} */
    TotalFitLineBreaker(boolean keepParagraphEndVisible) {
        this(keepParagraphEndVisible, false);
    }

    TotalFitLineBreaker() {
        this(true);
    }

    @Override
    public LineBreaker forUnjustifiedText() {
        return keepParagraphEndVisible ? new TotalFitLineBreaker(false, fullerLaterLines) : this;
    }

    @Override
    public int[] breaks(ParagraphWidths w, BreakOpportunities o, double measure, double firstLineIndent) {
        int n = w.n;
        if (n == 0) {
            return new int[] {0};
        }
        boolean[] emergency = EmergencyBreaks.find(w, o, measure, firstLineIndent);
        double[] best = new double[n + 1];
        int[] previous = new int[n + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int p = 1; p <= n; p++) {
            if (!o.allowed[p] && !emergency[p]) {
                continue;
            }
            boolean last = p == n;
            double penalty = emergency[p] && !o.allowed[p] ? 0 : o.penalty[p];
            double extra = emergency[p] && !o.allowed[p] ? LinePricing.EMERGENCY_DEMERITS : 0;
            double loosest = measure - LinePricing.MAX_STRETCH_EM * w.em[p - 1];
            for (int q = p - 1; q >= 0; q--) {
                double indent = q == 0 ? firstLineIndent : 0;
                double natural = indent + w.naturalWidth(q, p);
                if (natural - w.totalSqueezeCapacity(q, p) > measure + LinePricing.EPSILON) {
                    break; // lines only get wider as they start earlier
                }
                if (!last && natural < loosest) {
                    continue; // far too loose to justify
                }
                if (best[q] == Double.POSITIVE_INFINITY || (!o.allowed[q] && !emergency[q])) {
                    continue;
                }
                double badness = LinePricing.badness(w, q, p, measure, natural, last, 0);
                if (badness == LinePricing.INFEASIBLE) {
                    continue;
                }
                double d = best[q] + LinePricing.demerits(badness, last ? 0 : penalty) + extra;
                if (last && q > 0 && LinePricing.isOrphan(w, q, p)) {
                    d += LinePricing.ORPHAN_DEMERITS;
                }
                if (last && keepParagraphEndVisible && q > 0
                        && natural > measure - LinePricing.FULL_LAST_LINE_EM * w.em[p - 1]) {
                    d += LinePricing.FULL_LAST_LINE_DEMERITS;
                }
                // q runs from p − 1 down, so on a tie the first found is the shortest line ending at p, the last
                // found the longest.
                if (d < best[p] || (fullerLaterLines && d == best[p])) {
                    best[p] = d;
                    previous[p] = q;
                }
            }
        }
        if (best[n] == Double.POSITIVE_INFINITY) {
            return new FirstFitLineBreaker().breaks(w, o, measure, firstLineIndent);
        }
        int count = 0;
        for (int p = n; p > 0; p = previous[p]) {
            count++;
        }
        int[] result = new int[count];
        for (int p = n, i = count - 1; p > 0; p = previous[p], i--) {
            result[i] = p;
        }
        return result;
    }
}
