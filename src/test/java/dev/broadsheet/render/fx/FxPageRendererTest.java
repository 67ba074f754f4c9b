package dev.broadsheet.render.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.fonts.FontFace;
import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import dev.broadsheet.model.RuleStyle;
import dev.broadsheet.model.TextRole;
import dev.broadsheet.typeset.GlyphRun;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.PlacedItem;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The canvas renderer on small hand-made pages with round numbers (200 × 100 pt at 72 dpi: one pixel per
 * point), checked by pixels: glyphs land where the page says, rules, images and their placeholders.
 */
class FxPageRendererTest {

    private static final BundledFonts FONTS = BundledFonts.shared();
    private static final FontFace SERIF = FONTS.face(FontRole.SERIF, FontWeight.REGULAR);

    @TempDir
    Path folder;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static LaidOutPage page(PlacedItem... items) {
        return new LaidOutPage(1, 200, 100, List.of(), List.of(items));
    }

    private static PlacedItem.PlacedLine line(String text, double x, double baseline, double size, double letterSpacing) {
        double[] xs = new double[text.length()];
        double pos = x;
        for (int i = 0; i < text.length(); i++) {
            xs[i] = pos;
            pos += SERIF.advance(text.charAt(i)) * size + letterSpacing;
        }
        return new PlacedItem.PlacedLine("f1", "S1", TextRole.BODY, 0, 0, x, baseline, 200,
                List.of(new GlyphRun(SERIF.id(), size, text, xs, baseline)), new PlacedItem.SourceSpan(0, 0, 0, text.length()));
    }

    private static WritableImage render(LaidOutPage page, ImageSource images) {
        return PageSnapshots.render(page, new FxPageRenderer(FONTS, images), 72);
    }

