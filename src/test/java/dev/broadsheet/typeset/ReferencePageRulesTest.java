package dev.broadsheet.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.Alignment;
import dev.broadsheet.model.CompositionSettings;
import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.model.TextRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Over the whole reference page: no line starts with a mark that may not start a line, none ends with an
 * opening mark, no number is split, ……/—— never split, no line runs past its measure, every non-final line
 * fills its measure, and every character of the input appears exactly once, in order.
 */
class ReferencePageRulesTest {
    private static final BundledFonts FONTS = BundledFonts.shared();

    @Test
    void everyPrintedParagraphAtItsPrintedMeasureKeepsTheRules() {
        ParagraphComposer composer = new ParagraphComposer(CompositionSettings.DEFAULT);
        List<String> problems = new ArrayList<>();
        int paragraphs = 0;
        for (ReferencePage.PrintedParagraph p : ReferencePage.load().paragraphs()) {
            double measure = p.measureEm() * ReferencePage.BODY_SIZE;
            StyledText text = StyledText.plain(p.text(), FONTS.face(FontRole.SERIF, FontWeight.REGULAR),
                    ReferencePage.BODY_SIZE, FONTS);
            var composed = composer.compose(text, measure, 2 * ReferencePage.BODY_SIZE, Alignment.JUSTIFY);
            problems.addAll(LineChecks.violations(p.text(), LineChecks.of(composed, measure), true));
            paragraphs++;
        }
        assertThat(paragraphs).isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    @Test
    void theComposedReferencePageKeepsTheRules() {
        Issue issue = ReferencePage.load().issue();
        LaidOutIssue laidOut = new IssueComposer(FONTS).compose(issue);
        LaidOutPage page = laidOut.pages().get(0);
        Map<String, List<PlacedItem.PlacedLine>> byParagraph = new LinkedHashMap<>();
        for (PlacedItem.PlacedLine line : page.lines()) {
            if (line.role() == TextRole.BODY) {
                var s = line.source();
                byParagraph.computeIfAbsent(line.storyId() + "/" + s.section() + "/" + s.paragraph(), k -> new ArrayList<>())
                        .add(line);
            }
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Story story : issue.stories()) {
            assertThat(laidOut.reports().get(story.id()).isOverset()).as(story.id() + " fits its frames").isFalse();
            for (int s = 0; s < story.sections().size(); s++) {
                StorySection section = story.sections().get(s);
                for (int p = 0; p < section.paragraphs().size(); p++) {
                    Paragraph paragraph = section.paragraphs().get(p);
                    String expected = (p == 0 && section.dateline() != null
                            ? section.dateline().label() + section.dateline().creditText() : "") + paragraph.text();
                    List<PlacedItem.PlacedLine> lines = byParagraph.getOrDefault(story.id() + "/" + s + "/" + p, List.of());
                    List<LineChecks.CheckedLine> checkedLines = new ArrayList<>();
                    for (int i = 0; i < lines.size(); i++) {
                        var line = lines.get(i);
                        checkedLines.add(new LineChecks.CheckedLine(line.text(), LineChecks.setRight(line, FONTS),
                                line.x() + line.measure(), i == lines.size() - 1));
                    }
                    problems.addAll(LineChecks.violations(expected, checkedLines, true));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(40);
        assertThat(problems).isEmpty();
    }
}
