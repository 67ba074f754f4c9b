package dev.broadsheet.render.fx;

import dev.broadsheet.fonts.FontFace;
import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import dev.broadsheet.typeset.GlyphRun;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.PlacedItem;
import java.util.List;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link LaidOutPage} on a JavaFX canvas. It only draws what the composer placed — each glyph at
 * exactly its x — and never measures text, so the canvas shows what the PDF prints.
 *
 * <p>Call order: {@link #draw} fills the page white and then paints the items in the page's order. Page points
 * become pixels by {@code scale}, after whatever transform the graphics context already has (the canvas
 * translates it to the page's place in the view).
 *
 * <p>FX thread only (it caches JavaFX fonts).
 */
public final class FxPageRenderer {

    static final Color PAPER = Color.WHITE;
    static final Color INK = Color.BLACK;
    static final Color PLACEHOLDER_FILL = Color.rgb(0xd8, 0xd8, 0xd8);
    static final Color PLACEHOLDER_INK = Color.rgb(0x70, 0x70, 0x70);
    static final Color MISSING_GLYPH = Color.rgb(0xd0, 0x20, 0x20);
    /** A run is drawn with one fillText when its glyphs sit at their natural advances within this (points). */
    private static final double NATURAL_TOLERANCE = 0.01;

    static final Color GREEKED_TEXT = Color.rgb(0x8c, 0x8c, 0x8c);

    private final FxFonts fonts;
    private ImageSource images;
    private double greekBelowPixels;

    public FxPageRenderer(FontProvider fonts, ImageSource images) {
        this.fonts = new FxFonts(fonts);
        this.images = images == null ? ImageSource.none() : images;
    }

    public FontProvider fontProvider() {
        return fonts.provider();
    }

    public ImageSource images() {
        return images;
    }

    /** Changes where images come from (another issue folder was opened). */
    public void setImages(ImageSource source) {
        this.images = source == null ? ImageSource.none() : source;
    }

    /**
     * Greeking, as layout programs do on screen (InDesign's "greek type below"): text that would be smaller than
     * this many pixels is drawn as grey bars where its glyphs are. Unreadable at that size anyway, and drawing
     * thousands of tiny glyphs is what makes a whole-page view slow. 0 (the default) draws every glyph: snapshots
     * for comparison with the PDF must never be greeked.
     */
    public void setGreekBelowPixels(double pixels) {
        this.greekBelowPixels = Math.max(0, pixels);
    }

    public double greekBelowPixels() {
        return greekBelowPixels;
    }

    /** Draws the page with its top-left corner at the context's origin. */
    public void draw(GraphicsContext gc, LaidOutPage page, double scale) {
        draw(gc, page, scale, null);
    }

    /**
     * Draws the page with its top-left corner at the context's origin, skipping what lies outside
     * {@code visible} (a rectangle in page points; null for the whole page): a zoomed-in view draws only what
     * it shows.
     */
    public void draw(GraphicsContext gc, LaidOutPage page, double scale, javafx.geometry.Rectangle2D visible) {
        gc.save();
        try {
            gc.scale(scale, scale);
            gc.setFill(PAPER);
            gc.fillRect(0, 0, page.width(), page.height());
            drawScaled(gc, page.items(), scale, visible);
        } finally {
            gc.restore();
        }
    }

    /**
     * Draws some of a page's items — one frame's, say — without the paper under them, page points scaled by
     * {@code scale} after the context's transform; what lies outside {@code visible} (page points; null for
     * all) is skipped. The canvas keeps each frame drawn in an image of its own this way.
     */
    public void drawItems(GraphicsContext gc, List<PlacedItem> items, double scale, javafx.geometry.Rectangle2D visible) {
        gc.save();
        try {
            gc.scale(scale, scale);
            drawScaled(gc, items, scale, visible);
        } finally {
            gc.restore();
        }
    }

    private void drawScaled(GraphicsContext gc, List<PlacedItem> items, double scale, javafx.geometry.Rectangle2D visible) {
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        for (PlacedItem item : items) {
            if (visible == null || isVisible(item, visible)) {
                drawItem(gc, item, scale);
            }
        }
    }

    private static boolean isVisible(PlacedItem item, javafx.geometry.Rectangle2D visible) {
        if (item instanceof PlacedItem.PlacedLine line) {
            double size = 0;
            for (GlyphRun run : line.runs()) {
                size = Math.max(size, run.size());
            }
            return line.baseline() + size * 0.3 >= visible.getMinY() && line.baseline() - size * 1.2 <= visible.getMaxY()
                    && line.x() - size <= visible.getMaxX() && line.x() + line.measure() + size >= visible.getMinX();
        }
        if (item instanceof PlacedItem.PlacedImage image) {
            return visible.intersects(image.clipX(), image.clipY(), image.clipWidth(), image.clipHeight());
        }
        return true;
    }

    private void drawItem(GraphicsContext gc, PlacedItem item, double scale) {
        if (item instanceof PlacedItem.PlacedLine line) {
            for (GlyphRun run : line.runs()) {
                if (run.size() * scale < greekBelowPixels) {
                    greek(gc, run);
                } else {
                    drawRun(gc, run);
                }
            }
        } else if (item instanceof PlacedItem.PlacedRule rule) {
            drawRule(gc, rule);
        } else if (item instanceof PlacedItem.PlacedImage image) {
            drawImage(gc, image);
        } else if (item instanceof PlacedItem.MissingGlyphMarker marker) {
            drawMissingGlyph(gc, marker);
        }
    }

    /** A grey bar over the run's glyphs, about as high as a Han character's ink (0.8 em above the baseline). */
    private void greek(GraphicsContext gc, GlyphRun run) {
        if (run.length() == 0) {
            return;
        }
        double last = run.xAt(run.length() - 1);
        double advance = fonts.provider().byId(run.faceId())
                .map(face -> face.advance(run.text().codePointBefore(run.text().length())))
                .filter(a -> !Double.isNaN(a)).orElse(1.0) * run.size();
        gc.setFill(GREEKED_TEXT);
        gc.fillRect(run.xAt(0), run.baseline() - run.size() * 0.75, last + advance - run.xAt(0), run.size() * 0.6);
    }

    void drawRun(GraphicsContext gc, GlyphRun run) {
        if (run.length() == 0) {
            return;
        }
        Optional<Font> font = fonts.font(run.faceId(), run.size());
        if (font.isEmpty()) {
            return;
        }
        gc.setFont(font.get());
        gc.setFill(INK);
        String text = run.text();
        if (isNatural(run)) {
            gc.fillText(text, run.xAt(0), run.baseline());
            return;
        }
        int i = 0;
        for (int offset = 0; offset < text.length(); ) {
            int cp = text.codePointAt(offset);
            int next = offset + Character.charCount(cp);
            if (!Character.isWhitespace(cp) && cp != 0x3000) {
                gc.fillText(text.substring(offset, next), run.xAt(i), run.baseline());
            }
            offset = next;
            i++;
        }
    }

    /** True when each glyph sits at the previous one's x plus its advance: JavaFX may then set the run itself. */
    private boolean isNatural(GlyphRun run) {
        Optional<FontFace> face = fonts.provider().byId(run.faceId());
        if (face.isEmpty()) {
            return false;
        }
        String text = run.text();
        int i = 0;
        for (int offset = 0; offset < text.length(); ) {
            int cp = text.codePointAt(offset);
            offset += Character.charCount(cp);
            if (i + 1 < run.length()) {
                double advance = face.get().advance(cp) * run.size();
                if (Double.isNaN(advance) || Math.abs(run.xAt(i) + advance - run.xAt(i + 1)) > NATURAL_TOLERANCE) {
                    return false;
                }
            }
            i++;
        }
        return true;
    }

    private void drawRule(GraphicsContext gc, PlacedItem.PlacedRule rule) {
        gc.save();
        gc.setStroke(INK);
        gc.setLineCap(StrokeLineCap.BUTT);
        double w = Math.max(0.1, rule.weight());
        switch (rule.style() == null ? dev.broadsheet.model.RuleStyle.PLAIN : rule.style()) {
            case DOUBLE -> {
                // 双线: two thin rules a rule's width apart, together as heavy as the weight.
                double thin = w / 3;
                double dx = rule.y1() == rule.y2() ? 0 : thin;
                double dy = rule.y1() == rule.y2() ? thin : 0;
                gc.setLineWidth(thin);
                gc.strokeLine(rule.x1() - dx, rule.y1() - dy, rule.x2() - dx, rule.y2() - dy);
                gc.strokeLine(rule.x1() + dx, rule.y1() + dy, rule.x2() + dx, rule.y2() + dy);
            }
            case DOTTED -> {
                gc.setLineWidth(w);
                gc.setLineCap(StrokeLineCap.ROUND);
                gc.setLineDashes(0.01, w * 2.5);
                gc.strokeLine(rule.x1(), rule.y1(), rule.x2(), rule.y2());
            }
            case DECORATIVE -> {
                gc.setLineWidth(w);
                gc.setLineDashes(w * 4, w * 1.5, w, w * 1.5);
                gc.strokeLine(rule.x1(), rule.y1(), rule.x2(), rule.y2());
            }
            default -> {
                gc.setLineWidth(w);
                gc.strokeLine(rule.x1(), rule.y1(), rule.x2(), rule.y2());
            }
        }
        gc.restore();
    }

    private void drawImage(GraphicsContext gc, PlacedItem.PlacedImage placed) {
        Image image = null;
        try {
            image = images.image(placed.imagePath());
        } catch (RuntimeException unreadable) {
            image = null;
        }
        gc.save();
        gc.beginPath();
        gc.rect(placed.clipX(), placed.clipY(), placed.clipWidth(), placed.clipHeight());
        gc.closePath();
        gc.clip();
        if (image != null && !image.isError() && image.getWidth() > 0) {
            gc.drawImage(image, placed.imageX(), placed.imageY(), placed.imageWidth(), placed.imageHeight());
        } else {
            drawPlaceholder(gc, placed);
        }
        gc.restore();
    }

    /** The grey box of a photo without a usable image, with the file's name so the desk knows what is missing. */
    private void drawPlaceholder(GraphicsContext gc, PlacedItem.PlacedImage placed) {
        double x = placed.clipX();
        double y = placed.clipY();
        double w = placed.clipWidth();
        double h = placed.clipHeight();
        gc.setFill(PLACEHOLDER_FILL);
        gc.fillRect(x, y, w, h);
        gc.setStroke(PLACEHOLDER_INK);
        gc.setLineWidth(0.5);
        gc.strokeLine(x, y, x + w, y + h);
        gc.strokeLine(x + w, y, x, y + h);
        gc.strokeRect(x, y, w, h);
        String label = placed.imagePath() == null || placed.imagePath().isBlank() ? "(no image)" : fileName(placed.imagePath());
        FontFace labelFace = fonts.provider().face(FontRole.SANS, FontWeight.REGULAR);
        double size = Math.max(4, Math.min(10, h / 4));
        fonts.font(labelFace.id(), size).ifPresent(font -> {
            gc.setFont(font);
            gc.setFill(PLACEHOLDER_INK);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(label, x + w / 2, y + h / 2 + size / 3, Math.max(1, w - 4));
            gc.setTextAlign(TextAlignment.LEFT);
        });
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    /** 补字 marker: a red box the size of the character, crossed, where the character belongs. */
    private void drawMissingGlyph(GraphicsContext gc, PlacedItem.MissingGlyphMarker marker) {
        double top = marker.baseline() - marker.size() * 0.88;
        double w = Math.max(marker.width(), marker.size() * 0.5);
        double h = marker.size();
        gc.save();
        gc.setStroke(MISSING_GLYPH);
        gc.setLineWidth(Math.max(0.3, marker.size() / 20));
        gc.strokeRect(marker.x() + 0.5, top + 0.5, w - 1, h - 1);
        gc.strokeLine(marker.x() + 0.5, top + 0.5, marker.x() + w - 0.5, top + h - 0.5);
        gc.restore();
    }
}
