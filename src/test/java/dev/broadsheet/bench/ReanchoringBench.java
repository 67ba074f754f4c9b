package dev.broadsheet.bench;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.MarkKind;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.review.AnchoredMark;
import dev.broadsheet.review.ChangesSince;
import dev.broadsheet.review.IssueChanges;
import dev.broadsheet.review.Reanchoring;
import dev.broadsheet.review.TextAnchors;
import dev.broadsheet.typeset.ReferencePage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Placing a proofreader's marks on the reference page after the editor kept working: 200 marks (every
 * fifth word-sized stretch of every paragraph), on an issue where a paragraph was put in front of each
 * story, so every mark has to be found again. What the workstation does when a review file changes.
 * Run: {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=ReanchoringBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReanchoringBench {

    private Issue proofed;
    private Issue edited;
    private List<Mark> marks;

    @Setup
    public void setUp() {
        proofed = ReferencePage.load().issue();
        marks = new ArrayList<>();
        Instant t = Instant.parse("2026-11-26T10:00:00Z");
        for (Story story : proofed.stories()) {
            for (int s = 0; s < story.sections().size(); s++) {
                List<Paragraph> ps = story.sections().get(s).paragraphs();
                for (int p = 0; p < ps.size(); p++) {
                    String text = ps.get(p).text();
                    for (int at = 0; at + 4 <= text.length() && marks.size() < 200; at += 20) {
                        marks.add(Mark.correction("m-" + marks.size(), MarkKind.REPLACE,
                                TextAnchors.of(proofed, story.id(), s, p, at, at + 4), "校对", t, "x", ""));
                    }
                }
            }
        }
        Issue e = proofed;
        for (Story story : proofed.stories()) {
            List<StorySection> sections = new ArrayList<>(story.sections());
            StorySection first = sections.get(0);
            List<Paragraph> ps = new ArrayList<>(first.paragraphs());
            ps.add(0, Paragraph.of("编者按：本版稿件经过再次编辑。"));
            sections.set(0, new StorySection(first.dateline(), ps));
            e = e.withStory(story.withSections(sections));
        }
        edited = e;
    }

    @Benchmark
    public List<AnchoredMark> placeMarksAfterEdits() {
        return Reanchoring.place(edited, marks);
    }

    @Benchmark
    public IssueChanges changesSinceProof() {
        return ChangesSince.between(proofed, edited);
    }
}
