package dev.broadsheet.bench;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.typeset.ReferencePage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Composing the whole reference page (seven stories with decks and datelines, two photos with titles and
 * captions, a rule, the page header). Run: {@code ./mvnw -q -o -Pbench test-compile exec:exec -Dbench=Compose}.
 * <ul>
 *   <li>{@link ComposeColdBenchmark}: cold — the first composition in a new JVM;</li>
 *   <li>{@code wholePageNoCache}: warm JIT, every story composed (a new composer each time);</li>
 *   <li>{@code wholePageCached}: warm, nothing changed since the last composition;</li>
 *   <li>{@code pageAfterOneStoryEdit}: warm, one paragraph of the lead story edited, so that story alone is composed again.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ComposeBenchmark {
    private Issue issue;
    private IssueComposer cachedComposer;
    private IssueComposer editComposer;
    private long edits;

    @Setup(Level.Trial)
    public void setUp() {
        BundledFonts.shared();
        issue = ReferencePage.load().issue();
        cachedComposer = new IssueComposer(BundledFonts.shared());
        cachedComposer.compose(issue);
        editComposer = new IssueComposer(BundledFonts.shared());
        editComposer.compose(issue);
    }

    @Benchmark
    public LaidOutIssue wholePageNoCache() {
        return new IssueComposer(BundledFonts.shared()).compose(issue);
    }

    @Benchmark
    public LaidOutIssue wholePageCached() {
        return cachedComposer.compose(issue);
    }

    /**
     * A new edit each time (a number typed into one paragraph of the lead story): that story is flowed again
     * with the edited paragraph re-broken; the other paragraphs and the other six stories come from the caches.
     */
    @Benchmark
    public LaidOutIssue pageAfterOneStoryEdit() {
        edits++;
        Story lead = issue.story("S1").orElseThrow();
        List<StorySection> sections = new ArrayList<>(lead.sections());
        StorySection first = sections.get(0);
        List<Paragraph> paragraphs = new ArrayList<>(first.paragraphs());
        paragraphs.set(1, Paragraph.of(paragraphs.get(1).text().replace("今年以来", "今年" + edits + "季度以来")));
        sections.set(0, new StorySection(first.dateline(), paragraphs));
        return editComposer.compose(issue.withStory(lead.withSections(sections)));
    }
}
