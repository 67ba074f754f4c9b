package dev.broadsheet.bench;

import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.edit.MoveFrameCommand;
import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.Length;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.ui.canvas.PageCanvas;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
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
 * The editor loop on the reference page: one arrow-key step of a story frame — execute the
 * {@link MoveFrameCommand} on the session, re-compose with the {@link IssueComposer} (its per-story cache
 * re-sets only the stories whose frames changed), redraw the {@link PageCanvas} and take a snapshot of it —
 * all on the FX thread of a headless (Monocle, software pipeline) toolkit. {@code SampleTime} reports the
 * 50th and 95th percentiles per step; the goal is p95 ≤ 16 ms, one frame at 60 Hz.
 *
 * <p>The frame moved is f3 (story S2, two columns) and it goes down and up one line in turn, so its text
 * re-flows around the same place every time. A second benchmark moves the lead story's frame (f1, S1, 1,538
 * characters in three text columns), the worst case on this page.
 *
 * <p>What a step redraws: the canvas repaints only the damaged rectangles (old and new place of the frame) and
 * copies each frame from an image of its own, so a move that does not re-break lines copies the moved frame's
 * image instead of setting its glyphs again; an edit that re-flows a frame (a resize, a text change) draws that
 * frame's glyphs anew. The snapshot is of the whole control, rulers, scroll bars and markers included.
 *
 * <p>Run: {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=EditorLoop}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"})
public class EditorLoopBenchmark {

    private static final int PAGE = 5;
    private PageCanvas canvas;
    private DocumentSession session;
    private Stage stage;
    private int step;
    private static final int DRAG = 20;
    private int dragStep;

    @Setup(Level.Trial)
    public void startToolkitAndShowTheReferencePage() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.join();
        onFx(() -> {
            BundledFonts fonts = BundledFonts.shared();
            IssueComposer composer = new IssueComposer(fonts);
            session = new DocumentSession(EditorReferencePage.issue());
            canvas = new PageCanvas(fonts, composer::compose);
            canvas.setSession(session);
            canvas.setPageNumber(PAGE);
            stage = new Stage();
            // Monocle's headless screen is 1280 × 800: the window must fit it.
            stage.setScene(new Scene(canvas, 1200, 780));
            stage.show();
            canvas.snapshot(null, null);
            return null;
        });
    }

    @TearDown(Level.Trial)
    public void stop() {
        onFx(() -> {
            stage.close();
            return null;
        });
        Platform.exit();
    }

    @Benchmark
    public WritableImage moveStoryFrameOneLine() {
        return moveOneLine("f3");
    }

    @Benchmark
    public WritableImage moveLeadStoryFrameOneLine() {
        return moveOneLine("f1");
    }

    /**
     * A drag: the lead story's frame goes down one line per step for {@value #DRAG} steps, then back up, so
     * most steps put it where it has not been before (the alternating benchmarks above revisit two places).
     */
    @Benchmark
    public WritableImage dragLeadStoryFrame() {
        return onFx(() -> {
            double pitch = session.issue().page(PAGE).orElseThrow().grid().linePitch().toPoints();
            double delta = (dragStep++ / DRAG) % 2 == 0 ? pitch : -pitch;
            canvas.execute(MoveFrameCommand.of(PAGE, "f1", 0, Length.pt(delta)));
            return canvas.snapshot(null, null);
        });
    }

    /** The floor: a snapshot of the canvas with nothing changed (what the snapshot itself costs here). */
    @Benchmark
    public WritableImage snapshotWithoutEdit() {
        return onFx(() -> canvas.snapshot(null, null));
    }

    private WritableImage moveOneLine(String frameId) {
        return onFx(() -> {
            double pitch = session.issue().page(PAGE).orElseThrow().grid().linePitch().toPoints();
            // f1 sits at the top of the type area: down first, then back up.
            double delta = (step++ % 2 == 0) ? pitch : -pitch;
            canvas.execute(MoveFrameCommand.of(PAGE, frameId, 0, Length.pt(delta)));
            return canvas.snapshot(null, null);
        });
    }

    private static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }
}
