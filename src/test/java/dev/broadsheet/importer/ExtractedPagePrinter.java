package dev.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Test helper: invents a page of stories and photos and prints it the way a PDF extractor gives the reference
 * page back — one printed line per line with blank lines between, paragraphs set at a column measure with a
 * two-em indent and punctuation squeezed in at line ends, each story's deck after its text, captions with
 * their credit and title, spaces between digits and Chinese and inside stretched lines, and sometimes the last
 * headline glued to the first caption. The decks follow the conventions the importer documents (a kicker
 * ends with a colon or 的, or is short over a longer headline; couplet halves are equal).
 */
final class ExtractedPagePrinter {

    record Section(String label, List<String> reporters, List<String> correspondents, List<String> paragraphs) {
    }

    record Story(String kicker, String headline, String subhead, boolean coupletOnTwoLines, double measure,
                 List<Section> sections) {
    }

    record Photo(String title, String credit, List<String> captionParagraphs, double measure) {
    }

    record Page(List<Story> stories, List<Photo> photos, boolean glueLastHeadline, String text) {
    }

    private static final String[] WORDS = {"高新区", "经济", "发展", "疫情", "防控", "工作", "会议", "企业", "服务", "创新",
            "项目", "建设", "社区", "街道", "群众", "干部", "党员", "宣传", "管理", "部门", "落实", "推进", "提升", "能力",
            "政策", "制度", "检查", "安全", "生产", "环境", "整治", "乡村", "科技", "人员", "车辆", "登记", "任务", "质量",
            "全面", "持续", "积极", "有效", "进一步", "加强", "深入", "开展", "组织", "召开", "研究", "部署", "要求", "强调",
            "指出", "目标", "机制", "平台", "资金", "支持", "市场", "产业", "园区", "职工", "记录", "检测", "志愿者",
            "小分队", "明示牌", "负责人", "工作人员", "常态化", "高质量", "一季度", "开门红", "示范", "责任"};
    private static final String[] NAMES = {"高轶鹏", "王梦可", "卫群峰", "刘黎皓", "赵妙芳", "张文峰", "李晓洁", "何军慧",
            "禄建海", "韩照海", "陈静", "周明", "孙立新", "马超", "吴小燕", "郑伟"};
    private static final String[] PLACES = {"皇台街道", "遵化店镇", "经济发展局", "科技创新局", "电气装备产业园", "焦店镇"};

    private final Random random;

    ExtractedPagePrinter(long seed) {
        this.random = new Random(seed);
    }

    // ------------------------------------------------------------------------------------------- inventing

    Page invent() {
        List<Story> stories = new ArrayList<>();
        int storyCount = 1 + random.nextInt(5);
        for (int i = 0; i < storyCount; i++) {
            stories.add(inventStory());
        }
        List<Photo> photos = new ArrayList<>();
        int photoCount = random.nextInt(3);
        for (int i = 0; i < photoCount; i++) {
            double measure = i == 0 ? 30 + random.nextInt(10) : 13 + random.nextInt(28);
            List<String> paragraphs = new ArrayList<>();
            int n = 1 + random.nextInt(2);
            for (int p = 0; p < n; p++) {
                String opening = p == 0 ? (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日，" : "";
                paragraphs.add(opening + paragraph(measure, opening));
            }
            String title = words(2, 4);
            photos.add(new Photo(title, pick(NAMES), paragraphs, measure));
        }
        boolean glue = !photos.isEmpty() && random.nextBoolean();
        Page page = new Page(stories, photos, glue, "");
        return new Page(stories, photos, glue, print(page));
    }

    private Story inventStory() {
        double measure = 13 + random.nextInt(9) * 0.5;
        List<Section> sections = new ArrayList<>();
        int sectionCount = random.nextInt(6) == 0 ? 2 : 1;
        for (int s = 0; s < sectionCount; s++) {
            List<String> reporters = List.of(pick(NAMES));
            if (random.nextInt(5) == 0) {
                reporters = List.of(NAMES[0], NAMES[1 + random.nextInt(NAMES.length - 1)]);
            }
            List<String> correspondents = random.nextInt(4) == 0 ? List.of() : List.of(pick(NAMES));
            String label = random.nextInt(6) == 0 ? "新华社郑州" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日电" : "本报讯";
            List<String> paragraphs = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int p = 0; p < n; p++) {
                paragraphs.add(paragraph(measure, p == 0 ? label + "（" + credit(reporters, correspondents) + "）" : ""));
            }
            sections.add(new Section(label, reporters, correspondents, paragraphs));
        }
        // Deck: one of the forms the importer documents.
        String kicker = null;
        String headline;
        String subhead = null;
        boolean coupletOnTwoLines = false;
        switch (random.nextInt(5)) {
            case 0 -> headline = words(5, 8);
            case 1 -> {
                headline = words(6, 9);
                subhead = words(Math.max(1, wordCount(headline) - 1), wordCount(headline) + 3);
                if (LineWidth.of(headline).max() <= DeckReader.SHORT_KICKER_EMS) {
                    headline = headline + pick(WORDS) + pick(WORDS) + pick(WORDS);
                }
            }
            case 2 -> {
                kicker = pick(PLACES) + "：";
                headline = words(3, 6);
            }
            case 3 -> {
                kicker = pick(WORDS) + pick(WORDS) + "的";
                headline = words(3, 6);
                subhead = random.nextBoolean() ? null : words(5, 8);
            }
            default -> {
                String half = pick(WORDS) + pick(WORDS);
                String other = half;
                while (other.length() != half.length() || other.equals(half)) {
                    other = pick(WORDS) + pick(WORDS);
                }
                headline = half + " " + other;
                coupletOnTwoLines = random.nextBoolean();
                kicker = coupletOnTwoLines || random.nextBoolean() ? pick(PLACES) + "：" : null;
            }
        }
        if (kicker != null && !coupletOnTwoLines && kicker.length() == headline.length()) {
            headline = headline + "工作";
        }
        if (subhead != null && subhead.length() == headline.length()) {
            subhead = subhead + "了";
        }
        return new Story(kicker, headline, subhead, coupletOnTwoLines, measure, sections);
    }

