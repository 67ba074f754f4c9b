package dev.broadsheet.typeset;


/**
 * Fill first, the way Founder-style newspaper systems set running text and the way the reference page was
 * set (TYPESETTING.md §1): each line takes as many characters as fit once its punctuation, word spaces and
 * Han–Western gaps are squeezed to their clreq limits — "先挤进，后推出", squeeze in before pushing out
 * (TYPESETTING.md §2; clreq#prohibition_rules_for_line_start_end) — and {@link ParagraphComposer} then
 * justifies it squeeze-before-stretch. 。？！ are not squeezed to gain a character: their squeeze is clreq's
 * last, optional priority (7) and the reference page never does it (see
 * {@link ParagraphWidths#fillSqueezeCapacity}); only a line that fits no other way uses it.
 *
 * <p>Three corrections follow the fill:
 * <ul>
 *   <li>a number and the Chinese unit after it (45万元, 4月7日) are kept together when moving the number to the
 *   next line leaves at most {@link #NUMBER_UNIT_SLACK_EM} em of added space (TYPESETTING.md §5: a house
 *   penalty, not a ban; the reference page splits 3|月 and 2022|年 where keeping them costs more);</li>
 *   <li>a last line that is an orphan (one character, or one character and its marks) takes a character from
 *   the line above (clreq#adjustments_of_orphans_and_widows);</li>
 *   <li>in justified text, a paragraph whose last line would come within {@link LinePricing#FULL_LAST_LINE_EM}
 *   em of the measure, so that its end does not show, is broken again over its whole length by the
 *   {@link TotalFitLineBreaker}, which weighs that against spacing (a house rule read off the reference page,
 *   TYPESETTING.md §1: its compositor set such paragraphs a line longer; the lead story's second paragraph
 *   is one). Where several breakings are equally good the one with the fuller later lines is taken, as the
 *   page does: its lead story's ninth paragraph takes the extra line's characters from its first nine lines
 *   and keeps the last three full. Over the reference page this raises the printed breaks reproduced at the
 *   structure's measures from 67.8% to 77.8%, and at the printed measures from 92.1% to 92.5%.</li>
 * </ul>
 */
final class FillFirstLineBreaker implements LineBreaker {
    /**
     * Added space (in em) a line may take so that a number moves down with its Chinese unit: a light penalty. A
     * half-em digit after a mark (，4月) qualifies; a digit after a Han character with its ¼ em gap (¾ em) does
     * not, because the reference page splits 今年3|月 and 下达2022|年 rather than leave that much space (with a
     * limit of 1 em, S4 loses 5 of its 34 printed breaks).
     */
    static final double NUMBER_UNIT_SLACK_EM = 0.5;

    private static final TotalFitLineBreaker WHOLE_PARAGRAPH = new TotalFitLineBreaker(true, true);
    private final boolean keepParagraphEndVisible;

    /** @param keepParagraphEndVisible whether a paragraph's end must show (justified body text) */
    FillFirstLineBreaker(boolean keepParagraphEndVisible) {
        this.keepParagraphEndVisible = keepParagraphEndVisible;
    }

    FillFirstLineBreaker() {
        this(true);
    }

    @Override
    public LineBreaker forUnjustifiedText() {
        return keepParagraphEndVisible ? new FillFirstLineBreaker(false) : this;
    }

    @Override
    public int[] breaks(ParagraphWidths w, BreakOpportunities o, double measure, double firstLineIndent) {
        int[] breaks = GreedyLines.breaks(w, o, measure, firstLineIndent,
                (emergency, q, indent) -> fill(w, o, emergency, q, measure, indent));
        int n = w.n;
        int count = breaks.length;
        if (n == 0) {
            return breaks;
        }
        avoidOrphan(w, o, breaks, measure);
        if (keepParagraphEndVisible && count > 1
                && w.naturalWidth(breaks[count - 2], n) > measure - LinePricing.FULL_LAST_LINE_EM * w.em[n - 1]) {
            return WHOLE_PARAGRAPH.breaks(w, o, measure, firstLineIndent);
        }
        return breaks;
    }

    private static boolean candidate(BreakOpportunities o, boolean[] emergency, int p) {
        return o.allowed[p] || emergency[p];
    }

    /** The end of the line that starts at {@code q}: the last opportunity that fits, squeezed as fill first allows. */
    private static int fill(ParagraphWidths w, BreakOpportunities o, boolean[] emergency, int q, double measure,
                            double indent) {
        int filled = -1;
        int withStops = -1;
        int firstCandidate = -1;
        for (int p = q + 1; p <= w.n; p++) {
            if (!candidate(o, emergency, p)) {
                continue;
            }
            if (firstCandidate < 0) {
                firstCandidate = p;
            }
            double width = indent + w.naturalWidth(q, p);
            if (width - w.fillSqueezeCapacity(q, p) <= measure + LinePricing.EPSILON) {
                filled = p;
            } else if (width - w.totalSqueezeCapacity(q, p) <= measure + LinePricing.EPSILON) {
                withStops = p;
            } else {
                break; // lines only get wider as they grow
            }
        }
        if (filled < 0) {
            return withStops > 0 ? withStops : firstCandidate;
        }
        return keepNumberWithUnit(w, o, emergency, q, filled, measure, indent);
    }

    /**
     * If the line would end between a number and its Chinese unit (a penalised break), ends it before the number
     * instead when that costs at most {@link #NUMBER_UNIT_SLACK_EM} em of added space.
     */
    private static int keepNumberWithUnit(ParagraphWidths w, BreakOpportunities o, boolean[] emergency, int q, int p,
                                          double measure, double indent) {
        if (p >= w.n || o.penalty[p] <= 0) {
            return p;
        }
        for (int earlier = p - 1; earlier > q; earlier--) {
            if (!candidate(o, emergency, earlier)) {
                continue;
            }
            if (o.penalty[earlier] > 0) {
                return p; // no clean break nearby
            }
            double slack = measure - (indent + w.naturalWidth(q, earlier));
            return slack <= NUMBER_UNIT_SLACK_EM * w.em[earlier - 1] + LinePricing.EPSILON ? earlier : p;
        }
        return p;
    }

    /**
     * A last line that is an orphan takes the last character (with what may not be parted from it) of the line
     * above, if that line keeps at least one break opportunity and the new last line fits.
     */
    private static void avoidOrphan(ParagraphWidths w, BreakOpportunities o, int[] breaks, double measure) {
        int k = breaks.length;
        if (k < 2) {
            return;
        }
        int lastStart = breaks[k - 2];
        if (!LinePricing.isOrphan(w, lastStart, w.n)) {
            return;
        }
        int previousStart = k > 2 ? breaks[k - 3] : 0;
        for (int p = lastStart - 1; p > previousStart; p--) {
            if (!o.allowed[p]) {
                continue;
            }
            if (w.naturalWidth(p, w.n) - w.totalSqueezeCapacity(p, w.n) <= measure + LinePricing.EPSILON) {
                breaks[k - 2] = p;
            }
            return;
        }
    }
}
