package dev.broadsheet.typeset;

import dev.broadsheet.model.Alignment;
import dev.broadsheet.model.ColumnFill;
import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.DeckPlacement;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.ParagraphKind;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.model.TextRole;
import dev.broadsheet.model.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flows one story through its threaded frames: the deck on top of a frame marked
 * {@link DeckPlacement#ABOVE_TEXT} (or alone in a HeadlineText frame), then the byline, then each section's
 * paragraphs — the first opening with the dateline (label in the DATELINE style's bold face, then the
 * credit in the body face, NEWSROOM.md "Bylines") — column by column, frame by frame. A paragraph that runs
 * into a column of another width is re-broken from there at the new measure. What does not fit is overset.
 *
 * <p>Source spans: body lines carry (section, paragraph, char offsets in {@link Paragraph#text()}); the
 * dateline's characters count as offset 0. The byline carries section −1, paragraph 3.
 */
final class StoryFlow {
    private static final double EPS = 1e-6;

    /** What composing a story gives: the items per frame and the report. */
    record Composition(Map<String, List<PlacedItem>> itemsByFrame, StoryReport report) {
    }

    private record Column(String frameId, int index, double x, double top, double bottom, double width) {
    }

    private record Block(StyledText text, TextStyle style, TextRole role, double indent, int section, int paragraph,
                         int prefixLength) {
    }

    private final Story story;
    private final TextSetter setter;
    private final Map<String, List<PlacedItem>> items = new LinkedHashMap<>();
    private final List<StoryReport.MissingGlyph> missing = new ArrayList<>();
    private final List<String> broken = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();

    private StoryFlow(Story story, TextSetter setter) {
        this.story = story;
        this.setter = setter;
    }

    static Composition compose(Story story, List<FrameGeometry> textFrames, List<FrameGeometry> headlineFrames,
                               TextSetter setter) {
        return new StoryFlow(story, setter).run(textFrames, headlineFrames);
    }

    private Composition run(List<FrameGeometry> textFrames, List<FrameGeometry> headlineFrames) {
        for (FrameGeometry frame : headlineFrames) {
            List<PlacedItem> out = items.computeIfAbsent(frame.id(), k -> new ArrayList<>());
            DeckSetter.set(story.deck(), setter, frame.id(), story.id(), frame.x(), frame.y(), frame.width(), out);
        }
        for (FrameGeometry frame : textFrames) {
            List<PlacedItem> out = items.computeIfAbsent(frame.id(), k -> new ArrayList<>());
            double top = frame.y();
            if (frame.frame().content() instanceof FrameContent.StoryText t && t.deck() == DeckPlacement.ABOVE_TEXT) {
                top += DeckSetter.set(story.deck(), setter, frame.id(), story.id(), frame.x(), frame.y(), frame.width(), out);
            }
            for (int c = 0; c < frame.columns(); c++) {
                columns.add(new Column(frame.id(), c, frame.columnLeft(c), top, frame.y() + frame.height(),
                        frame.columnWidth()));
            }
        }
        Map<String, List<PlacedItem>> deckItems = copy(items);
        List<Block> blocks = blocks();
        Composition sequential = flow(blocks, textFrames);
        if (!balanceColumns(textFrames, sequential)) {
            return sequential;
        }
        items.clear();
        items.putAll(copy(deckItems));
        missing.clear();
        broken.clear();
        Composition balanced = flow(blocks, textFrames);
        if (balanced.report().isOverset()) {
            return sequential;
        }
        // The frame's empty area is what it was; only its distribution over the columns changed.
        StoryReport r = balanced.report();
        return new Composition(balanced.itemsByFrame(), new StoryReport(r.storyId(), 0, 0,
                sequential.report().undersetLines(), r.lastFrameId(), r.missingGlyphs(), r.brokenTokens()));
    }

    private static Map<String, List<PlacedItem>> copy(Map<String, List<PlacedItem>> map) {
        Map<String, List<PlacedItem>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }

    /**
     * {@link ColumnFill#BALANCED}: when the story ends in a balanced frame, its columns are shortened to the
     * same number of lines (the last one may hold fewer), so the text ends at about the same depth in each.
     * Returns whether any column changed.
     */
    private boolean balanceColumns(List<FrameGeometry> textFrames, Composition sequential) {
        if (sequential.report().isOverset() || textFrames.isEmpty()) {
            return false;
        }
        FrameGeometry last = null;
        for (FrameGeometry frame : textFrames) {
            boolean hasText = sequential.itemsByFrame().getOrDefault(frame.id(), List.of()).stream()
                    .anyMatch(i -> i instanceof PlacedItem.PlacedLine l && isFlowed(l));
            if (hasText) {
                last = frame;
            }
        }
        if (last == null || !(last.frame().content() instanceof FrameContent.StoryText t)
                || t.fill() != ColumnFill.BALANCED || last.columns() < 2) {
            return false;
        }
        long lines = sequential.itemsByFrame().get(last.id()).stream()
                .filter(i -> i instanceof PlacedItem.PlacedLine l && isFlowed(l)).count();
        double leading = setter.style(TextRole.BODY).leading().toPoints();
        int perColumn = (int) Math.ceil((double) lines / last.columns());
        boolean changed = false;
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            if (col.frameId().equals(last.id())) {
                double bottom = Math.min(col.bottom(), col.top() + perColumn * leading + EPS);
                if (bottom < col.bottom() - EPS) {
                    columns.set(c, new Column(col.frameId(), col.index(), col.x(), col.top(), bottom, col.width()));
                    changed = true;
                }
            }
        }
        return changed;
    }

    private static boolean isFlowed(PlacedItem.PlacedLine line) {
        return line.role() != TextRole.KICKER && line.role() != TextRole.HEADLINE && line.role() != TextRole.SUBHEAD;
    }

    private Composition flow(List<Block> blocks, List<FrameGeometry> textFrames) {
        int column = 0;
        double y = columns.isEmpty() ? 0 : columns.get(0).top();
        int oversetChars = 0;
        int oversetLines = 0;
        for (Block block : blocks) {
            StyledText remaining = block.text();
            int base = 0;
            int lineIndex = 0;
            double leading = block.style().leading().toPoints();
            boolean done = remaining.length == 0;
            while (!done) {
                if (column >= columns.size()) {
                    oversetChars += countVisible(remaining.text);
                    oversetLines += linesAtLastMeasure(remaining, base == 0 ? block.indent() : 0, block.style());
                    break;
                }
                double measure = columns.get(column).width();
                ParagraphComposer.ComposedParagraph composed = setter.composer.compose(remaining, measure,
                        base == 0 ? block.indent() : 0, block.style().alignment());
                broken.addAll(composed.brokenTokens());
                done = true;
                List<ParagraphComposer.ComposedLine> lines = composed.lines();
                for (int k = 0; k < lines.size(); k++) {
                    ParagraphComposer.ComposedLine line = lines.get(k);
                    if (avoidsWidow(k, lines.size(), column, y, leading)) {
                        // Widow (clreq#adjustments_of_orphans_and_widows): the paragraph's last line would stand
                        // alone at the top of the next column; take the line before it along, leaving the slot empty.
                        column++;
                        y = columns.get(column).top();
                    }
                    while (column < columns.size() && y + leading > columns.get(column).bottom() + EPS) {
                        column++;
                        if (column < columns.size()) {
                            y = columns.get(column).top();
                        }
                    }
                    if (column >= columns.size()) {
                        StyledText rest = remaining.tail(line.start());
                        oversetChars += countVisible(rest.text);
                        oversetLines += linesAtLastMeasure(rest, base + line.start() == 0 ? block.indent() : 0, block.style());
                        break;
                    }
                    Column col = columns.get(column);
                    if (Math.abs(col.width() - measure) > EPS) {
                        // A column of another width: re-break the rest of the paragraph at its measure.
                        base += line.start();
                        remaining = remaining.tail(line.start());
                        done = false;
                        break;
                    }
                    place(block, remaining, base, line, col, y, lineIndex++);
                    y += leading;
                }
            }
        }
        String lastFrame = columns.isEmpty() ? null : columns.get(columns.size() - 1).frameId();
        int underset = 0;
        if (oversetChars == 0 && !columns.isEmpty()) {
            double bodyLeading = setter.style(TextRole.BODY).leading().toPoints();
            for (int c = column; c < columns.size(); c++) {
                Column col = columns.get(c);
                double from = c == column ? y : col.top();
                underset += (int) Math.floor((col.bottom() - from) / bodyLeading + EPS);
            }
        }
        if (columns.isEmpty()) {
            oversetChars = story.characterCount();
            oversetLines = 0;
        }
        StoryReport report = new StoryReport(story.id(), oversetChars, oversetLines, underset, lastFrame, missing, broken);
        return new Composition(copy(items), report);
    }

    /**
     * Whether line {@code k} of {@code count} should go to the next column so that the paragraph's last line
     * does not stand alone at its top: only when this is the column's last slot, the next column has the same
     * measure and room for both lines, and at least two lines of the paragraph stay behind.
     */
    private boolean avoidsWidow(int k, int count, int column, double y, double leading) {
        if (k != count - 2 || k < 2 || column + 1 >= columns.size()) {
            return false;
        }
        Column here = columns.get(column);
        Column next = columns.get(column + 1);
        boolean lastSlot = y + leading <= here.bottom() + EPS && y + 2 * leading > here.bottom() + EPS;
        return lastSlot && Math.abs(next.width() - here.width()) <= EPS
                && next.top() + 2 * leading <= next.bottom() + EPS;
    }

    private void place(Block block, StyledText text, int base, ParagraphComposer.ComposedLine line, Column col,
                       double top, int lineIndex) {
        List<PlacedItem> out = items.computeIfAbsent(col.frameId(), k -> new ArrayList<>());
        double baseline = TextSetter.baseline(top, block.style());
        List<GlyphRun> runs = new ArrayList<>();
        int prefixChars = block.prefixLength();
        TextSetter.emit(text, line, col.x(), baseline, new LineSink() {
            @Override
            public void run(GlyphRun run) {
                runs.add(run);
            }

            @Override
            public void missing(int i, int codePoint, double x, double width, double size) {
                out.add(new PlacedItem.MissingGlyphMarker(col.frameId(), story.id(), codePoint, x, baseline, width, size));
                int offset = Math.max(0, block.text().offsets[base + i] - prefixChars);
                missing.add(new StoryReport.MissingGlyph(codePoint, block.section(), block.paragraph(), offset));
            }
        });
        int start = Math.max(0, block.text().offsets[base + line.start()] - prefixChars);
        int end = Math.max(0, block.text().offsets[base + line.end()] - prefixChars);
        out.add(new PlacedItem.PlacedLine(col.frameId(), story.id(), block.role(), col.index(), lineIndex, col.x(),
                baseline, col.width(), runs, new PlacedItem.SourceSpan(block.section(), block.paragraph(), start, end)));
    }

    private int linesAtLastMeasure(StyledText rest, double indent, TextStyle style) {
        if (columns.isEmpty() || rest.length == 0) {
            return 0;
        }
        double measure = columns.get(columns.size() - 1).width();
        return setter.composer.compose(rest, measure, indent, style.alignment()).lines().size();
    }

    private static int countVisible(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0x3000).count();
    }

    private List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        if (story.byline() != null && !story.byline().text().isBlank()) {
            TextStyle style = setter.style(TextRole.BYLINE);
            blocks.add(new Block(setter.plain(story.byline().text(), style), style, TextRole.BYLINE, 0, -1, 3, 0));
        }
        TextStyle body = setter.style(TextRole.BODY);
        TextStyle crosshead = setter.style(TextRole.CROSSHEAD);
        double indentEm = setter.styles.composition().firstLineIndentEm();
        for (int s = 0; s < story.sections().size(); s++) {
            StorySection section = story.sections().get(s);
            for (int p = 0; p < section.paragraphs().size(); p++) {
                Paragraph paragraph = section.paragraphs().get(p);
                boolean isCrosshead = paragraph.kind() == ParagraphKind.CROSSHEAD;
                TextStyle style = isCrosshead ? crosshead : body;
                List<StyledText.Segment> segments = new ArrayList<>();
                int prefix = 0;
                Dateline dateline = section.dateline();
                if (p == 0 && dateline != null && !isCrosshead) {
                    TextStyle datelineStyle = setter.style(TextRole.DATELINE);
                    // 本报讯 in the dateline style's bold face at the body size; the credit in the body face.
                    segments.add(new StyledText.Segment(dateline.label(),
                            setter.fonts.face(datelineStyle.font(), datelineStyle.weight()), style.size().toPoints()));
                    segments.add(setter.segment(dateline.creditText(), style));
                    prefix = dateline.label().length() + dateline.creditText().length();
                }
                for (var run : paragraph.runs()) {
                    segments.add(setter.segment(run, style));
                }
                StyledText text = StyledText.of(segments, setter.fonts);
                // clreq#first_line_indents: body paragraphs open with a 2 em indent (house setting); crossheads do not.
                double indent = isCrosshead ? 0 : indentEm * style.size().toPoints();
                Alignment alignment = style.alignment();
                blocks.add(new Block(text, style.withAlignment(alignment), isCrosshead ? TextRole.CROSSHEAD : TextRole.BODY,
                        indent, s, p, prefix));
            }
            if (section.paragraphs().isEmpty() && section.dateline() != null) {
                TextStyle datelineStyle = setter.style(TextRole.DATELINE);
                List<StyledText.Segment> segments = List.of(
                        new StyledText.Segment(section.dateline().label(),
                                setter.fonts.face(datelineStyle.font(), datelineStyle.weight()), body.size().toPoints()),
                        setter.segment(section.dateline().creditText(), body));
                blocks.add(new Block(StyledText.of(segments, setter.fonts), body, TextRole.BODY,
                        indentEm * body.size().toPoints(), s, 0, 0));
            }
        }
        return blocks;
    }
}
