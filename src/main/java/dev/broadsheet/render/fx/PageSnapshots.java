package dev.broadsheet.render.fx;

import dev.broadsheet.typeset.LaidOutPage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Renders a laid-out page to an image at a resolution: what the PDF comparison test and the benchmarks
 * compare and time. The JavaFX toolkit must be running (a headless Monocle one will do).
 */
public final class PageSnapshots {
    private PageSnapshots() {
    }

    /**
     * The page as an image of {@code width × dpi / 72} by {@code height × dpi / 72} pixels. May be called from
     * any thread: off the FX thread it runs there and waits.
     */
    public static WritableImage render(LaidOutPage page, FxPageRenderer renderer, double dpi) {
        if (Platform.isFxApplicationThread()) {
            return renderOnFxThread(page, renderer, dpi);
        }
        CompletableFuture<WritableImage> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(renderOnFxThread(page, renderer, dpi));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering page " + page.pageNumber(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot render page " + page.pageNumber(), e.getCause());
        }
    }

    private static WritableImage renderOnFxThread(LaidOutPage page, FxPageRenderer renderer, double dpi) {
        double scale = dpi / 72.0;
        int width = (int) Math.ceil(page.width() * scale);
        int height = (int) Math.ceil(page.height() * scale);
        Canvas canvas = new Canvas(width, height);
        renderer.draw(canvas.getGraphicsContext2D(), page, scale);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        return canvas.snapshot(parameters, new WritableImage(width, height));
    }
}
