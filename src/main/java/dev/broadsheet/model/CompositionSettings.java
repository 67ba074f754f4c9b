package dev.broadsheet.model;

import java.util.Objects;

/**
 * House settings of the composer.
 *
 * @param hanLatinGapEm     gap between Han characters and Latin letters or digits, in em of the body size;
 *                          ¼ em by default (TYPESETTING.md §5; CSS text-autospace uses ⅛ ic)
 * @param firstLineIndentEm first-line indent of body paragraphs in em (clreq#first_line_indents: 2 em)
 * @param digits            width of ASCII digits; half an em by default (a house rule). Files written before
 *                          this setting existed have no value and take the default (no schema change:
 *                          IssueJson lets a record gain a component that turns null into its default)
 * @param lineBreaking      how line breaks are chosen; fill first by default, as the reference page was set
 *                          (older files take the default too)
 */
public record CompositionSettings(PunctuationMode punctuation, ProhibitionLevel prohibitions,
                                  double hanLatinGapEm, double firstLineIndentEm, DigitWidth digits,
                                  LineBreaking lineBreaking) {
    public static final CompositionSettings DEFAULT = new CompositionSettings(PunctuationMode.KAIMING,
            ProhibitionLevel.BASIC, 0.25, 2.0, DigitWidth.HALF_EM, LineBreaking.FILL_FIRST);

    public CompositionSettings {
        Objects.requireNonNull(punctuation, "punctuation");
        Objects.requireNonNull(prohibitions, "prohibitions");
        digits = digits == null ? DigitWidth.HALF_EM : digits;
        lineBreaking = lineBreaking == null ? LineBreaking.FILL_FIRST : lineBreaking;
        if (hanLatinGapEm < 0 || hanLatinGapEm > 1) {
            throw new IllegalArgumentException("hanLatinGapEm must be between 0 and 1 em, got " + hanLatinGapEm);
        }
        if (firstLineIndentEm < 0 || firstLineIndentEm > 10) {
            throw new IllegalArgumentException("firstLineIndentEm must be between 0 and 10 em, got " + firstLineIndentEm);
        }
    }

    /** The given punctuation, prohibitions, gap and indent with the default digit width and line breaking. */
    public CompositionSettings(PunctuationMode punctuation, ProhibitionLevel prohibitions, double hanLatinGapEm,
                               double firstLineIndentEm) {
        this(punctuation, prohibitions, hanLatinGapEm, firstLineIndentEm, null, null);
    }

    public CompositionSettings withLineBreaking(LineBreaking breaking) {
        return new CompositionSettings(punctuation, prohibitions, hanLatinGapEm, firstLineIndentEm, digits, breaking);
    }

    public CompositionSettings withDigits(DigitWidth width) {
        return new CompositionSettings(punctuation, prohibitions, hanLatinGapEm, firstLineIndentEm, width, lineBreaking);
    }
}
