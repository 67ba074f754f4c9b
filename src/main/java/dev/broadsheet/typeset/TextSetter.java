package dev.broadsheet.typeset;

import dev.broadsheet.fonts.FontFace;
import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import dev.broadsheet.model.Run;
import dev.broadsheet.model.StyleSheet;
import dev.broadsheet.model.TextRole;
import dev.broadsheet.model.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns styled model text into {@link StyledText}, composes it, and emits placed lines: the shared part of
 * body, deck, caption and header setting.
 */
final class TextSetter {
    /** Baseline of an ideographic em box sits 0.88 em below its top (the ideographic baseline convention of OpenType BASE: ideo at −0.12 em). */
    static final double EM_BOX_BASELINE = 0.88;

    final FontProvider fonts;
    final StyleSheet styles;
    final ParagraphComposer composer;

    TextSetter(FontProvider fonts, StyleSheet styles, Map<Object, ParagraphComposer.ComposedParagraph> paragraphCache) {
        this.fonts = fonts;
        this.styles = styles;
        this.composer = new ParagraphComposer(styles.composition(),
                ParagraphComposer.breakerFor(styles.composition()), paragraphCache);
    }

    FontFace face(TextStyle style) {
        return fonts.face(style.font(), style.weight());
    }

    StyledText.Segment segment(String text, TextStyle style) {
        return new StyledText.Segment(text, face(style), style.size().toPoints());
    }

    /** A run's face: STRONG takes the bold of the paragraph's face, KAI the 楷体. */
    StyledText.Segment segment(Run run, TextStyle style) {
        FontFace face = switch (run.style()) {
            case STRONG -> fonts.face(style.font(), FontWeight.BOLD);
            case KAI -> fonts.face(FontRole.KAI, style.weight());
            default -> face(style);
        };
        return new StyledText.Segment(run.text(), face, style.size().toPoints());
    }

    StyledText plain(String text, TextStyle style) {
        return StyledText.of(List.of(segment(text, style)), fonts);
    }

    StyledText runs(List<Run> runs, TextStyle style) {
        List<StyledText.Segment> segments = new ArrayList<>();
        for (Run run : runs) {
            segments.add(segment(run, style));
        }
        return StyledText.of(segments, fonts);
    }

    /** The baseline of a line whose line box (one leading high) starts at {@code top}: the em box centred in the leading. */
    static double baseline(double top, TextStyle style) {
        double size = style.size().toPoints();
        double leading = style.leading().toPoints();
        return top + (leading - size) / 2 + EM_BOX_BASELINE * size;
    }

    /**
     * Emits one composed line at ({@code left}, {@code baseline}): glyph runs of consecutive characters in one
     * face and size, and a {@link PlacedItem.MissingGlyphMarker} for each character no face has (补字).
     */
    static void emit(StyledText text, ParagraphComposer.ComposedLine line, double left, double baseline,
                     LineSink sink) {
        int i = line.start();
        while (i < line.end()) {
            if (text.isMissing(i)) {
                sink.missing(i, text.codePoints[i], left + line.x()[i - line.start()], line.slots()[i - line.start()],
                        text.sizes[i]);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < line.end() && !text.isMissing(j) && text.faces[j] == text.faces[i] && text.sizes[j] == text.sizes[i]) {
                j++;
            }
            double[] xs = new double[j - i];
            for (int k = i; k < j; k++) {
                xs[k - i] = left + line.x()[k - line.start()];
            }
            sink.run(new GlyphRun(text.faces[i].id(), text.sizes[i], text.substring(i, j), xs, baseline));
            i = j;
        }
    }

    TextStyle style(TextRole role) {
        return styles.style(role);
    }
}
