package dev.broadsheet.typeset;

import dev.broadsheet.fonts.FontProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules every composed paragraph must keep (TYPESETTING.md §2, §5; GB/T 15834-2011 §5.1.5): checked on
 * the lines' texts in order, and on where each line's last glyph ends. Returns the violations found.
 */
final class LineChecks {
    private LineChecks() {
    }

    /** A line as the checks see it: its text, where its last glyph's set width ends, its measure, whether it is the paragraph's last. */
    record CheckedLine(String text, double setRight, double measureRight, boolean last) {
    }

    static List<String> violations(String paragraph, List<CheckedLine> lines, boolean justified) {
        List<String> problems = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            CheckedLine line = lines.get(i);
            String text = line.text();
            joined.append(text);
            if (text.isEmpty()) {
                problems.add("empty line " + i);
                continue;
            }
            int first = text.codePointAt(0);
            int last = text.codePointBefore(text.length());
            if (i > 0 && mayNotStart(text)) {
                problems.add("line " + i + " starts with " + new String(Character.toChars(first)) + ": " + text);
            }
            if (!line.last() && CharClass.of(last) == CharClass.OPENING) {
                problems.add("line " + i + " ends with an opening mark: " + text);
            }
            if (line.setRight() > line.measureRight() + 0.01) {
                problems.add("line " + i + " runs past its measure by " + (line.setRight() - line.measureRight()) + ": " + text);
            }
            // One character, or one unbreakable ——/……, has no gap to justify with.
            boolean oneCharacter = text.strip().codePointCount(0, text.strip().length()) <= 1
                    || text.strip().matches("[—⸺]+|[…⋯]+");
            if (justified && !line.last() && !oneCharacter && Math.abs(line.setRight() - line.measureRight()) > 0.01) {
                problems.add("line " + i + " does not fill its measure (" + (line.measureRight() - line.setRight())
                        + " pt short): " + text);
            }
            if (i + 1 < lines.size() && !lines.get(i + 1).text().isEmpty()) {
                int next = lines.get(i + 1).text().codePointAt(0);
                CharClass a = CharClass.of(last);
                CharClass b = CharClass.of(next);
                if ((a == CharClass.DIGIT || a == CharClass.WESTERN_SIGN) && (b == CharClass.DIGIT || b == CharClass.WESTERN_SIGN)
                        || (a == CharClass.DIGIT && b == CharClass.LATIN) || (a == CharClass.LATIN && b == CharClass.LATIN)) {
                    problems.add("a number or word split after line " + i + ": " + text + " / " + lines.get(i + 1).text());
                }
                if ((a == CharClass.DASH && b == CharClass.DASH) || (a == CharClass.ELLIPSIS && b == CharClass.ELLIPSIS)) {
                    problems.add("——/…… split after line " + i + ": " + text);
                }
            }
        }
        if (!joined.toString().equals(paragraph)) {
            problems.add("characters lost or duplicated:\n  in:  " + paragraph + "\n  out: " + joined);
        }
        return problems;
    }

    /** The basic prohibitions of clreq#prohibition_rules_for_line_start_end, line start. */
    static boolean mayNotStart(String line) {
        int first = line.codePointAt(0);
        CharClass c = CharClass.of(first);
        return switch (c) {
            case CLOSING, PAUSE, STOP, INTERPUNCT, CONNECTOR, SOLIDUS -> true;
            case DASH -> line.length() < 2 || CharClass.of(line.codePointAt(1)) != CharClass.DASH;
            default -> false;
        };
    }

    /** The checked lines of a composed paragraph. */
    static List<CheckedLine> of(ParagraphComposer.ComposedParagraph composed, double measure) {
        List<CheckedLine> lines = new ArrayList<>();
        var all = composed.lines();
        for (int i = 0; i < all.size(); i++) {
            var line = all.get(i);
            lines.add(new CheckedLine(composed.text().substring(line.start(), line.end()), line.width(), measure,
                    i == all.size() - 1));
        }
        return lines;
    }

    /**
     * Where a placed line's set width ends: its last glyph's x plus the glyph's set width (a full-width closing
     * mark at the line's end is set ½ em, GB/T 15834 §5.1.10; a word space takes nothing).
     */
    static double setRight(PlacedItem.PlacedLine line, FontProvider fonts) {
        GlyphRun run = line.runs().get(line.runs().size() - 1);
        String text = run.text();
        int cp = text.codePointBefore(text.length());
        double x = run.xAt(run.length() - 1);
        double advance = fonts.byId(run.faceId()).orElseThrow().advance(cp) * run.size();
        CharClass c = CharClass.of(cp);
        if (c == CharClass.SPACE) {
            return x;
        }
        if (c.hasTrailingBlank() && advance >= 0.9 * run.size()) {
            return x + advance / 2;
        }
        if (cp >= '0' && cp <= '9' && advance > run.size() / 2) {
            // Half-width digits (house default): the glyph is centred on a ½ em slot, whose right edge counts.
            return x + (advance + run.size() / 2) / 2;
        }
        return x + advance;
    }
}
