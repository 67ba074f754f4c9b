package dev.broadsheet.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.Alignment;
import dev.broadsheet.model.CompositionSettings;
import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import dev.broadsheet.model.ProhibitionLevel;
import dev.broadsheet.model.PunctuationMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per composition rule of TYPESETTING.md, each naming its source. */
class CompositionRulesTest {
    private static final BundledFonts FONTS = BundledFonts.shared();
    private static final double EM = 10;

    private static CompositionSettings settings(PunctuationMode mode, ProhibitionLevel level) {
        return new CompositionSettings(mode, level, 0.25, 2);
    }

    private static ParagraphComposer.ComposedParagraph set(String text, double measureEm, double indentEm,
                                                           CompositionSettings settings, Alignment alignment) {
        StyledText styled = StyledText.plain(text, FONTS.face(FontRole.SERIF, FontWeight.REGULAR), EM, FONTS);
        return new ParagraphComposer(settings).compose(styled, measureEm * EM, indentEm * EM, alignment);
    }

    private static ParagraphComposer.ComposedParagraph set(String text, double measureEm) {
        return set(text, measureEm, 0, CompositionSettings.DEFAULT, Alignment.JUSTIFY);
    }

    private static List<String> lines(ParagraphComposer.ComposedParagraph p) {
        return p.lines().stream().map(l -> p.text().substring(l.start(), l.end())).toList();
    }

    /** GB/T 15834-2011 §5.1.10: a full-width mark at the end of a line is set in half an em. */
    @Test
    void aFullWidthMarkAtLineEndTakesHalfAnEm() {
        ParagraphWidths w = new ParagraphWidths(StyledText.plain("中文。", FONTS.face(FontRole.SERIF, FontWeight.REGULAR),
                EM, FONTS), PunctuationMode.KAIMING, 0.25);
        assertThat(w.slot[2]).isEqualTo(EM);
        assertThat(w.endSlot[2]).isEqualTo(EM / 2);
        assertThat(w.naturalWidth(0, 3)).isEqualTo(2.5 * EM);
    }

    /** 开明 (TYPESETTING.md §3): 。？！ full width, other marks half; an opening mark's glyph moves left by half an em. */
    @Test
    void kaimingSetsStopsFullAndOtherMarksHalfWithOpeningGlyphsShiftedLeft() {
        ParagraphWidths w = new ParagraphWidths(StyledText.plain("中，“中”。中", FONTS.face(FontRole.SERIF, FontWeight.REGULAR),
                EM, FONTS), PunctuationMode.KAIMING, 0.25);
        assertThat(w.slot).containsExactly(EM, EM / 2, EM / 2, EM, EM / 2, EM, EM);
        assertThat(w.glyphOffset(2, EM / 2)).isEqualTo(-EM / 2);   // “: ink in the right half
        assertThat(w.glyphOffset(1, EM / 2)).isZero();            // ，: keeps its left half
        assertThat(w.glyphOffset(4, EM / 2)).isZero();            // ”
    }

    /**
     * Half-width digits (house setting DigitWidth.HALF_EM, the default; TYPESETTING.md §5): an ASCII
     * digit wider than ½ em in the font is set on a ½ em slot with its glyph centred; the font's width when asked.
     */
    @Test
    void asciiDigitsAreSetOnAHalfEmSlotWithTheGlyphCentred() {
        var text = StyledText.plain("年2022", FONTS.face(FontRole.SERIF, FontWeight.REGULAR), EM, FONTS);
        double font = FONTS.face(FontRole.SERIF, FontWeight.REGULAR).advance('2') * EM;
        assertThat(font).isGreaterThan(EM / 2);
        ParagraphWidths half = new ParagraphWidths(text, PunctuationMode.KAIMING, 0, true);
        assertThat(half.slot).containsExactly(EM, EM / 2, EM / 2, EM / 2, EM / 2);
        assertThat(half.glyphOffset(1, EM / 2)).isCloseTo((EM / 2 - font) / 2, within(1e-9));
        ParagraphWidths fontWidth = new ParagraphWidths(text, PunctuationMode.KAIMING, 0, false);
        assertThat(fontWidth.slot[1]).isCloseTo(font, within(1e-9));
        assertThat(fontWidth.glyphOffset(1, font)).isZero();
        assertThat(lines(set("年2022年", 10))).containsExactly("年2022年");
        assertThat(set("年2222", 10).lines().get(0).x()[3] - set("年2222", 10).lines().get(0).x()[2])
                .isCloseTo(EM / 2, within(1e-9));
    }

