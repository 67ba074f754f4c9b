package dev.broadsheet.typeset;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.broadsheet.model.ProhibitionLevel;

/**
 * Where a paragraph may break, and at what cost: UAX #14 opportunities from ICU4J with the Chinese strict
 * tailoring ({@code zh@lb=strict}, ICU pinned to 77.1 in the pom: quote handling changed between Unicode
 * 15.1 and 16.0), narrowed by the line-start and line-end prohibitions ICU lacks
 * (clreq#prohibition_rules_for_line_start_end; TYPESETTING.md §2, §7), plus house penalties.
 *
 * <p>Position {@code p} is the break before code point {@code p}; 0 and {@code n} are the paragraph's ends.
 */
final class BreakOpportunities {
    /** Penalty for breaking between a number and a following Chinese unit (45万元, 4月7日): a house rule, not a ban (TYPESETTING.md §5). */
    static final double NUMBER_UNIT_PENALTY = 60;

    /** ICU's line iterators are costly to build; each use clones this prototype (clones are independent). */
    private static final BreakIterator PROTOTYPE = BreakIterator.getLineInstance(new ULocale("zh@lb=strict"));

    final int n;
    final boolean[] allowed;
    final double[] penalty;

    BreakOpportunities(StyledText text, CharClass[] classes, ProhibitionLevel level) {
        n = text.length;
        allowed = new boolean[n + 1];
        penalty = new double[n + 1];
        boolean[] icu = icuOpportunities(text);
        for (int p = 1; p < n; p++) {
            CharClass before = classes[p - 1];
            CharClass after = classes[p];
            allowed[p] = decide(text, classes, p, before, after, icu[p], level);
            if (allowed[p] && before == CharClass.DIGIT && after == CharClass.HAN) {
                penalty[p] = NUMBER_UNIT_PENALTY;
            }
        }
        allowed[0] = true;
        allowed[n] = true;
    }

    private static boolean[] icuOpportunities(StyledText text) {
        boolean[] result = new boolean[text.length + 1];
        if (text.length == 0) {
            return result;
        }
        BreakIterator it = (BreakIterator) PROTOTYPE.clone();
        it.setText(text.text);
        int cpIndex = 0;
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            while (cpIndex < text.length && text.offsets[cpIndex] < b) {
                cpIndex++;
            }
            if (cpIndex <= text.length && text.offsets[cpIndex] == b) {
                result[cpIndex] = true;
            }
        }
        return result;
    }

    private static boolean decide(StyledText text, CharClass[] classes, int p, CharClass before, CharClass after,
                                  boolean icu, ProhibitionLevel level) {
        // Never split ——, ⸺, ……, ⋯⋯: GB/T 15834-2011 §5.1.5 (at every level).
        if ((before == CharClass.DASH && after == CharClass.DASH)
                || (before == CharClass.ELLIPSIS && after == CharClass.ELLIPSIS)) {
            return false;
        }
        // A word space ends the line it breaks; it never starts one (UAX #14 LB7).
        if (after == CharClass.SPACE) {
            return false;
        }
        if (level == ProhibitionLevel.NONE) {
            // No prohibitions, but Western words and numbers stay whole (UAX #14 as ICU gives it).
            return icu || before == CharClass.SPACE || !(before.isWestern() && after.isWestern());
        }
        if (!icu && before != CharClass.SPACE) {
            return false;
        }
        // clreq#prohibition_rules_for_line_start_end, basic set: closing marks, 。，、：；！？, connectors,
        // interpuncts and solidi may not start a line; ICU allows breaks before connectors, interpuncts and
        // solidi, so they are added here (TYPESETTING.md §7).
        switch (after) {
            case CLOSING, PAUSE, STOP, INTERPUNCT, CONNECTOR, SOLIDUS:
                return false;
            case DASH:
                boolean twoEmDash = p + 1 < classes.length && classes[p + 1] == CharClass.DASH;
                if (!twoEmDash) {
                    return false; // a single dash is a connector
                }
                if (level == ProhibitionLevel.STRICT) {
                    return false; // strict: —— may not start a line
                }
                break;
            case ELLIPSIS:
                if (level == ProhibitionLevel.STRICT) {
                    return false; // strict: …… may not start a line
                }
                break;
            default:
                break;
        }
        // Opening marks may not end a line (basic); GB-style adds solidi.
        if (before == CharClass.OPENING) {
            return false;
        }
        if (before == CharClass.SOLIDUS && level != ProhibitionLevel.BASIC) {
            return false;
        }
        return true;
    }
}
