package dev.broadsheet.typeset;

import dev.broadsheet.model.CompositionSettings;
import dev.broadsheet.model.PunctuationMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: a tool for finding the rule the reference page was set by. Run with
 * {@code -Dbroadsheet.diagnose=DIR}; it writes, per body paragraph of the reference page, each character's
 * metrics in em (font advance, 开明 slot, line-end slot, squeeze capacity and level, Han–Western gap, break
 * opportunity and penalty before it) and the printed line lengths, as tab-separated text for analysis.
 */
@EnabledIfSystemProperty(named = "broadsheet.diagnose", matches = ".+")
class FidelityDiagnostic {
    @Test
    void dumpMetrics() throws IOException {
        Path dir = Path.of(System.getProperty("broadsheet.diagnose"));
        Files.createDirectories(dir);
        CompositionSettings settings = CompositionSettings.DEFAULT;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("metrics.tsv"), StandardCharsets.UTF_8))) {
            for (ReferencePage.PrintedParagraph p : ReferencePage.load().paragraphs()) {
                StyledText text = FidelityToPrintTest.styled(p);
                ParagraphWidths w = new ParagraphWidths(text, PunctuationMode.KAIMING, settings.hanLatinGapEm(), true);
                ParagraphWidths full = new ParagraphWidths(text, PunctuationMode.FULL_WIDTH, settings.hanLatinGapEm(), true);
                BreakOpportunities o = new BreakOpportunities(text, w.classes, settings.prohibitions());
                StringBuilder lengths = new StringBuilder();
                for (String line : p.lines()) {
                    lengths.append(line.codePointCount(0, line.length())).append(',');
                }
                out.printf(Locale.ROOT, "P\t%s\t%d\t%s\t%s\t%s%n", p.storyId(), p.index(), p.measureEm(), p.datelined(), lengths);
                double em = ReferencePage.BODY_SIZE;
                for (int i = 0; i < w.n; i++) {
                    out.printf(Locale.ROOT, "C\t%s\t%s\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%d\t%.4f\t%.4f\t%s\t%.1f\t%.4f\t%.4f\t%d%n",
                            new String(Character.toChars(text.codePoints[i])), w.classes[i], w.advance[i] / em,
                            w.slot[i] / em, w.endSlot[i] / em, w.startSlot[i] / em, w.slotShrink[i] / em,
                            w.slotShrinkLevel[i], w.gap[i] / em, w.gapShrink[i] / em, o.allowed[i], o.penalty[i],
                            full.slot[i] / em, full.endSlot[i] / em, full.slotShrinkLevel[i]);
                }
            }
        }
    }
}
