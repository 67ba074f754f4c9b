package dev.broadsheet.bench;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.render.pdf.ExportProgress;
import dev.broadsheet.render.pdf.PdfExportOptions;
import dev.broadsheet.render.pdf.PdfExporter;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.ReferencePage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PDF export, warm in one JVM: the reference page (composed once by the real composer), and a 10-page issue
 * of it, to memory and to a file (atomic write with fsync). Goals: page ≤ 100 ms, 10 pages ≤ 0.5 s.
 * Run: {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=ExportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Djava.awt.headless=true"})
public class ExportBenchmark {
    private PdfExporter exporter;
    private PdfExportOptions options;
    private List<LaidOutPage> referencePage;
    private List<LaidOutPage> tenPages;
    private Path folder;

    @Setup
    public void setUp() throws IOException {
        BundledFonts fonts = BundledFonts.shared();
        LaidOutPage page = new IssueComposer(fonts).compose(ReferencePage.load().issue()).pages().get(0);
        referencePage = List.of(page);
        tenPages = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            tenPages.add(new LaidOutPage(i, page.width(), page.height(), page.frames(), page.items()));
        }
        exporter = new PdfExporter(fonts);
        options = PdfExportOptions.proof().withExportTime(Instant.parse("2024-05-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        folder = Files.createTempDirectory("export-bench");
    }

    @TearDown
    public void tearDown() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(folder);
    }

    @Benchmark
    public byte[] referencePageToMemory() throws IOException {
        return exporter.toBytes(referencePage, options);
    }

    @Benchmark
    public Object referencePageToFile() throws IOException {
        return exporter.export(referencePage, options, folder.resolve("page.pdf"), ExportProgress.NONE);
    }

    @Benchmark
    public Object tenPagesToFile() throws IOException {
        return exporter.export(tenPages, options, folder.resolve("issue.pdf"), ExportProgress.NONE);
    }
}
