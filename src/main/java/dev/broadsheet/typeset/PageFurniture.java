package dev.broadsheet.typeset;

import dev.broadsheet.model.Alignment;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PageHeader;
import dev.broadsheet.model.RuleStyle;
import dev.broadsheet.model.TextRole;
import dev.broadsheet.model.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The page header (报眉: date and issue number left, page label and name centred, 责任编辑 / 美编 / 校对
 * right, NEWSROOM.md "Pages") in the top margin with a rule under it, and rule frames.
 */
final class PageFurniture {
    static final String HEADER_FRAME = "header";
    /** The header rule sits this far above the type area; the header's baseline this far above the rule. */
    static final double RULE_ABOVE_TYPE_AREA = 4;
    static final double BASELINE_ABOVE_RULE = 3;
    static final double HEADER_RULE_WEIGHT = 0.75;

    private PageFurniture() {
    }

    static List<PlacedItem> header(Page page, TextSetter setter) {
        PageHeader h = page.header();
        String pageName = h.pageName().isBlank() ? page.sectionName() : h.pageName();
        String left = join("\u3000", h.date(), h.issueNumber());
        String centre = join("\u3000", h.pageLabel(), pageName);
        String right = join("\u3000", labelled("责任编辑", h.editor()), labelled("美编", h.designer()),
                labelled("校对", h.proofreader()));
        List<PlacedItem> items = new ArrayList<>();
        if (left.isEmpty() && centre.isEmpty() && right.isEmpty()) {
            return items;
        }
        var grid = page.grid();
        double x = grid.margins().inside().toPoints();
        double width = grid.typeAreaWidthPt(page.size());
        double ruleY = grid.margins().top().toPoints() - RULE_ABOVE_TYPE_AREA;
        double baseline = ruleY - BASELINE_ABOVE_RULE;
        TextStyle style = setter.style(TextRole.PAGE_HEADER);
        int index = 0;
        for (var part : List.of(new Object[] {left, Alignment.LEFT}, new Object[] {centre, Alignment.CENTER},
                new Object[] {right, Alignment.RIGHT})) {
            String text = (String) part[0];
            if (text.isEmpty()) {
                continue;
            }
            StyledText styled = setter.plain(text, style);
            ParagraphWidths widths = new ParagraphWidths(styled, setter.styles.composition());
            var line = ParagraphComposer.place(widths, 0, styled.length, width, 0, (Alignment) part[1], true, false);
            List<GlyphRun> runs = new ArrayList<>();
            TextSetter.emit(styled, line, x, baseline, new LineSink() {
                @Override
                public void run(GlyphRun run) {
                    runs.add(run);
                }

                @Override
                public void missing(int i, int codePoint, double mx, double w, double size) {
                    items.add(new PlacedItem.MissingGlyphMarker(HEADER_FRAME, null, codePoint, mx, baseline, w, size));
                }
            });
            items.add(new PlacedItem.PlacedLine(HEADER_FRAME, null, PlacedItem.HEADER_ROLE, 0, index++, x, baseline, width,
                    runs, new PlacedItem.SourceSpan(-1, index - 1, 0, text.length())));
        }
        items.add(new PlacedItem.PlacedRule(HEADER_FRAME, RuleStyle.PLAIN, x, ruleY, x + width, ruleY, HEADER_RULE_WEIGHT));
        return items;
    }

    private static String labelled(String label, String name) {
        return name.isBlank() ? "" : label + " " + name.strip();
    }

    private static String join(String separator, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isBlank()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(separator);
            }
            b.append(part.strip());
        }
        return b.toString();
    }

    /** A rule frame: across the frame's top edge, or down its left edge when the frame is taller than wide. */
    static PlacedItem rule(FrameGeometry g, FrameContent.Rule rule) {
        double weight = rule.weight().toPoints();
        if (g.width() >= g.height()) {
            double y = g.y() + weight / 2;
            return new PlacedItem.PlacedRule(g.id(), rule.style(), g.x(), y, g.x() + g.width(), y, weight);
        }
        double x = g.x() + weight / 2;
        return new PlacedItem.PlacedRule(g.id(), rule.style(), x, g.y(), x, g.y() + g.height(), weight);
    }
}