    /** Dark pixels in a rectangle of the image. */
    private static int inkIn(WritableImage image, int x0, int y0, int x1, int y1) {
        PixelReader r = image.getPixelReader();
        int ink = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (r.getColor(x, y).getBrightness() < 0.5) {
                    ink++;
                }
            }
        }
        return ink;
    }

    @Test
    void glyphsAreDrawnAtTheirOwnPositionsAndNowhereElse() {
        // 国 at x 10 and 国 at x 150 on one line: wide letter-spacing, so each glyph is placed on its own.
        WritableImage image = render(page(line("国国", 10, 50, 20, 120)), ImageSource.none());
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(inkIn(image, 10, 30, 30, 52)).as("first glyph").isGreaterThan(20);
        assertThat(inkIn(image, 150, 30, 170, 52)).as("second glyph").isGreaterThan(20);
        assertThat(inkIn(image, 40, 0, 140, 100)).as("nothing between them").isZero();
        assertThat(inkIn(image, 0, 60, 200, 100)).as("nothing below the line").isZero();
    }

    @Test
    void aRunAtNaturalAdvancesIsDrawnTooAndTheResolutionScalesIt() {
        LaidOutPage page = page(line("新闻", 20, 40, 20, 0));
        WritableImage at144 = PageSnapshots.render(page, new FxPageRenderer(FONTS, ImageSource.none()), 144);
        assertThat(at144.getWidth()).isEqualTo(400);
        assertThat(inkIn(at144, 40, 50, 120, 82)).isGreaterThan(80);
        assertThat(inkIn(at144, 130, 0, 400, 200)).isZero();
    }

    @Test
    void rulesAreDrawnAlongTheirLine() {
        WritableImage image = render(page(new PlacedItem.PlacedRule("r1", RuleStyle.HEAVY, 10, 80, 190, 80, 2)), ImageSource.none());
        assertThat(inkIn(image, 10, 79, 190, 81)).isGreaterThan(300);
        assertThat(inkIn(image, 0, 0, 200, 76)).isZero();
    }

    @Test
    void aMissingImageIsAGreyPlaceholderNeverAnError() {
        PlacedItem.PlacedImage missing = new PlacedItem.PlacedImage("f2", "P1", "images/nowhere.jpg",
                20, 10, 100, 60, 20, 10, 100, 60);
        WritableImage image = render(page(missing), IssueFolderImages.loadingSynchronously(folder));
        Color inside = image.getPixelReader().getColor(30, 60);
        assertThat(inside.getRed()).isCloseTo(FxPageRenderer.PLACEHOLDER_FILL.getRed(), org.assertj.core.data.Offset.offset(0.02));
        assertThat(image.getPixelReader().getColor(150, 60)).isEqualTo(Color.WHITE);
    }

    @Test
    void anUnreadableImageAndAPathLeavingTheFolderAreDrawnAsPlaceholdersToo() throws Exception {
        Files.createDirectories(folder.resolve("images"));
        Files.writeString(folder.resolve("images/broken.jpg"), "not a jpeg");
        IssueFolderImages images = IssueFolderImages.loadingSynchronously(folder);
        assertThat(images.image("images/broken.jpg")).isNull();
        assertThat(images.image("../outside.png")).isNull();
        assertThat(images.image(null)).isNull();
        WritableImage image = render(page(new PlacedItem.PlacedImage("f2", "P1", "images/broken.jpg",
                20, 10, 100, 60, 20, 10, 100, 60)), images);
        assertThat(image.getPixelReader().getColor(30, 60).getRed()).isLessThan(0.95);
    }

    @Test
    void anImageFromTheIssueFolderIsDrawnInsideItsClip() throws Exception {
        Files.createDirectories(folder.resolve("images"));
        BufferedImage red = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                red.setRGB(x, y, 0xff0000);
            }
        }
        ImageIO.write(red, "png", folder.resolve("images/red.png").toFile());
        // The image is drawn larger than its clip (a FILL crop): nothing may show outside the clip.
        PlacedItem.PlacedImage placed = new PlacedItem.PlacedImage("f2", "P1", "images/red.png",
                50, 20, 60, 40, 30, 0, 100, 80);
        WritableImage image = render(page(placed), IssueFolderImages.loadingSynchronously(folder));
        Color inside = image.getPixelReader().getColor(80, 40);
        assertThat(inside.getRed()).isGreaterThan(0.9);
        assertThat(inside.getGreen()).isLessThan(0.1);
        assertThat(image.getPixelReader().getColor(40, 40)).as("left of the clip").isEqualTo(Color.WHITE);
        assertThat(image.getPixelReader().getColor(80, 70)).as("below the clip").isEqualTo(Color.WHITE);
    }

    @Test
    void aMissingGlyphIsAVisibleRedMarker() {
        WritableImage image = render(page(new PlacedItem.MissingGlyphMarker("f1", "S1", 0x2A6D6, 60, 50, 20, 20)), ImageSource.none());
        PixelReader r = image.getPixelReader();
        int red = 0;
        for (int y = 28; y < 52; y++) {
            for (int x = 58; x < 82; x++) {
                Color c = r.getColor(x, y);
                if (c.getRed() > 0.6 && c.getGreen() < 0.4) {
                    red++;
                }
            }
        }
        assertThat(red).isGreaterThan(20);
    }

    @Test
    void greekingDrawsSmallTextAsBarsOnlyWhenAsked() {
        LaidOutPage page = page(line("新闻新闻", 10, 50, 4, 0));
        FxPageRenderer renderer = new FxPageRenderer(FONTS, ImageSource.none());
        renderer.setGreekBelowPixels(6);
        WritableImage greeked = PageSnapshots.render(page, renderer, 72);
        Color bar = greeked.getPixelReader().getColor(12, 48);
        assertThat(bar.getRed()).isCloseTo(FxPageRenderer.GREEKED_TEXT.getRed(), org.assertj.core.data.Offset.offset(0.05));
        assertThat(renderer.greekBelowPixels()).isEqualTo(6);
        assertThat(new FxPageRenderer(FONTS, null).greekBelowPixels()).as("exact by default").isZero();
    }
}
