package dev.broadsheet.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.render.fx.FxPageRenderer;
import dev.broadsheet.render.fx.ImageSource;
import dev.broadsheet.render.fx.PageSnapshots;
import dev.broadsheet.typeset.IssueComposer;
import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.ReferencePage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Preview and print agree: the reference page rendered from the PDF by PDFBox and drawn on the canvas by the
 * JavaFX renderer (headless Monocle) differ in under 1% of pixels by more than 32 levels, at 150 dpi.
 */
class PdfMatchesCanvasTest {
    private static final int DPI = 150;
    private static final int LEVELS = 32;

    @BeforeAll
    static void startFx() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theReferencePagePrintsAsTheCanvasShowsIt() throws IOException {
        LaidOutIssue laidOut = new IssueComposer(BundledFonts.shared()).compose(ReferencePage.load().issue());
        assertPdfMatchesCanvas(laidOut.pages().get(0), "reference");
    }

    @Test
    void theFixturePageWithRulesPlaceholderAndMarkerPrintsAsTheCanvasShowsIt() throws IOException {
        assertPdfMatchesCanvas(PageFixtures.page(1, "images/missing.jpg").page(), "fixture");
    }

    private static void assertPdfMatchesCanvas(LaidOutPage page, String name) throws IOException {
        byte[] pdf = new PdfExporter(BundledFonts.shared()).toBytes(List.of(page), PdfExportOptions.proof());
        BufferedImage printed = PngExporter.render(pdf, 0, DPI);
        WritableImage snapshot = PageSnapshots.render(page, new FxPageRenderer(BundledFonts.shared(), ImageSource.none()), DPI);
        BufferedImage shown = SwingFXUtils.fromFXImage(snapshot, null);

        int width = Math.min(printed.getWidth(), shown.getWidth());
        int height = Math.min(printed.getHeight(), shown.getHeight());
        // Both are page size × 150/72; PDFBox floors a float product (874.99994 → 874) where the canvas
        // takes the ceiling of a double one (875.0000000000001 → 876): up to 2 px of rounding, same origin.
        assertThat(Math.abs(printed.getWidth() - shown.getWidth())).isLessThanOrEqualTo(2);
        assertThat(Math.abs(printed.getHeight() - shown.getHeight())).isLessThanOrEqualTo(2);
        long differing = 0;
        long inked = 0;
        BufferedImage diff = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int a = printed.getRGB(x, y);
                int b = shown.getRGB(x, y);
                int d = Math.max(Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff)),
                        Math.max(Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff)), Math.abs((a & 0xff) - (b & 0xff))));
                if (d > LEVELS) {
                    differing++;
                    diff.setRGB(x, y, 0xff0000);
                } else {
                    diff.setRGB(x, y, (a & 0xff) < 128 ? 0x808080 : 0xffffff);
                }
                if ((a & 0xff) < 128) {
                    inked++;
                }
            }
        }
        double share = (double) differing / ((long) width * height);
        if (share >= 0.01 || Boolean.getBoolean("broadsheet.keepDiffs")) {
            Path out = Path.of("target", "pdf-canvas-diff");
            Files.createDirectories(out);
            ImageIO.write(diff, "png", out.resolve(name + "-diff.png").toFile());
            ImageIO.write(printed, "png", out.resolve(name + "-pdf.png").toFile());
            ImageIO.write(shown, "png", out.resolve(name + "-canvas.png").toFile());
        }
        assertThat(inked).as("the page has ink to compare").isGreaterThan(1000);
        assertThat(share).as("share of pixels differing by more than %d levels (%d of %d; images in target/pdf-canvas-diff)",
                LEVELS, differing, (long) width * height).isLessThan(0.01);
        System.out.printf("PDF vs canvas, %s page at %d dpi: %.4f%% of pixels differ by more than %d levels%n",
                name, DPI, share * 100, LEVELS);
    }
}
