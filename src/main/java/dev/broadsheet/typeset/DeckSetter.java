package dev.broadsheet.typeset;

import dev.broadsheet.model.FitMode;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.TextRole;
import dev.broadsheet.model.TextStyle;
import java.util.List;

/**
 * Sets a headline deck (NEWSROOM.md "Headline deck"): 引题 kicker, 主题 headline, 副题 subhead, one under
 * the other across the given width, each in its own style (the deck's override or the paper's style for the
 * role) and alignment (centred by default). A headline set to {@link FitMode#SHRINK_TO_FIT} is scaled down
 * until it fits its width on one line (to no less than {@link #MIN_SHRINK} of its size; beyond that it wraps).
 *
 * <p>Deck lines carry section −1 in their {@link PlacedItem.SourceSpan}, paragraph 0 (kicker), 1 (headline)
 * or 2 (subhead).
 */
final class DeckSetter {
    static final double MIN_SHRINK = 0.5;
    static final int KICKER = 0;
    static final int HEADLINE = 1;
    static final int SUBHEAD = 2;

    private DeckSetter() {
    }

    /** Sets the deck from {@code top}; returns the depth it took, including the space under it. */
    static double set(HeadlineDeck deck, TextSetter setter, String frameId, String storyId, double x, double top,
                      double width, List<PlacedItem> out) {
        if (deck == null || deck.isEmpty()) {
            return 0;
        }
        double y = top;
        y = element(deck.kicker(), style(deck.kickerStyle(), setter, TextRole.KICKER), FitMode.KEEP_SIZE, TextRole.KICKER,
                KICKER, setter, frameId, storyId, x, y, width, out);
        y = element(deck.headline(), style(deck.headlineStyle(), setter, TextRole.HEADLINE), deck.headlineFit(),
                TextRole.HEADLINE, HEADLINE, setter, frameId, storyId, x, y, width, out);
        y = element(deck.subhead(), style(deck.subheadStyle(), setter, TextRole.SUBHEAD), FitMode.KEEP_SIZE,
                TextRole.SUBHEAD, SUBHEAD, setter, frameId, storyId, x, y, width, out);
        // Half a body line between the deck and the text.
        y += setter.style(TextRole.BODY).leading().toPoints() / 2;
        return y - top;
    }

    private static TextStyle style(TextStyle override, TextSetter setter, TextRole role) {
        return override != null ? override : setter.style(role);
    }

    private static double element(String text, TextStyle style, FitMode fit, TextRole role, int index, TextSetter setter,
                                  String frameId, String storyId, double x, double top, double width,
                                  List<PlacedItem> out) {
        if (text == null || text.isBlank()) {
            return top;
        }
        String content = text.strip();
        StyledText styled = setter.plain(content, style);
        if (fit == FitMode.SHRINK_TO_FIT) {
            double natural = new ParagraphWidths(styled, setter.styles.composition()).naturalWidth(0, styled.length);
            if (natural > width && natural > 0) {
                double factor = Math.max(MIN_SHRINK, width / natural * 0.999);
                style = style.withSize(style.size().times(factor));
                styled = setter.plain(content, style);
            }
        }
        ParagraphComposer.ComposedParagraph composed = setter.composer.compose(styled, width, 0, style.alignment());
        double y = top;
        int lineIndex = 0;
        for (ParagraphComposer.ComposedLine line : composed.lines()) {
            double baseline = TextSetter.baseline(y, style);
            List<GlyphRun> runs = new java.util.ArrayList<>();
            StyledText source = styled;
            TextSetter.emit(styled, line, x, baseline, new LineSink() {
                @Override
                public void run(GlyphRun run) {
                    runs.add(run);
                }

                @Override
                public void missing(int i, int codePoint, double mx, double w, double size) {
                    out.add(new PlacedItem.MissingGlyphMarker(frameId, storyId, codePoint, mx, baseline, w, size));
                }
            });
            out.add(new PlacedItem.PlacedLine(frameId, storyId, role, 0, lineIndex++, x, baseline, width, runs,
                    new PlacedItem.SourceSpan(-1, index, source.offsets[line.start()], source.offsets[line.end()])));
            y += style.leading().toPoints();
        }
        return y;
    }
}
