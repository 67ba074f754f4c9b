package dev.broadsheet.typeset;

import java.util.Arrays;

/**
 * Line-by-line breaking, the shape the first-fit and fill-first breakers share: each line starts where the one
 * above ended and a breaker-specific rule says where it ends. Only the rule for a line's end differs between them
 * (how much squeezing a line may take in before the next character is pushed out).
 */
final class GreedyLines {

    /** Where a line that starts at {@code start} ends (a break position after {@code start}). */
    @FunctionalInterface
    interface LineEnd {
        /**
         * @param emergency the last-resort break positions inside tokens wider than the measure
         * @param indent    the first line's indent, 0 on the others
         */
        int end(boolean[] emergency, int start, double indent);
    }

    private GreedyLines() {
    }

    /** The paragraph's break positions (each line's end, the last one {@code w.n}). */
    static int[] breaks(ParagraphWidths w, BreakOpportunities o, double measure, double firstLineIndent, LineEnd lineEnd) {
        int n = w.n;
        if (n == 0) {
            return new int[] {0};
        }
        boolean[] emergency = EmergencyBreaks.find(w, o, measure, firstLineIndent);
        int[] buffer = new int[n + 1];
        int count = 0;
        for (int q = 0; q < n; q = buffer[count - 1]) {
            buffer[count++] = lineEnd.end(emergency, q, q == 0 ? firstLineIndent : 0);
        }
        return Arrays.copyOf(buffer, count);
    }
}
