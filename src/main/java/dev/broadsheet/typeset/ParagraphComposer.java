package dev.broadsheet.typeset;

import dev.broadsheet.model.Alignment;
import dev.broadsheet.model.CompositionSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sets one paragraph at one measure: finds the breaks with a {@link LineBreaker}, then justifies each line
 * squeeze-before-stretch in clreq's priority order (clreq#reduction_and_expansion_of_inter-character_spacing)
 * and places every character. The last line of a justified paragraph is set flush left, not justified
 * (clreq#reduction_and_expansion…: "the last line of a paragraph is not justified").
 */
final class ParagraphComposer {
    private final CompositionSettings settings;
    private final LineBreaker breaker;
    /** Headlines, captions set ragged and the like: no paragraph-end rule for their last line. */
    private final LineBreaker unjustified;

    /** Composed paragraphs by their inputs, shared between compositions (see IssueComposer); may be null. */
    private final Map<Object, ComposedParagraph> cache;

    ParagraphComposer(CompositionSettings settings, LineBreaker breaker, Map<Object, ComposedParagraph> cache) {
        this.settings = settings;
        this.breaker = breaker;
        this.unjustified = breaker.forUnjustifiedText();
        this.cache = cache;
    }

    ParagraphComposer(CompositionSettings settings, LineBreaker breaker) {
        this(settings, breaker, null);
    }

    private record CacheKey(List<StyledText.Segment> segments, double measure, double indent, Alignment alignment,
                            CompositionSettings settings) {
    }

    ParagraphComposer(CompositionSettings settings) {
        this(settings, breakerFor(settings));
    }

    /** The line breaker the settings ask for (fill first by default, as the reference page was set). */
    static LineBreaker breakerFor(CompositionSettings settings) {
        return switch (settings.lineBreaking()) {
            case FILL_FIRST -> new FillFirstLineBreaker();
            case TOTAL_FIT -> new TotalFitLineBreaker();
        };
    }

    /** One composed line: characters [start, end) of the paragraph, each at x (points from the measure's left edge). */
    record ComposedLine(int start, int end, double[] x, double[] slots, double width, boolean emergencyBreak) {
    }

    record ComposedParagraph(StyledText text, List<ComposedLine> lines, List<String> brokenTokens) {
    }

    ComposedParagraph compose(StyledText text, double measure, double firstLineIndent, Alignment alignment) {
        if (cache == null || text.segments == null) {
            return composeUncached(text, measure, firstLineIndent, alignment);
        }
        CacheKey key = new CacheKey(text.segments, measure, firstLineIndent, alignment, settings);
        ComposedParagraph hit;
        synchronized (cache) {
            hit = cache.get(key);
        }
        if (hit != null) {
            return hit;
        }
        ComposedParagraph composed = composeUncached(text, measure, firstLineIndent, alignment);
        synchronized (cache) {
            cache.put(key, composed);
        }
        return composed;
    }

    private ComposedParagraph composeUncached(StyledText text, double measure, double firstLineIndent, Alignment alignment) {
        ParagraphWidths widths = new ParagraphWidths(text, settings);
        BreakOpportunities opportunities = new BreakOpportunities(text, widths.classes, settings.prohibitions());
        return compose(widths, opportunities, measure, firstLineIndent, alignment);
    }

    ComposedParagraph compose(ParagraphWidths widths, BreakOpportunities opportunities, double measure,
                              double firstLineIndent, Alignment alignment) {
        LineBreaker chosen = alignment != Alignment.JUSTIFY ? unjustified : breaker;
        int[] breaks = chosen.breaks(widths, opportunities, measure, firstLineIndent);
        List<ComposedLine> lines = new ArrayList<>(breaks.length);
        List<String> broken = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < breaks.length; i++) {
            int end = breaks[i];
            if (end <= start && widths.n > 0) {
                continue;
            }
            boolean last = i == breaks.length - 1;
            double indent = start == 0 ? firstLineIndent : 0;
            boolean emergency = end < widths.n && !opportunities.allowed[end];
            if (emergency) {
                String token = tokenAround(widths, opportunities, end);
                if (!broken.contains(token)) {
                    broken.add(token);
                }
            }
            lines.add(place(widths, start, end, measure, indent, alignment, last, emergency));
            start = end;
        }
        return new ComposedParagraph(widths.text, lines, broken);
    }

    private static String tokenAround(ParagraphWidths w, BreakOpportunities o, int p) {
        int a = p;
        while (a > 0 && !o.allowed[a]) {
            a--;
        }
        int b = p;
        while (b < w.n && !o.allowed[b]) {
            b++;
        }
        return w.text.substring(a, b).strip();
    }

    static ComposedLine place(ParagraphWidths w, int start, int end, double measure, double indent,
                              Alignment alignment, boolean lastLine, boolean emergency) {
        int count = end - start;
        double[] slots = new double[count];
        double[] gaps = new double[count];
        for (int i = start; i < end; i++) {
            slots[i - start] = i == end - 1 ? w.endSlot[i] : i == start ? w.startSlot[i] : w.slot[i];
            gaps[i - start] = i == end - 1 ? 0 : w.gap[i];
        }
        double natural = indent + w.naturalWidth(start, end);
        double delta = measure - natural;
        if (delta < -LinePricing.EPSILON) {
            squeeze(w, start, end, -delta, slots, gaps);
        } else if (delta > LinePricing.EPSILON && alignment == Alignment.JUSTIFY && !lastLine) {
            stretch(w, start, end, delta, slots, gaps);
        }
        double width = 0;
        for (int k = 0; k < count; k++) {
            width += slots[k] + gaps[k];
        }
        double cursor = switch (alignment) {
            case CENTER -> indent + (measure - indent - width) / 2;
            case RIGHT -> measure - width;
            default -> indent;
        };
        double[] x = new double[count];
        for (int k = 0; k < count; k++) {
            x[k] = cursor + w.glyphOffset(start + k, slots[k]);
            cursor += slots[k] + gaps[k];
        }
        return new ComposedLine(start, end, x, slots, indent + width, emergency);
    }

    /** Takes {@code need} out of the line level by level, each level proportionally, in clreq's order. */
    private static void squeeze(ParagraphWidths w, int start, int end, double need, double[] slots, double[] gaps) {
        for (int level = 0; level < ParagraphWidths.SQUEEZE_LEVELS && need > LinePricing.EPSILON; level++) {
            double cap = w.squeezeCapacity(level, start, end);
            if (cap <= 0) {
                continue;
            }
            double take = Math.min(need, cap);
            double f = take / cap;
            for (int i = start; i < end - 1; i++) {
                if (w.slotShrinkLevel[i] == level && !(i == start && w.startTrimmed(start))) {
                    slots[i - start] -= f * w.slotShrink[i];
                }
                if (level == ParagraphWidths.LEVEL_HAN_WESTERN_GAP) {
                    gaps[i - start] -= f * w.gapShrink[i];
                }
            }
            need -= take;
        }
    }

    private static boolean isLetterGap(ParagraphWidths w, int i) {
        CharClass a = w.classes[i];
        CharClass b = w.classes[i + 1];
        return !(a == CharClass.DASH && b == CharClass.DASH) && !(a == CharClass.ELLIPSIS && b == CharClass.ELLIPSIS)
                && b != CharClass.SPACE && !(i + 2 == w.n && b == CharClass.SPACE);
    }

    /** Adds {@code extra} to the line: word spaces first, then Han–Western gaps, then every stretchable gap equally. */
    private static void stretch(ParagraphWidths w, int start, int end, double extra, double[] slots, double[] gaps) {
        double cap1 = w.spaceStretchCapacity(start, end);
        if (cap1 > 0) {
            double f = Math.min(1, extra / cap1);
            for (int i = start; i < end - 1; i++) {
                slots[i - start] += f * w.spaceStretch[i];
            }
            extra -= f * cap1;
        }
        double cap2 = w.gapStretchCapacity(start, end);
        if (cap2 > 0 && extra > LinePricing.EPSILON) {
            double f = Math.min(1, extra / cap2);
            for (int i = start; i < end - 1; i++) {
                gaps[i - start] += f * w.gapStretch[i];
            }
            extra -= f * cap2;
        }
        int count = w.stretchableGaps(start, end);
        if (count > 0 && extra > LinePricing.EPSILON) {
            double share = extra / count;
            for (int i = start; i < end - 1; i++) {
                if (w.stretchable[i]) {
                    gaps[i - start] += share;
                }
            }
        } else if (extra > LinePricing.EPSILON) {
            // Last resort for a line that is one Western word or number: letter-space it rather than leave it
            // ragged inside a justified column — but never open up ——/…… (GB/T 15834 §5.1.5).
            int letterGaps = 0;
            for (int i = start; i < end - 1; i++) {
                letterGaps += isLetterGap(w, i) ? 1 : 0;
            }
            if (letterGaps > 0) {
                double share = extra / letterGaps;
                for (int i = start; i < end - 1; i++) {
                    if (isLetterGap(w, i)) {
                        gaps[i - start] += share;
                    }
                }
            }
        }
    }
}
