package dev.broadsheet.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.Alignment;
import dev.broadsheet.model.CompositionSettings;
import dev.broadsheet.model.DigitWidth;
import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import dev.broadsheet.model.LineBreaking;
import dev.broadsheet.model.ProhibitionLevel;
import dev.broadsheet.model.PunctuationMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fill-first breaker's rules (FillFirstLineBreaker; TYPESETTING.md §1, §2, §4, §5), one test each. */
class FillFirstLineBreakerTest {
    private static final BundledFonts FONTS = BundledFonts.shared();
    private static final double EM = 10;

    private static StyledText styled(String text) {
        return StyledText.plain(text, FONTS.face(FontRole.SERIF, FontWeight.REGULAR), EM, FONTS);
    }

    private static List<String> lines(String text, double measureEm, double indentEm, CompositionSettings settings,
                                      LineBreaker breaker, Alignment alignment) {
        var p = new ParagraphComposer(settings, breaker).compose(styled(text), measureEm * EM, indentEm * EM, alignment);
        return p.lines().stream().map(l -> p.text().substring(l.start(), l.end())).toList();
    }

    private static List<String> fillFirst(String text, double measureEm) {
        return lines(text, measureEm, 0, CompositionSettings.DEFAULT, new FillFirstLineBreaker(), Alignment.JUSTIFY);
    }

    private static List<String> firstFit(String text, double measureEm) {
        return lines(text, measureEm, 0, CompositionSettings.DEFAULT, new FirstFitLineBreaker(), Alignment.JUSTIFY);
    }

    /**
     * 先挤进，后推出 (TYPESETTING.md §2): a line takes one more character when squeezing its Han–Western gaps
     * to ⅛ em (clreq squeeze priority 6) makes room, where a natural-width fill pushes it to the next line.
     */
    @Test
    void squeezesHanWesternGapsToFitOneMoreCharacter() {
        // 共 ¼ 5 ¼ 家企业获得资金: 8 Han + one digit (½) + two gaps (½) = 9 em natural, 8.75 em squeezed
        String text = "共5家企业获得资金支持。";
        assertThat(fillFirst(text, 8.75).get(0)).isEqualTo("共5家企业获得资金");
        assertThat(firstFit(text, 8.75).get(0)).isEqualTo("共5家企业获得资");
    }

    /**
     * 全身 (TYPESETTING.md §3): fill first squeezes ，、 (clreq priority 5) and bracket blanks (4) so that one
     * more character fits, as Founder's full-width mode does.
     */
    @Test
    void inFullWidthModeSqueezesCommasToFitOneMoreCharacter() {
        CompositionSettings fullWidth = new CompositionSettings(PunctuationMode.FULL_WIDTH, ProhibitionLevel.BASIC, 0.25, 2);
        // 一次会议，贯彻落实中央、省委、市委: 14 Han + 3 marks = 17 em natural, 15.5 em squeezed
        String text = "一次会议，贯彻落实中央、省委、市委财经工作会议精神。";
        assertThat(lines(text, 16, 0, fullWidth, new FillFirstLineBreaker(), Alignment.JUSTIFY).get(0))
                .isEqualTo("一次会议，贯彻落实中央、省委、市委");
        assertThat(lines(text, 16, 0, fullWidth, new FirstFitLineBreaker(), Alignment.JUSTIFY).get(0))
                .isEqualTo("一次会议，贯彻落实中央、省委、市");
    }

    /**
     * clreq squeeze priority 7 (。？！) is a house option the reference page does not use to gain a character:
     * its lead story's `室工作细则》。区党工委书记凌兵奎` leaves 主 to the next line at 16 em although squeezing 。
     * would make room.
     */
    @Test
    void doesNotSqueezeAFullStopToGainACharacter() {
        String text = "室工作细则》。区党工委书记凌兵奎主持会议，党工委管委会班子成员、区级各部门负责人参会。";
        List<String> lines = fillFirst(text, 16);
        assertThat(lines.get(0)).isEqualTo("室工作细则》。区党工委书记凌兵奎");
    }

    /**
     * TYPESETTING.md §5 (a house penalty, not a ban): a number moves down with its Chinese unit when that costs
     * at most ½ em of added space (，4|月 → ，|4月); with a ¼ em gap before it (今年3|月, ¾ em) the line keeps
     * the number, as the reference page does.
     */
    @Test
    void keepsANumberWithItsUnitOnlyWhenThatCostsLittle() {
        // 一二三四五六七八九，4: 9 Han + ，½ + 4 ½ = 10 em; without the 4 the line is ½ em short
        assertThat(fillFirst("一二三四五六七八九，4月7日起全市推广实施。", 10).get(0)).isEqualTo("一二三四五六七八九，");
        assertThat(firstFit("一二三四五六七八九，4月7日起全市推广实施。", 10).get(0)).isEqualTo("一二三四五六七八九，4");
        // 一二三四五六七八九今年3: 11 Han + ¼ + ½ = 11.75 em; without the 3 the line would be ¾ em short
        assertThat(fillFirst("一二三四五六七八九今年3月以来全市推广实施。", 11.75).get(0)).isEqualTo("一二三四五六七八九今年3");
    }

