package dev.broadsheet.ui.canvas;

import dev.broadsheet.render.fx.FxPageRenderer;
import dev.broadsheet.typeset.GlyphRun;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.PlacedItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Each frame's composed items drawn once into an image of their own and then only copied to the canvas, as
 * layout programs keep a frame's rendering while it is dragged. Drawing glyphs is what a JavaFX canvas is slow
 * at (every {@code fillText} lays its string out again, and justified CJK text is one call per glyph: about
 * 30 ms for the lead story on the software pipeline), while copying an image of the frame costs well under a
 * millisecond. A frame moved without re-breaking its lines has the same items relative to its corner, so its
 * image is reused; any other change (re-flow, zoom, an image arriving) draws it anew.
 *
 * <p>On a HiDPI screen the image has as many pixels as the canvas shows there (the window's output scale).
 * The image is placed on whole pixels: a frame whose exact position falls between pixels is shown up to
 * half a pixel off (screen only; PDF and snapshots for comparison draw every item at its exact place).
 * A frame larger than {@value #MAX_PIXELS} pixels at the current zoom is drawn directly, clipped to what
 * is shown, so that a deep zoom does not hold a page's worth of pixels per frame.
 */
final class FrameImages {

    static final int MAX_PIXELS = 2_500_000;
    /** Coordinates in a frame's key are compared to a thousandth of a point: far below a pixel at any zoom. */
    private static final double KEY_RESOLUTION = 1000;

    private record Entry(List<PlacedItem> items, String key, double ppt, double greek, long imagesVersion,
                         double outputScale, double phaseX, double phaseY, double width, double height,
                         WritableImage image) {
    }

    private final FxPageRenderer renderer;
    private final Map<String, Entry> entries = new HashMap<>();
    private int imagesDrawn;

    FrameImages(FxPageRenderer renderer) {
        this.renderer = renderer;
    }

    /** How many frame images were drawn (not reused) so far: for tests. */
    int imagesDrawn() {
        return imagesDrawn;
    }

    void clear() {
        entries.clear();
    }

    /**
     * Draws the page's items, frame by frame in the page's order, where they meet {@code region} (view pixels).
     * The page's top-left corner is at {@code (originX, originY)} in the view; {@code ppt} is pixels per point.
     */
    void draw(GraphicsContext gc, LaidOutPage page, double ppt, double originX, double originY, Rectangle2D region,
              long imagesVersion) {
        // On a HiDPI screen the canvas keeps more pixels than view units: the images are made as sharp.
        double outputScale = gc.getCanvas().getScene() != null && gc.getCanvas().getScene().getWindow() != null
                ? Math.max(1, gc.getCanvas().getScene().getWindow().getOutputScaleX()) : 1;
        Map<String, List<PlacedItem>> groups = byFrame(page);
        for (Map.Entry<String, List<PlacedItem>> group : groups.entrySet()) {
            Rectangle2D bounds = bounds(group.getValue());
            if (bounds == null) {
                continue;
            }
            double exactX = originX + bounds.getMinX() * ppt;
            double exactY = originY + bounds.getMinY() * ppt;
            double width = Math.ceil(bounds.getWidth() * ppt) + 3;
            double height = Math.ceil(bounds.getHeight() * ppt) + 3;
            if (!region.intersects(exactX - 2, exactY - 2, width + 2, height + 2)) {
                continue;
            }
            if (width * height * outputScale * outputScale > MAX_PIXELS) {
                drawDirectly(gc, group.getValue(), ppt, originX, originY, region);
                continue;
            }
            Entry entry = entryFor(group.getKey(), group.getValue(), bounds, ppt, exactX, exactY, width, height,
                    imagesVersion, outputScale);
            gc.drawImage(entry.image(), Math.round(exactX - entry.phaseX()), Math.round(exactY - entry.phaseY()),
                    entry.width(), entry.height());
        }
    }

    /** Forgets the images of frames that are no longer on the page. */
    void retainFrames(Set<String> frameIds) {
        entries.keySet().retainAll(frameIds);
    }

    static Set<String> frameIds(LaidOutPage page) {
        return byFrame(page).keySet();
    }

    private Entry entryFor(String frameId, List<PlacedItem> items, Rectangle2D bounds, double ppt, double exactX,
                           double exactY, double width, double height, long imagesVersion, double outputScale) {
        Entry old = entries.get(frameId);
        double greek = renderer.greekBelowPixels();
        boolean sameSettings = old != null && old.ppt() == ppt && old.greek() == greek
                && old.imagesVersion() == imagesVersion && old.outputScale() == outputScale;
        if (sameSettings && sameInstances(old.items(), items)) {
            return old;
        }
        String key = key(items, bounds.getMinX(), bounds.getMinY());
        if (sameSettings && old.key().equals(key)) {
            Entry moved = new Entry(items, key, ppt, greek, imagesVersion, outputScale, old.phaseX(), old.phaseY(),
                    old.width(), old.height(), old.image());
            entries.put(frameId, moved);
            return moved;
        }
        double phaseX = exactX - Math.floor(exactX) + 1;
        double phaseY = exactY - Math.floor(exactY) + 1;
        Canvas scratch = new Canvas(Math.ceil(width * outputScale), Math.ceil(height * outputScale));
        GraphicsContext gc = scratch.getGraphicsContext2D();
        gc.scale(outputScale, outputScale);
        gc.translate(phaseX - bounds.getMinX() * ppt, phaseY - bounds.getMinY() * ppt);
        renderer.drawItems(gc, items, ppt, null);
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        WritableImage image = scratch.snapshot(transparent, null);
        imagesDrawn++;
        Entry made = new Entry(items, key, ppt, greek, imagesVersion, outputScale, phaseX, phaseY, width, height, image);
        entries.put(frameId, made);
        return made;
    }

    private void drawDirectly(GraphicsContext gc, List<PlacedItem> items, double ppt, double originX, double originY,
                              Rectangle2D region) {
        gc.save();
        gc.translate(originX, originY);
        renderer.drawItems(gc, items, ppt, new Rectangle2D((region.getMinX() - originX) / ppt,
                (region.getMinY() - originY) / ppt, region.getWidth() / ppt, region.getHeight() / ppt));
        gc.restore();
    }

    private static boolean sameInstances(List<PlacedItem> a, List<PlacedItem> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Where the frame's items may leave ink, in page points (the same generous bounds as the damage). */
    private static Rectangle2D bounds(List<PlacedItem> items) {
        Rectangle2D r = null;
        for (PlacedItem item : items) {
            r = PageDamage.union(r, PageDamage.bounds(item));
        }
        return r;
    }

    static Map<String, List<PlacedItem>> byFrame(LaidOutPage page) {
        Map<String, List<PlacedItem>> map = new LinkedHashMap<>();
        for (PlacedItem item : page.items()) {
            map.computeIfAbsent(PageDamage.frameId(item), k -> new ArrayList<>()).add(item);
        }
        return map;
    }

    /** The items as seen from the corner of their bounds: equal keys draw equal images. */
    static String key(List<PlacedItem> items, double dx, double dy) {
        StringBuilder b = new StringBuilder(items.size() * 64);
        for (PlacedItem item : items) {
            if (item instanceof PlacedItem.PlacedLine line) {
                b.append('L');
                for (GlyphRun run : line.runs()) {
                    b.append('|').append(run.faceId()).append('@').append(run.size()).append(':').append(run.text())
                            .append(':').append(q(run.baseline() - dy));
                    for (int i = 0; i < run.length(); i++) {
                        b.append(',').append(q(run.xAt(i) - dx));
                    }
                }
            } else if (item instanceof PlacedItem.PlacedRule rule) {
                b.append('R').append(rule.style()).append(',').append(q(rule.x1() - dx)).append(',').append(q(rule.y1() - dy))
                        .append(',').append(q(rule.x2() - dx)).append(',').append(q(rule.y2() - dy)).append(',').append(rule.weight());
            } else if (item instanceof PlacedItem.PlacedImage image) {
                b.append('I').append(image.imagePath()).append(',').append(q(image.clipX() - dx)).append(',').append(q(image.clipY() - dy))
                        .append(',').append(q(image.clipWidth())).append(',').append(q(image.clipHeight()))
                        .append(',').append(q(image.imageX() - dx)).append(',').append(q(image.imageY() - dy))
                        .append(',').append(q(image.imageWidth())).append(',').append(q(image.imageHeight()));
            } else if (item instanceof PlacedItem.MissingGlyphMarker m) {
                b.append('M').append(m.codePoint()).append(',').append(q(m.x() - dx)).append(',').append(q(m.baseline() - dy))
                        .append(',').append(q(m.width())).append(',').append(m.size());
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static long q(double v) {
        return Math.round(v * KEY_RESOLUTION);
    }
}
