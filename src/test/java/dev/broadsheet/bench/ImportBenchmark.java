package dev.broadsheet.bench;

import dev.broadsheet.importer.ImportException;
import dev.broadsheet.importer.ImportResult;
import dev.broadsheet.importer.TextImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
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
 * Importing the reference page (bytes to issue and report: decoding, charset detection, structure) and a page
 * ten times its size (the page's text ten times over: 70 stories, 20 photos).
 * Run: {@code ./mvnw -q -o -Pbench test-compile exec:exec -Dbench=Import}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ImportBenchmark {

    private byte[] page;
    private byte[] tenPages;

    @Setup
    public void load() {
        try (InputStream in = ImportBenchmark.class.getResourceAsStream("/reference/000_0b7f95b1a5b38884.txt")) {
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tenPages = new byte[page.length * 10];
        for (int i = 0; i < 10; i++) {
            System.arraycopy(page, 0, tenPages, i * page.length, page.length);
        }
    }

    @Benchmark
    public ImportResult referencePage() throws ImportException {
        return TextImporter.importBytes(page, null, "reference", Instant.EPOCH);
    }

    @Benchmark
    public ImportResult tenTimesLarger() throws ImportException {
        return TextImporter.importBytes(tenPages, null, "ten pages", Instant.EPOCH);
    }
}