    private static String credit(List<String> reporters, List<String> correspondents) {
        String s = "记者" + String.join(" ", reporters);
        return correspondents.isEmpty() ? s : s + " 通讯员" + String.join(" ", correspondents);
    }

    private static int wordCount(String s) {
        return Math.max(1, s.length() / 2);
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private String words(int min, int max) {
        StringBuilder b = new StringBuilder();
        int n = min + random.nextInt(max - min + 1);
        for (int i = 0; i < n; i++) {
            b.append(pick(WORDS));
        }
        return b.toString();
    }

    private String sentences(int count) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < count; s++) {
            int clauses = 1 + random.nextInt(3);
            boolean quoted = random.nextInt(6) == 0;
            if (quoted) {
                b.append('“');
            }
            for (int c = 0; c < clauses; c++) {
                b.append(words(2, 5));
                switch (random.nextInt(8)) {
                    case 0 -> b.append(random.nextInt(60) + 1).append("家");
                    case 1 -> b.append(1 + random.nextInt(12)).append("月").append(1 + random.nextInt(28)).append("日");
                    case 2 -> b.append("App");
                    default -> {
                    }
                }
                if (c + 1 < clauses) {
                    b.append(random.nextInt(4) == 0 ? "、" : "，");
                }
            }
            b.append(quoted ? "。”" : "。");
        }
        return b.toString();
    }

    /** A paragraph whose printed lines never leave a sentence end at a full line followed by a short last line. */
    private String paragraph(double measure, String lead) {
        for (int attempt = 0; ; attempt++) {
            String text = sentences(1 + random.nextInt(4));
            List<String> lines = wrap(lead + text, measure);
            if (lines.size() == 2 && LineWidth.of(lines.get(1).replace(STRETCHED, "")).max() >= measure - HardWraps.FULL) {
                continue; // a two-line paragraph whose last line is full leaves no wrapped line to read the measure from
            }
            if (attempt > 50 || !ambiguous(lines, measure)) {
                return text;
            }
        }
    }

    /** A sentence ends a line inside the paragraph and the line after it does not read as full. */
    private static boolean ambiguous(List<String> lines, double measure) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String next = lines.get(i + 1);
            boolean stretched = next.startsWith(STRETCHED);
            LineWidth w = LineWidth.of(next.replace(STRETCHED, ""));
            boolean full = (w.max() >= measure - HardWraps.FULL || stretched) && w.min() > measure - HardWraps.INDENT;
            if (Punctuation.endsSentence(lines.get(i)) && !full) {
                return true;
            }
        }
        return false;
    }

    // --------------------------------------------------------------------------------------------- printing

    private static final String NO_LINE_START = "，。、；：？！”’）》…";
    /** Marks a wrapped line the composer had to stretch; printing letter-spaces it. */
    static final String STRETCHED = "\u0001";

    /** Sets text at a measure: a two-em indent on the first line, punctuation squeezed in rather than starting a line. */
    static List<String> wrap(String text, double measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double capacity = measure - 2;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String c = new String(Character.toChars(cp));
            // The composer squeezes punctuation to fit (开明 style), so a line holds what fits at its narrowest.
            double w = LineWidth.of(ExtractionSpaces.forBody(line + c)).min();
            // A Western word or number is not broken; a line does not start with closing punctuation, nor end
            // with an opening mark (clreq §3.1.7 "Prohibition rules for line start and line end").
            boolean westernPair = line.length() > 0 && cp < 128 && Character.isLetterOrDigit(cp)
                    && line.charAt(line.length() - 1) < 128 && Character.isLetterOrDigit(line.charAt(line.length() - 1));
            if (w > capacity && line.length() > 0 && (NO_LINE_START.indexOf(cp) >= 0 || westernPair)) {
                // A mark that may not start a line (or the rest of a Western word) pushes the line's last
                // character down with it (推出); the line is then stretched to the measure.
                int cut = line.length() - 1;
                while (cut > 0 && (NO_LINE_START.indexOf(line.charAt(cut)) >= 0
                        || (line.charAt(cut) < 128 && Character.isLetterOrDigit(line.charAt(cut))
                        && line.charAt(cut - 1) < 128 && Character.isLetterOrDigit(line.charAt(cut - 1))))) {
                    cut--;
                }
                if (cut > 0) {
                    lines.add(STRETCHED + line.substring(0, cut));
                    String carried = line.substring(cut);
                    line.setLength(0);
                    line.append(carried);
                    capacity = measure;
                    continue;
                }
            }
            if (w > capacity && line.length() > 0 && NO_LINE_START.indexOf(cp) < 0 && !westernPair) {
                String carried = "";
                while (line.length() > 1 && "“（《".indexOf(line.charAt(line.length() - 1)) >= 0) {
                    carried = line.charAt(line.length() - 1) + carried;
                    line.setLength(line.length() - 1);
                }
                lines.add(line.toString());
                line.setLength(0);
                line.append(carried);
                capacity = measure;
                continue;
            }
            line.append(c);
            i += c.length();
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private String print(Page page) {
        List<String> out = new ArrayList<>();
        for (Story story : page.stories()) {
            for (Section section : story.sections()) {
                for (int p = 0; p < section.paragraphs().size(); p++) {
                    String text = section.paragraphs().get(p);
                    String lead = p == 0 ? section.label() + "（" + credit(section.reporters(), section.correspondents()) + "）" : "";
                    List<String> lines = wrap(lead + text, story.measure());
                    for (int l = 0; l < lines.size(); l++) {
                        String printed = extract(lines.get(l), l + 1 < lines.size());
                        if (p == 0 && l == 0) {
                            printed = (random.nextBoolean() ? " " : "") + printed.replaceFirst("^" + section.label() + "（", section.label() + " （");
                        }
                        out.add(printed);
                    }
                }
            }
            if (story.kicker() != null) {
                out.add(story.kicker());
            }
            if (story.coupletOnTwoLines()) {
                out.addAll(List.of(story.headline().split(" ")));
            } else {
                out.add(story.headline());
            }
            if (story.subhead() != null) {
                out.add(story.subhead());
            }
        }
        for (int k = 0; k < page.photos().size(); k++) {
            Photo photo = page.photos().get(k);
            List<String> lines = new ArrayList<>();
            for (String paragraph : photo.captionParagraphs()) {
                for (String line : wrap(paragraph, photo.measure())) {
                    lines.add(extract(line, false));
                }
            }
            String last = lines.get(lines.size() - 1);
            // The credit goes on the caption's last line when it fits there.
            if (LineWidth.of(last).max() + 5 <= photo.measure() && random.nextBoolean()) {
                lines.set(lines.size() - 1, last + " " + photo.credit() + " 摄");
            } else {
                lines.add(photo.credit() + " 摄");
            }
            if (k == 0 && page.glueLastHeadline() && lines.size() >= 4) {
                String heading = out.remove(out.size() - 1);
                lines.set(0, heading + lines.get(0));
            }
            out.addAll(lines);
            out.add(photo.title());
        }
        return String.join("\n\n", out) + "\n";
    }

    /** What an extractor makes of a printed line: spaces between digits and Chinese, a stretched line letter-spaced. */
    private String extract(String marked, boolean justified) {
        StringBuilder b = new StringBuilder();
        boolean stretch = marked.startsWith(STRETCHED) || justified && random.nextInt(6) == 0;
        String line = marked.replace(STRETCHED, "");
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            if (b.length() > 0) {
                int before = b.codePointBefore(b.length());
                boolean digitBoundary = Character.isDigit(before) != Character.isDigit(cp)
                        && (CharClass.isHan(before) || CharClass.isHan(cp));
                if (stretch && CharClass.isCjk(cp) && CharClass.isCjk(before) && before != '“' && cp != '”') {
                    b.append(' ');
                } else if (digitBoundary && random.nextInt(4) != 0) {
                    b.append(' ');
                }
            }
            b.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return b.toString();
    }
}
