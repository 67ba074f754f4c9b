package dev.broadsheet.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.Alignment;
import dev.broadsheet.model.CompositionSettings;
import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import dev.broadsheet.model.ProhibitionLevel;
import dev.broadsheet.model.PunctuationMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * On random Chinese/Latin text: every character of the input appears in the composed lines exactly once,
 * in order; no line runs past its measure; the prohibitions hold and no number, word, —— or …… is split
 * (unless a token wider than the measure had to be broken, which is then reported).
 */
class LineBreakingProperties {
    private static final BundledFonts FONTS = BundledFonts.shared();

    private static final List<String> TOKENS = List.of(
            "中", "国", "新", "闻", "报", "道", "经", "济", "发", "展", "高", "区", "的", "了", "是", "在",
            "，", "。", "、", "；", "：", "？", "！", "“", "”", "‘", "’", "（", "）", "《", "》", "——", "……", "·",
            "2022", "73.08%", "12,345", "4月7日", "45万元", "PDF", "Broadsheet", "iPhone", " ", "e-mail", "3/4", "～");

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(120).map(list -> String.join("", list).strip())
                .filter(s -> !s.isEmpty());
    }

    @Property(tries = 300)
    void everyCharacterOnceAndNoLinePastItsMeasure(@ForAll("mixedText") String text,
                                                    @ForAll @DoubleRange(min = 6, max = 30) double measureEm,
                                                    @ForAll PunctuationMode mode) {
        double size = 9.5;
        CompositionSettings settings = new CompositionSettings(mode, ProhibitionLevel.BASIC, 0.25, 2);
        StyledText styled = StyledText.plain(text, FONTS.face(FontRole.SERIF, FontWeight.REGULAR), size, FONTS);
        var composed = new ParagraphComposer(settings).compose(styled, measureEm * size, 2 * size, Alignment.JUSTIFY);
        List<String> problems = LineChecks.violations(text, LineChecks.of(composed, measureEm * size), true);
        if (!composed.brokenTokens().isEmpty()) {
            // A token wider than the measure was broken as a last resort: only loss, duplication and overflow count.
            problems.removeIf(p -> !p.contains("lost") && !p.contains("past its measure"));
        }
        assertThat(problems).as(text).isEmpty();
    }
}