    /** clreq#adjustments_of_orphans_and_widows: a last line of one character and its mark takes one from above. */
    @Test
    void aLastLineOrphanTakesACharacterFromTheLineAbove() {
        String text = "一二三四五六七八九十一二三四五六七八九十一。";
        assertThat(firstFit(text, 10)).last().isEqualTo("一。");
        assertThat(fillFirst(text, 10)).containsExactly("一二三四五六七八九十", "一二三四五六七八九", "十一。");
    }

    /**
     * The paragraph's end must show (LinePricing.FULL_LAST_LINE_EM, TYPESETTING.md §1): the lead story's second
     * paragraph fills 9 lines at 16 em with a last line 1½ em short of full; the printed page set it in 10 lines
     * ending `问题。`, and so does the composer, by breaking that paragraph over its whole length.
     */
    @Test
    void aParagraphWhoseEndWouldNotShowIsBrokenOverItsWholeLength() {
        String text = "今年以来，面对严峻复杂的经济形势，高新区上下一手抓疫情防控，一手抓经济发展，取得了相对不错的成绩，"
                + "部分经济指标名列前茅，招商引资和项目建设工作持续推进，智能制造装备产业集群入选第一批河南省战略性新兴"
                + "产业集群名单，但是也存在发展后劲不足、谋划包装项目能力不强、对产业发展政策研究不透等问题。";
        List<String> filled = lines(text, 16, 2, CompositionSettings.DEFAULT, new FillFirstLineBreaker(false),
                Alignment.JUSTIFY);
        assertThat(filled).hasSize(9).last().isEqualTo("对产业发展政策研究不透等问题。");
        List<String> composed = lines(text, 16, 2, CompositionSettings.DEFAULT, new FillFirstLineBreaker(),
                Alignment.JUSTIFY);
        assertThat(composed).hasSize(10).last().isEqualTo("问题。");
        // ragged text has no paragraph end to show: the same paragraph set flush left keeps the fill
        assertThat(lines(text, 16, 2, CompositionSettings.DEFAULT, new FillFirstLineBreaker(), Alignment.LEFT))
                .isEqualTo(filled);
    }

    /**
     * Between equally good breakings the re-break takes the one with the fuller later lines, as the reference
     * page does when it lengthens a paragraph by a line: its lead story's ninth paragraph (12 lines filled at
     * 16 em, the last 1½ em short of full) is printed in 13, the extra line's characters given by its first
     * lines and its last three full. Ours keeps the printed first six and last three; plain total fit, which
     * takes the shorter line on a tie, moves them from the fourth line on.
     */
    @Test
    void theReBreakTakesTheCharactersOfTheExtraLineFromTheFirstLines() {
        String text = "提升专业能力。要加强学习，经常学习，不断学习，练就扎实过硬的业务能力。要加强培训，邀请省内外专家学者，"
                + "加强业务知识培训，提升科技人员本领。要相互交流，与上级业务部门、高校专家学者、研发平台等建立联络渠道，"
                + "相互交流切磋，碰撞思想火花。要总结提升，牢固树立科技创新工作“一盘棋”的大局意识，形成“部门合作、分头"
                + "发力、协同并进”的工作机制，不断提升科技创新局、各园区抓创新的能力和企业的自主创新能力。";
        List<String> composed = lines(text, 16, 2, CompositionSettings.DEFAULT, new FillFirstLineBreaker(),
                Alignment.JUSTIFY);
        List<String> plain = lines(text, 16, 2, CompositionSettings.DEFAULT, new TotalFitLineBreaker(),
                Alignment.JUSTIFY);
        List<String> printed = List.of("提升专业能力。要加强学习，经", "常学习，不断学习，练就扎实过硬的",
                "业务能力。要加强培训，邀请省内外", "专家学者，加强业务知识培训，提升", "科技人员本领。要相互交流，与上级",
                "业务部门、高校专家学者、研发平台", "等建立联络渠道，相互交流切磋，碰", "撞思想火花。要总结提升，牢固树立",
                "科技创新工作“一盘棋”的大局意识，", "形成“部门合作、分头发力、协同并进”", "的工作机制，不断提升科技创新局、各",
                "园区抓创新的能力和企业的自主创新", "能力。");
        assertThat(composed).hasSize(13).startsWith(printed.subList(0, 6).toArray(String[]::new))
                .endsWith(printed.subList(10, 13).toArray(String[]::new));
        assertThat(plain).hasSize(13).doesNotContain(printed.get(3), printed.get(4), printed.get(5));
    }

    /** The composition settings choose the breaker and the digit width (CompositionSettings, a house setting). */
    @Test
    void theSettingsChooseTheBreakerAndTheDigitWidth() {
        assertThat(ParagraphComposer.breakerFor(CompositionSettings.DEFAULT)).isInstanceOf(FillFirstLineBreaker.class);
        assertThat(ParagraphComposer.breakerFor(CompositionSettings.DEFAULT.withLineBreaking(LineBreaking.TOTAL_FIT)))
                .isInstanceOf(TotalFitLineBreaker.class);
        StyledText year = styled("年2022");
        double font = FONTS.face(FontRole.SERIF, FontWeight.REGULAR).advance('2') * EM;
        assertThat(new ParagraphWidths(year, CompositionSettings.DEFAULT).slot[1]).isEqualTo(EM / 2);
        assertThat(new ParagraphWidths(year, CompositionSettings.DEFAULT.withDigits(DigitWidth.FONT)).slot[1])
                .isCloseTo(font, within(1e-9));
    }
}
