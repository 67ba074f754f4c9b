package dev.broadsheet.typeset;

/**
 * Breaks inside a token wider than the measure (a long Latin word or number, or a chunk the prohibitions
 * glue together): allowed only there, as a last resort, and reported by the composer (TYPESETTING.md §5:
 * numbers and words are never split — unless they cannot fit at all).
 */
final class EmergencyBreaks {
    private EmergencyBreaks() {
    }

    static boolean[] find(ParagraphWidths w, BreakOpportunities o, double measure, double firstLineIndent) {
        int n = w.n;
        boolean[] emergency = new boolean[n + 1];
        int start = 0;
        for (int p = 1; p <= n; p++) {
            if (!o.allowed[p]) {
                continue;
            }
            double indent = start == 0 ? firstLineIndent : 0;
            double minWidth = indent + w.naturalWidth(start, p) - w.totalSqueezeCapacity(start, p);
            if (minWidth > measure + LinePricing.EPSILON && p - start > 1) {
                for (int k = start + 1; k < p; k++) {
                    CharClass a = w.classes[k - 1];
                    CharClass b = w.classes[k];
                    boolean neverSplit = (a == CharClass.DASH && b == CharClass.DASH)
                            || (a == CharClass.ELLIPSIS && b == CharClass.ELLIPSIS) || b == CharClass.SPACE;
                    emergency[k] = !neverSplit;
                }
            }
            start = p;
        }
        return emergency;
    }
}
