package dev.broadsheet.render.pdf;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.fonts.FontFace;
import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import dev.broadsheet.model.RuleStyle;
import dev.broadsheet.model.TextRole;
import dev.broadsheet.typeset.FrameBox;
import dev.broadsheet.typeset.GlyphRun;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.PlacedItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made laid-out pages for the exporter's tests: a tiny greedy "composer" that breaks text at the
 * measure using the fonts' real advances and justifies every line but the last by spreading the slack
 * between characters — so glyph x positions are uneven, as the real composer's are.
 */
final class PageFixtures {
    static final BundledFonts FONTS = BundledFonts.shared();
    static final FontFace SERIF = FONTS.face(FontRole.SERIF, FontWeight.REGULAR);
    static final FontFace SANS_BOLD = FONTS.face(FontRole.SANS, FontWeight.BOLD);
    static final FontFace KAI = FONTS.face(FontRole.KAI, FontWeight.REGULAR);

    static final String STORY_A_HEAD = "高新区新能源产业园开工";
    static final String STORY_A_BODY = "本报讯（记者 张三 通讯员 李四）5月1日上午，高新区新能源产业园项目正式开工建设。"
            + "项目总投资约12.5亿元，规划用地300亩——预计2026年建成投产，年产值可达30～50亿元。"
            + "“这是我们今年最重要的项目之一，”区负责人介绍，园区将引进电池、储能等上下游企业…";
    static final String STORY_B_BODY = "市图书馆推出“悦读周末”活动，每周六上午举办亲子阅读分享会。"
            + "活动采用PDF电子书与纸质书结合的方式　2024–2025年计划举办50场，欢迎市民报名参加。";

    /** A laid-out page and the text of each story on it, in reading order. */
    record Fixture(LaidOutPage page, Map<String, String> storyTexts) {
        List<PlacedItem.PlacedLine> linesInReadingOrder() {
            List<PlacedItem.PlacedLine> all = new ArrayList<>();
            for (String id : storyTexts.keySet()) {
                page.lines().stream().filter(l -> id.equals(l.storyId())).forEach(all::add);
            }
            return all;
        }
    }

    private PageFixtures() {
    }

    /**
     * A 420 × 600 pt page: story A (headline, then body in two columns) and story B (body in one column),
     * a rule between them, a photo frame whose image is {@code imagePath}, and a missing-glyph marker.
     * Items are deliberately interleaved (B's first line before A's last) to check story-by-story drawing.
     */
    static Fixture page(int number, String imagePath) {
        List<PlacedItem> items = new ArrayList<>();
        List<FrameBox> frames = new ArrayList<>();
        frames.add(new FrameBox("fA", FrameBox.Kind.STORY, "a", 30, 40, 240, 400, 2, 114, 12));
        frames.add(new FrameBox("fB", FrameBox.Kind.STORY, "b", 290, 200, 100, 300, 1, 100, 0));
        frames.add(new FrameBox("fP", FrameBox.Kind.PHOTO, "p1", 290, 40, 100, 140, 0, 0, 0));

        List<PlacedItem.PlacedLine> a = new ArrayList<>();
        a.add(line("fA", "a", TextRole.HEADLINE, 0, 0, SANS_BOLD, 20, 35, 64, 230, STORY_A_HEAD, false));
        a.addAll(setColumns("fA", "a", SERIF, 9.5, 12.5, 30, 90, 114, 12, 2, 14, STORY_A_BODY));
        List<PlacedItem.PlacedLine> b = setColumns("fB", "b", KAI, 9.5, 12.5, 290, 215, 100, 0, 1, 40, STORY_B_BODY);

        items.add(new PlacedItem.PlacedImage("fP", "p1", imagePath, 290, 40, 100, 140, 280, 30, 120, 160));
        items.add(new PlacedItem.PlacedRule("fA", RuleStyle.PLAIN, 30, 75, 270, 75, 0.5));
        items.add(new PlacedItem.PlacedRule("fB", RuleStyle.DOUBLE, 290, 195, 390, 195, 1.5));
        items.add(new PlacedItem.PlacedRule("fB", RuleStyle.DOTTED, 280, 40, 280, 500, 0.75));
        // Interleave: B's first line goes between A's lines in the item list.
        items.addAll(a.subList(0, a.size() - 1));
        items.addAll(b);
        items.add(a.get(a.size() - 1));
        items.add(new PlacedItem.MissingGlyphMarker("fB", "b", 0x20BB7, 290, 480, 9.5, 9.5));

        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("a", STORY_A_HEAD + STORY_A_BODY);
        texts.put("b", STORY_B_BODY);
        return new Fixture(new LaidOutPage(number, 420, 600, frames, items), texts);
    }

    /** Greedy line breaking of {@code text} into columns (fixture only: the real composer does this properly). */
    static List<PlacedItem.PlacedLine> setColumns(String frame, String story, FontFace face, double size, double leading,
                                                  double x, double firstBaseline, double measure, double gutter,
                                                  int columns, int linesPerColumn, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        double width = 0;
        for (int cp : text.codePoints().toArray()) {
            double adv = face.advance(cp) * size;
            if (width + adv > measure && current.length() > 0) {
                lines.add(current.toString());
                current.setLength(0);
                width = 0;
            }
            current.appendCodePoint(cp);
            width += adv;
        }
        if (current.length() > 0) {
            lines.add(current.toString());
        }
        List<PlacedItem.PlacedLine> placed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int column = i / linesPerColumn;
            if (column >= columns) {
                throw new IllegalArgumentException("fixture text does not fit");
            }
            double lx = x + column * (measure + gutter);
            double baseline = firstBaseline + (i % linesPerColumn) * leading;
            placed.add(line(frame, story, TextRole.BODY, column, i, face, size, lx, baseline, measure, lines.get(i),
                    i < lines.size() - 1));
        }
        return placed;
    }

    /** One line in one face; justified lines spread the slack evenly between characters. */
    static PlacedItem.PlacedLine line(String frame, String story, TextRole role, int column, int index, FontFace face,
                                      double size, double x, double baseline, double measure, String text, boolean justify) {
        int[] cps = text.codePoints().toArray();
        double natural = 0;
        for (int cp : cps) {
            natural += face.advance(cp) * size;
        }
        double extra = justify && cps.length > 1 ? (measure - natural) / (cps.length - 1) : 0;
        double[] xs = new double[cps.length];
        double pen = x;
        for (int i = 0; i < cps.length; i++) {
            xs[i] = pen;
            pen += face.advance(cps[i]) * size + extra;
        }
        GlyphRun run = new GlyphRun(face.id(), size, text, xs, baseline);
        return new PlacedItem.PlacedLine(frame, story, role, column, index, x, baseline, measure, List.of(run),
                new PlacedItem.SourceSpan(0, 0, 0, text.length()));
    }

    /** An issue of {@code count} pages built from the fixture page. */
    static List<LaidOutPage> issue(int count, String imagePath) {
        List<LaidOutPage> pages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            pages.add(page(i, imagePath).page());
        }
        return pages;
    }
}
