package dev.broadsheet.bench;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.Issue;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.typeset.ReferencePage;
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
 * Cold: the first composition of the reference page in a fresh JVM (composer classes, ICU's break rules and
 * the character-class table load on first use; the fonts are loaded before). Five forks, one shot each.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ComposeColdBenchmark {
    private Issue issue;

    @Setup(Level.Trial)
    public void setUp() {
        BundledFonts.shared();
        issue = ReferencePage.load().issue();
    }

    @Benchmark
    public LaidOutIssue firstPageInFreshJvm() {
        return new IssueComposer(BundledFonts.shared()).compose(issue);
    }
}
