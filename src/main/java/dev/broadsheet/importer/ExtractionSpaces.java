package dev.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the spaces a PDF text extractor puts into Chinese text, keeping the spaces that are content.
 *
 * <p>Chinese body text has no word spaces: the space between an ideograph and a Western digit or letter is
 * the composer's job (clreq §3.2.1 "Mixed text composition", about a quarter em), never a typed character,
 * and a justified line's stretched spacing comes out of the extractor as spaces between single characters
 * (<code>死 角 、疫 情</code>). So in body text every space next to a CJK character is dropped, and spaces
 * between two Western characters (<code>New York</code>, <code>10 000</code>) are kept.
 *
 * <p>Headlines are not justified, and there a space is how a desk separates the two halves of a couplet
 * headline (<code>确保经济健康发展 激发创新创造活力</code>). In a heading a space is kept when the runs on
 * both sides each hold at least two CJK characters; a space next to a single character (letter-spacing) or
 * next to a Western run (<code>高新区 5 家</code>) is dropped, as in body text.
 */
final class ExtractionSpaces {
    private ExtractionSpaces() {
    }

    /** Body, caption and dateline text: drop every space that touches a CJK character, collapse the rest. */
    static String forBody(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (CharClass.of(cp) != CharClass.SPACE) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int j = i;
            while (j < n && CharClass.of(text.codePointAt(j)) == CharClass.SPACE) {
                j += Character.charCount(text.codePointAt(j));
            }
            if (out.length() > 0 && j < n) {
                int before = out.codePointBefore(out.length());
                int after = text.codePointAt(j);
                if (!CharClass.isCjk(before) && !CharClass.isCjk(after)) {
                    out.append(' ');
                }
            }
            i = j;
        }
        return out.toString();
    }

    /** Headline, kicker, subhead and photo title: keep spaces between runs of two or more CJK characters. */
    static String forHeading(String text) {
        List<String> runs = new ArrayList<>();
        for (String run : text.strip().split("[\\s\\u3000\\u00A0]+")) {
            if (!run.isEmpty()) {
                runs.add(run);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < runs.size(); k++) {
            String run = runs.get(k);
            if (k > 0) {
                String previous = runs.get(k - 1);
                if (cjkCount(previous) >= 2 && cjkCount(run) >= 2
                        && CharClass.isCjk(previous.codePointBefore(previous.length())) && CharClass.isCjk(run.codePointAt(0))) {
                    out.append(' ');
                } else if (!CharClass.isCjk(previous.codePointBefore(previous.length())) && !CharClass.isCjk(run.codePointAt(0))) {
                    out.append(' ');
                }
            }
            out.append(run);
        }
        return out.toString();
    }

    /** True when the text holds spaces between single characters: the mark of a line stretched to its measure. */
    static boolean isLetterSpaced(String text) {
        int runs = 0;
        int single = 0;
        int runLength = 0;
        int runFirst = 0;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (CharClass.of(cp) == CharClass.SPACE) {
                if (runLength > 0) {
                    runs++;
                    if (runLength == 1 && CharClass.isCjk(runFirst)) {
                        single++;
                    }
                }
                runLength = 0;
            } else {
                if (runLength == 0) {
                    runFirst = cp;
                }
                runLength++;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return runs >= 4 && single * 2 >= runs;
    }

    private static int cjkCount(String s) {
        return (int) s.codePoints().filter(CharClass::isCjk).count();
    }

    /** Non-space characters of a text, for accounting. */
    static String withoutSpaces(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().filter(cp -> CharClass.of(cp) != CharClass.SPACE).forEach(b::appendCodePoint);
        return b.toString();
    }
}