    /** 全身 / 半身 / 居中 (TYPESETTING.md §3): every mark one em, half an em, or one em with its ink centred. */
    @Test
    void otherPunctuationModes() {
        var text = StyledText.plain("中，中（中", FONTS.face(FontRole.SERIF, FontWeight.REGULAR), EM, FONTS);
        assertThat(new ParagraphWidths(text, PunctuationMode.FULL_WIDTH, 0.25).slot).containsExactly(EM, EM, EM, EM, EM);
        assertThat(new ParagraphWidths(text, PunctuationMode.HALF_WIDTH, 0.25).slot)
                .containsExactly(EM, EM / 2, EM, EM / 2, EM);
        ParagraphWidths centred = new ParagraphWidths(text, PunctuationMode.CENTERED, 0.25);
        assertThat(centred.slot).containsExactly(EM, EM, EM, EM, EM);
        assertThat(centred.glyphOffset(1, EM)).isEqualTo(EM / 4);   // ink of ， from the left quarter to the centre
        assertThat(centred.glyphOffset(3, EM)).isEqualTo(-EM / 4);  // ink of （ from the right quarter to the centre
    }

    /** 全身: an opening bracket at line start loses its leading blank half, its glyph moving left with it. */
    @Test
    void openingBracketAtLineStartLosesItsLeadingBlank() {
        var text = StyledText.plain("（中文）", FONTS.face(FontRole.SERIF, FontWeight.REGULAR), EM, FONTS);
        ParagraphWidths w = new ParagraphWidths(text, PunctuationMode.FULL_WIDTH, 0.25);
        assertThat(w.naturalWidth(0, 4)).isEqualTo(3 * EM);   // ½ + 1 + 1 + ½ (line end)
        assertThat(w.naturalWidth(1, 4)).isEqualTo(2.5 * EM);
        var line = ParagraphComposer.place(w, 0, 4, 10 * EM, 0, Alignment.LEFT, true, false);
        assertThat(line.x()[0]).isEqualTo(-EM / 2);
        assertThat(line.x()[1]).isEqualTo(EM / 2);
    }

    /** clreq#h-adjustment_of_adjacent_punctuation_marks: two adjacent full-width marks take 1.5 em, not 2. */
    @Test
    void adjacentMarksAreCompressed() {
        var text = StyledText.plain("中。”中，“中", FONTS.face(FontRole.SERIF, FontWeight.REGULAR), EM, FONTS);
        ParagraphWidths w = new ParagraphWidths(text, PunctuationMode.FULL_WIDTH, 0.25);
        assertThat(w.slot[1] + w.slot[2]).isEqualTo(1.5 * EM);
        assertThat(w.slot[1]).isEqualTo(EM / 2);                    // the first loses its trailing blank
        assertThat(w.slot[4] + w.slot[5]).isEqualTo(1.5 * EM);
    }

    /** clreq#mixed_text_composition…: ¼ em between Han and digits/Latin, none next to Chinese punctuation. */
    @Test
    void hanWesternGapIsAQuarterEmAndNotNextToPunctuation() {
        var text = StyledText.plain("共5家，（2022）年", FONTS.face(FontRole.SERIF, FontWeight.REGULAR), EM, FONTS);
        ParagraphWidths w = new ParagraphWidths(text, PunctuationMode.KAIMING, 0.25);
        assertThat(w.gap[0] + w.gap[1]).isEqualTo(EM / 2);  // 共‿5‿家
        assertThat(w.gap[3]).isZero();              // ，（
        assertThat(w.gap[4]).isZero();              // （2
        assertThat(w.gap[7]).isZero();              // 2）
    }

