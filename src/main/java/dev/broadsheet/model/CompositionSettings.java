package dev.broadsheet.model;

import java.util.Objects;

/**
 * House settings of the composer.
 *
 * @param hanLatinGapEm     gap between Han characters and Latin letters or digits, in em of the body size;
 *                          ¼ em by default (TYPESETTING.md §5; CSS text-autospace uses ⅛ ic)
 * @param firstLineIndentEm first-line indent of body paragraphs in em (clreq#first_line_indents: 2 em)
 */
public record CompositionSettings(PunctuationMode punctuation, ProhibitionLevel prohibitions,
                                  double hanLatinGapEm, double firstLineIndentEm) {
    public static final CompositionSettings DEFAULT =
            new CompositionSettings(PunctuationMode.KAIMING, ProhibitionLevel.BASIC, 0.25, 2.0);

    public CompositionSettings {
        Objects.requireNonNull(punctuation, "punctuation");
        Objects.requireNonNull(prohibitions, "prohibitions");
        if (hanLatinGapEm < 0 || hanLatinGapEm > 1) {
            throw new IllegalArgumentException("hanLatinGapEm must be between 0 and 1 em, got " + hanLatinGapEm);
        }
        if (firstLineIndentEm < 0 || firstLineIndentEm > 10) {
            throw new IllegalArgumentException("firstLineIndentEm must be between 0 and 10 em, got " + firstLineIndentEm);
        }
    }
}
