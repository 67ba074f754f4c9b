package dev.broadsheet.typeset;

import dev.broadsheet.model.CompositionSettings;
import dev.broadsheet.model.PunctuationMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: a tool for finding the rule the reference page was set by. Run with
 * {@code -Dbroadsheet.diagnose=DIR}. It writes {@code mismatches.txt}: for every body paragraph whose printed
 * breaks the default composer misses, at the structure's measure and at the paragraph's printed measure, the
 * printed lines beside ours, each with its width at natural spacing, what it would need squeezed (−) or
 * stretched (+) to fill the measure, and the width with the next character added; and {@code metrics.tsv}:
 * each character's metrics in em (font advance, 开明 slot, line-end slot, squeeze capacity and level,
 * Han–Western gap, break opportunity and penalty before it) with the printed line lengths, for analysis.
 */
@EnabledIfSystemProperty(named = "broadsheet.diagnose", matches = ".+")
class FidelityDiagnostic {
    @Test
    void reportMismatches() throws IOException {
        Path dir = Path.of(System.getProperty("broadsheet.diagnose"));
        Files.createDirectories(dir);
        CompositionSettings settings = CompositionSettings.DEFAULT;
        LineBreaker breaker = ParagraphComposer.breakerFor(settings);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dir.resolve("mismatches.txt"), StandardCharsets.UTF_8))) {
            for (ReferencePage.PrintedParagraph p : ReferencePage.load().paragraphs()) {
                if (p.datelined()) {
                    continue;
                }
                double printed = FidelityToPrintTest.printedMeasureEm(p);
                double[] measures = {p.measureEm(), Double.isNaN(printed) ? p.measureEm() : printed};
                for (int m = 0; m < 2; m++) {
                    double measureEm = measures[m];
                    StyledText text = FidelityToPrintTest.styled(p);
                    ParagraphWidths w = new ParagraphWidths(text, settings);
                    BreakOpportunities o = new BreakOpportunities(text, w.classes, settings.prohibitions());
                    double em = ReferencePage.BODY_SIZE;
                    int[] ours = breaker.breaks(w, o, measureEm * em, 2 * em);
                    List<Integer> printedBreaks = new ArrayList<>();
                    int position = 0;
                    for (String line : p.lines()) {
                        position += line.codePointCount(0, line.length());
                        printedBreaks.add(position);
                    }
                    List<Integer> ourBreaks = Arrays.stream(ours).boxed().toList();
                    if (ourBreaks.equals(printedBreaks)) {
                        continue;
                    }
                    out.printf(Locale.ROOT, "== %s ¶%d at %.3f em (%s)%n", p.storyId(), p.index(), measureEm,
                            m == 0 ? "the structure's measure" : "its printed measure");
                    describe(out, "printed", w, o, printedBreaks, ourBreaks, measureEm * em);
                    describe(out, "ours   ", w, o, ourBreaks, printedBreaks, measureEm * em);
                }
            }
        }
    }

    private static void describe(PrintWriter out, String label, ParagraphWidths w, BreakOpportunities o,
                                 List<Integer> breaks, List<Integer> other, double measure) {
        double em = ReferencePage.BODY_SIZE;
        int start = 0;
        for (int end : breaks) {
            double indent = start == 0 ? 2 * em : 0;
            double natural = indent + w.naturalWidth(start, end);
            int next = end;
            while (next < w.n && !o.allowed[++next]) {
                // the next break opportunity
            }
            String more = end < w.n ? String.format(Locale.ROOT, "  +%s → %.3f (squeezed %.3f)",
                    w.text.substring(end, next), (indent + w.naturalWidth(start, next)) / em,
                    (indent + w.naturalWidth(start, next) - w.fillSqueezeCapacity(start, next)) / em) : "";
            out.printf(Locale.ROOT, "  %s %s %-20s natural %.3f  %+.3f%s%n", label, other.contains(end) ? " " : "✗",
                    w.text.substring(start, end), natural / em, (measure - natural) / em, more);
            start = end;
        }
    }

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