    /** TYPESETTING.md §5: a number with its decimals and % is never split. */
    @Test
    void numbersAreNeverSplit() {
        for (double measure = 4; measure <= 12; measure += 0.25) {
            for (String line : lines(set("全市占比52.94%，同比增长73.08%，共计12,345元。", measure))) {
                assertThat(line).doesNotEndWith("52").doesNotEndWith("52.").doesNotEndWith("73.08").doesNotEndWith("12,");
            }
        }
    }

    /**
     * TYPESETTING.md §5: 45万元 stays together when the paragraph can break elsewhere at a similar cost (a
     * penalty, not a ban): over a range of measures the total fit splits it less often than first fit does.
     */
    @Test
    void numberAndChineseUnitStayTogetherByPenalty() {
        String text = "高新区兴安邦机电、宾康绿色能源、华兴浮选等5家企业获得资金支持45万元，同比增长，4月7日起全市推广。";
        int totalFitSplits = 0;
        int firstFitSplits = 0;
        for (double measure = 6; measure <= 20; measure += 0.125) {
            totalFitSplits += numberUnitSplits(lines(set(text, measure)));
            StyledText styled = StyledText.plain(text, FONTS.face(FontRole.SERIF, FontWeight.REGULAR), EM, FONTS);
            firstFitSplits += numberUnitSplits(lines(new ParagraphComposer(CompositionSettings.DEFAULT,
                    new FirstFitLineBreaker()).compose(styled, measure * EM, 0, Alignment.JUSTIFY)));
        }
        assertThat(firstFitSplits).isPositive();
        assertThat(totalFitSplits).isLessThan(firstFitSplits);
    }

