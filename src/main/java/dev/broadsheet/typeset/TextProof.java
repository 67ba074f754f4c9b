package dev.broadsheet.typeset;

import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.model.CompositionSettings;
import dev.broadsheet.model.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Composes plain paragraphs at a given measure and gives back their lines as text: the plain-text proof of
 * {@code broadsheet set}, and a way to hold the engine against a printed page. The breaks are exactly the
 * ones the page composer makes for the same text, style and measure.
 */
public final class TextProof {
    private final FontProvider fonts;
    private final ParagraphComposer composer;

    public TextProof(FontProvider fonts, CompositionSettings settings) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.composer = new ParagraphComposer(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * The lines of one paragraph.
     *
     * @param measure the line length in points
     * @param indent  the first line's indent in points
     */
    public List<String> lines(String paragraph, TextStyle style, double measure, double indent) {
        if (paragraph.isEmpty()) {
            return List.of("");
        }
        StyledText text = StyledText.plain(paragraph, fonts.face(style.font(), style.weight()), style.size().toPoints(), fonts);
        var composed = composer.compose(text, measure, indent, style.alignment());
        List<String> lines = new ArrayList<>();
        for (var line : composed.lines()) {
            lines.add(text.substring(line.start(), line.end()));
        }
        return lines;
    }
}
