package dev.broadsheet.bench;

import dev.broadsheet.model.Issue;
import dev.broadsheet.store.IssueFormat;
import dev.broadsheet.store.IssueStore;
import dev.broadsheet.store.TestIssues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 2's store benchmark: load and save a generated 48-page issue of 384 stories and about 300,000
 * characters. Goals on the project machine: load ≤ 300 ms, save ≤ 200 ms. {@code save} includes forcing the
 * file to disk; {@code toBytes} and {@code parseBytes} show the share of JSON work without the disk.
 *
 * <p>Run: {@code ./mvnw -q -o -Pbench test-compile exec:exec -Dbench=StoreBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class StoreBenchmark {

    private final IssueStore store = new IssueStore();
    private Path loadDir;
    private Path saveDir;
    private Issue issue;
    private byte[] bytes;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        issue = TestIssues.generate(48, 8, 790, 42);
        int characters = issue.stories().stream().mapToInt(s -> s.characterCount()).sum();
        loadDir = Files.createTempDirectory("bench-load");
        saveDir = Files.createTempDirectory("bench-save");
        store.save(loadDir, issue);
        bytes = IssueFormat.toBytes(issue);
        System.out.printf("%n48-page issue: %d pages, %d stories, %,d characters, issue.json %,d bytes%n",
                issue.pages().size(), issue.stories().size(), characters, bytes.length);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        for (Path dir : new Path[] {loadDir, saveDir}) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Benchmark
    public Issue load() throws IOException {
        return store.load(loadDir);
    }

    @Benchmark
    public Issue save() throws IOException {
        return store.save(saveDir, issue);
    }

    @Benchmark
    public byte[] toBytes() {
        return IssueFormat.toBytes(issue);
    }

    @Benchmark
    public Issue parseBytes() throws IOException {
        return IssueFormat.read(bytes, Path.of("issue.json"), null).issue();
    }
}
