package dev.broadsheet.importer;

import dev.broadsheet.model.Dateline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a report (NEWSROOM.md "Bylines"): 本报讯（记者高轶鹏 通讯员王梦可）, a
 * local paper's 本报平顶山4月7日电, or wire copy such as 新华社北京5月1日电（记者张三）.
 *
 * <p>The role words 记者 and 通讯员 become structure: the names after them are split on spaces and
 * enumeration commas into {@link Dateline#reporters()} and {@link Dateline#correspondents()}. A parenthesis
 * whose roles are not these two (实习生, 本报记者 …) is left in the paragraph text untouched, so nothing is
 * lost; the report asks for a look.
 */
final class DatelineParser {
    private DatelineParser() {
    }

    private static final String SP = "[\\s\\u3000]*";
    /** The labels a report opens with. A dated 电 label is at most a place and a date long. */
    private static final String DATE = SP + "\\d{1,2}" + SP + "月" + SP + "\\d{1,2}" + SP + "日" + SP;
    /** A label's characters may come letter-spaced out of a stretched line (本 报 讯), so spaces may stand between them. */
    private static final String HAN = "(?:" + SP + "\\p{IsHan})";
    private static final Pattern LABEL = Pattern.compile("^" + SP + "(" + spaced("本报讯") + "|" + spaced("本报") + HAN + "{0,6}?"
            + DATE + "电|" + "(?:" + spaced("新华社") + "|" + spaced("中新社") + "|" + spaced("中新网") + "|" + spaced("人民网")
            + "|" + spaced("新华网") + "|" + spaced("央视网") + "|" + spaced("光明网") + ")" + HAN + "{0,8}?(?:" + DATE + "|" + SP + ")电)");
    private static final Pattern CREDIT = Pattern.compile("^" + SP + "[（(]([^（）()]{1,80})[）)]");
    private static final Pattern ROLE = Pattern.compile("记[\\s\\u3000]*者|通[\\s\\u3000]*讯[\\s\\u3000]*员");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{2,5}");

    /** A dateline at the start of a paragraph, and where in the raw text the paragraph's own text starts. */
    record Parsed(Dateline dateline, int textStart, boolean creditUnderstood) {
    }

    /** True when the line opens with a dateline label (本报讯, 新华社…电). */
    static boolean startsWithLabel(String raw) {
        return LABEL.matcher(raw).find();
    }

    static Optional<Parsed> parse(String raw) {
        Matcher label = LABEL.matcher(raw);
        if (!label.find()) {
            return Optional.empty();
        }
        String labelText = ExtractionSpaces.forBody(label.group(1));
        int end = label.end();
        Matcher credit = CREDIT.matcher(raw.substring(end));
        if (credit.find()) {
            Optional<Dateline> names = names(labelText, credit.group(1));
            if (names.isPresent()) {
                return Optional.of(new Parsed(names.get(), end + credit.end(), true));
            }
            return Optional.of(new Parsed(new Dateline(labelText, List.of(), List.of()), end, false));
        }
        return Optional.of(new Parsed(new Dateline(labelText, List.of(), List.of()), end, true));
    }

    private static String spaced(String word) {
        StringBuilder b = new StringBuilder();
        word.codePoints().forEach(cp -> {
            if (b.length() > 0) {
                b.append(SP);
            }
            b.appendCodePoint(cp);
        });
        return b.toString();
    }

    /**
     * The names in a credit, split on spaces and enumeration commas. No Chinese name has one character, so
     * single characters are a stretched line's letter-spacing: a run of them is one name (李 晓 洁 → 李晓洁;
     * 高轶鹏 禄 建 海 → 高轶鹏, 禄建海) and a lone one belongs to its neighbour (孙 立新 → 孙立新,
     * 赵妙 芳 → 赵妙芳, where a line break fell inside the name).
     */
    private static List<String> names(String segment) {
        List<String> parts = new ArrayList<>();
        for (String part : segment.strip().split("[\\s\\u3000]+")) {
            for (String p : part.split("[、，,]+")) {
                if (!p.isEmpty()) {
                    parts.add(p);
                }
            }
        }
        List<String> names = new ArrayList<>();
        String pending = "";
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (!isSingle(part)) {
                names.add(pending + part);
                pending = "";
                continue;
            }
            int j = i;
            StringBuilder run = new StringBuilder();
            while (j < parts.size() && isSingle(parts.get(j))) {
                run.append(parts.get(j));
                j++;
            }
            if (j - i >= 2) {
                names.add(pending + run);
                pending = "";
            } else if (!names.isEmpty() && pending.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + run);
            } else {
                pending = pending + run;
            }
            i = j - 1;
        }
        if (!pending.isEmpty()) {
            names.add(pending);
        }
        return names;
    }

    private static boolean isSingle(String part) {
        return part.codePointCount(0, part.length()) == 1;
    }

    private static Optional<Dateline> names(String label, String inside) {
        Matcher role = ROLE.matcher(inside);
        List<int[]> roles = new ArrayList<>();
        while (role.find()) {
            roles.add(new int[] {role.start(), role.end()});
        }
        if (roles.isEmpty() || !inside.substring(0, roles.get(0)[0]).isBlank()) {
            return Optional.empty();
        }
        List<String> reporters = new ArrayList<>();
        List<String> correspondents = new ArrayList<>();
        for (int k = 0; k < roles.size(); k++) {
            int[] r = roles.get(k);
            String word = ExtractionSpaces.withoutSpaces(inside.substring(r[0], r[1]));
            String segment = inside.substring(r[1], k + 1 < roles.size() ? roles.get(k + 1)[0] : inside.length());
            List<String> target = word.equals("记者") ? reporters : correspondents;
            if (!target.isEmpty()) {
                return Optional.empty();
            }
            for (String name : names(segment)) {
                if (!NAME.matcher(name).matches()) {
                    return Optional.empty();
                }
                target.add(name);
            }
        }
        return Optional.of(new Dateline(label, reporters, correspondents));
    }
}