    private static int numberUnitSplits(List<String> lines) {
        int splits = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).matches(".*\\d") && lines.get(i + 1).matches("^[万元月日家].*")) {
                splits++;
            }
        }
        return splits;
    }

    /** clreq#prohibition_rules_for_line_start_end, basic: no closing mark starts a line, no opening mark ends one. */
    @Test
    void basicProhibitions() {
        String text = "他说：“这是《平顶山日报》的报道（记者高轶鹏），真好！”大家都笑了。";
        for (double measure = 3; measure <= 12; measure += 0.5) {
            List<String> lines = lines(set(text, measure));
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    assertThat(LineChecks.mayNotStart(lines.get(i))).as(lines.toString()).isFalse();
                }
                assertThat(lines.get(i)).doesNotEndWith("“").doesNotEndWith("《").doesNotEndWith("（");
            }
        }
    }

    /** Strict level: —— and …… may not start a line; at every level they are never split (GB/T 15834 §5.1.5). */
    @Test
    void strictKeepsDashesAndEllipsesOffTheLineStart() {
        String text = "一二三四五六七八——九十一二……三四五六七八九十——一二三";
        for (double measure = 4; measure <= 12; measure += 0.5) {
            List<String> strict = lines(set(text, measure, 0, settings(PunctuationMode.KAIMING, ProhibitionLevel.STRICT),
                    Alignment.JUSTIFY));
            for (int i = 1; i < strict.size(); i++) {
                assertThat(strict.get(i)).doesNotStartWith("—").doesNotStartWith("…");
            }
            for (String line : lines(set(text, measure))) {
                assertThat(line).doesNotEndWith("一二三四五六七八—").doesNotMatch(".*[^—]—$").doesNotMatch(".*[^…]…$");
            }
        }
    }

    /** GB-style level: a solidus may not end a line (basic allows it). */
    @Test
    void gbStyleKeepsSolidiOffTheLineEnd() {
        String text = "甲乙丙丁戊己/庚辛壬癸甲乙丙丁/戊己庚辛";
        for (double measure = 3; measure <= 10; measure += 0.5) {
            for (String line : lines(set(text, measure, 0, settings(PunctuationMode.KAIMING, ProhibitionLevel.GB),
                    Alignment.JUSTIFY))) {
                assertThat(line.equals(text) || !line.endsWith("/")).isTrue();
            }
        }
    }

    /** With prohibitions off, a comma may start a line. */
    @Test
    void noProhibitionsAllowsACommaAtLineStart() {
        List<String> lines = lines(set("一二三四五，六七八九十", 5, 0, settings(PunctuationMode.KAIMING, ProhibitionLevel.NONE),
                Alignment.JUSTIFY));
        assertThat(lines.get(1)).startsWith("，");
        List<String> basic = lines(set("一二三四五，六七八九十", 5));
        assertThat(basic.get(1)).doesNotStartWith("，");
    }

    /** clreq#adjustments_of_orphans_and_widows: no last line of one character (or one character and a mark). */
    @Test
    void noOrphans() {
        String text = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一。";
        List<String> firstFit = lines(set(text, 10, 0, CompositionSettings.DEFAULT, Alignment.JUSTIFY));
        assertThat(firstFit.get(firstFit.size() - 1).length()).isGreaterThan(2);
        var greedy = new ParagraphComposer(CompositionSettings.DEFAULT, new FirstFitLineBreaker())
                .compose(StyledText.plain(text, FONTS.face(FontRole.SERIF, FontWeight.REGULAR), EM, FONTS), 10 * EM, 0,
                        Alignment.JUSTIFY);
        assertThat(lines(greedy).get(lines(greedy).size() - 1)).isEqualTo("一。"); // what the default composer avoided
    }

    /** clreq (justification): every line but the last fills the measure; the last is set flush left, unjustified. */
    @Test
    void lastLineIsNotJustified() {
        var p = set("今年以来，面对严峻复杂的经济形势，高新区上下一手抓疫情防控，一手抓经济发展。", 9);
        var lines = p.lines();
        for (int i = 0; i < lines.size() - 1; i++) {
            assertThat(lines.get(i).width()).isCloseTo(9 * EM, within(1e-6));
        }
        var last = lines.get(lines.size() - 1);
        assertThat(last.width()).isLessThan(9 * EM);
        double[] x = last.x();
        for (int i = 1; i < x.length - 1; i++) {
            assertThat(x[i] - x[i - 1]).isIn(EM, EM / 2); // natural widths only
        }
    }

    /** clreq#reduction_and_expansion…: squeeze before stretch, in order — the Han–Western gap (6) before 。 (7). */
    @Test
    void squeezeTakesHanWesternGapsBeforeStops() {
        // natural: 1 + ¼ + digits + ¼ + 1 + 1 (。 mid-line) + 1 + … ; measure chosen a little short of natural
        String text = "共5家。再见";
        StyledText styled = StyledText.plain(text, FONTS.face(FontRole.SERIF, FontWeight.REGULAR), EM, FONTS);
        ParagraphWidths w = new ParagraphWidths(styled, PunctuationMode.KAIMING, 0.25);
        double natural = w.naturalWidth(0, styled.length);
        var line = ParagraphComposer.place(w, 0, styled.length, natural - EM / 8, 0, Alignment.JUSTIFY, false, false);
        assertThat(line.width()).isCloseTo(natural - EM / 8, within(1e-9));
        assertThat(line.slots()[3]).isEqualTo(EM);                 // 。 untouched
        var tighter = ParagraphComposer.place(w, 0, styled.length, natural - EM / 2, 0, Alignment.JUSTIFY, false, false);
        assertThat(tighter.slots()[3]).isLessThan(EM);              // 。 squeezed once the gaps are at ⅛ em
    }

    /** An over-wide token is broken only as a last resort, and reported. */
    @Test
    void anOverWideTokenIsBrokenAndReported() {
        var p = set("见Pneumonoultramicroscopicsilicovolcanoconiosis一词", 8);
        assertThat(p.brokenTokens()).containsExactly("Pneumonoultramicroscopicsilicovolcanoconiosis");
        assertThat(String.join("", lines(p))).isEqualTo("见Pneumonoultramicroscopicsilicovolcanoconiosis一词");
        for (var line : p.lines()) {
            assertThat(line.width()).isLessThanOrEqualTo(8 * EM + 1e-6);
        }
    }

    /** clreq#first_line_indents: the first line starts 2 em in. */
    @Test
    void firstLineIndent() {
        var p = set("今年以来，面对严峻复杂的经济形势，高新区上下一手抓疫情防控。", 10, 2, CompositionSettings.DEFAULT,
                Alignment.JUSTIFY);
        assertThat(p.lines().get(0).x()[0]).isEqualTo(2 * EM);
        assertThat(p.lines().get(1).x()[0]).isZero();
    }
}
