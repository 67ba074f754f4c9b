package dev.broadsheet.importer;

import dev.broadsheet.model.HeadlineDeck;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the lines of a headline deck their roles: 引题 kicker, 主题 headline, 副题 subhead
 * (NEWSROOM.md "Headline deck"). The type sizes that tell them apart on paper are gone from extracted text,
 * so the roles are read from the words and the line lengths:
 * <ul>
 *   <li>Two lines of the same length that do not end in a colon are the two halves of one couplet headline
 *       (对仗标题, <code>抓住“三个全” / 密织“防护网”</code>); they are joined with a space, as a desk sets them.</li>
 *   <li>A first line that ends with a colon or with 的 leads into the next one: it is a kicker
 *       (<code>皇台街道：</code>, <code>庆华特钢公司的</code>).</li>
 *   <li>A short first line (at most {@value #SHORT_KICKER_EMS} ems) over a line at least half as long again is a
 *       kicker: a kicker is a short lead-in, while a main headline over a subhead is usually the shorter or
 *       the equal of the two.</li>
 *   <li>Otherwise the first line is the headline and the next the subhead; three lines are kicker,
 *       headline and subhead.</li>
 * </ul>
 * When a role is decided by length alone the import report asks for a look.
 */
final class DeckReader {
    private DeckReader() {
    }

    static final double SHORT_KICKER_EMS = 10;
    private static final int COUPLET_MAX_CHARS = 10;

    record Result(HeadlineDeck deck, boolean guessed) {
    }

    static Result read(List<String> rawLines) {
        List<String> lines = new ArrayList<>();
        for (String raw : rawLines) {
            String text = ExtractionSpaces.forHeading(raw);
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        lines = joinCouplets(lines);
        return switch (lines.size()) {
            case 0 -> new Result(HeadlineDeck.empty(), false);
            case 1 -> new Result(HeadlineDeck.of(null, lines.get(0), null), false);
            case 2 -> {
                boolean cue = leadsIn(lines.get(0));
                if (cue || isShortOverLong(lines.get(0), lines.get(1))) {
                    yield new Result(HeadlineDeck.of(lines.get(0), lines.get(1), null), !cue);
                }
                yield new Result(HeadlineDeck.of(null, lines.get(0), lines.get(1)), true);
            }
            case 3 -> new Result(HeadlineDeck.of(lines.get(0), lines.get(1), lines.get(2)), !leadsIn(lines.get(0)));
            default -> new Result(HeadlineDeck.of(lines.get(0), lines.get(1),
                    String.join(" ", lines.subList(2, lines.size()))), true);
        };
    }

    private static boolean leadsIn(String line) {
        return Punctuation.endsWith(line, '：') || Punctuation.endsWith(line, ':') || Punctuation.endsWith(line, '的')
                || line.endsWith("——");
    }

    private static boolean isShortOverLong(String first, String second) {
        double a = LineWidth.of(first).max();
        double b = LineWidth.of(second).max();
        return a <= SHORT_KICKER_EMS && b >= 1.5 * a;
    }

    private static List<String> joinCouplets(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i + 1 < lines.size() && isCouplet(line, lines.get(i + 1))) {
                out.add(line + " " + lines.get(i + 1));
                i++;
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean isCouplet(String a, String b) {
        int la = a.codePointCount(0, a.length());
        int lb = b.codePointCount(0, b.length());
        return la == lb && la <= COUPLET_MAX_CHARS && !leadsIn(a) && !a.contains(" ") && !b.contains(" ");
    }
}
