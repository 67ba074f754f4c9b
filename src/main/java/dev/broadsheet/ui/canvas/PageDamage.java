package dev.broadsheet.ui.canvas;

import dev.broadsheet.typeset.FrameBox;
import dev.broadsheet.typeset.GlyphRun;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.PlacedItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.geometry.Rectangle2D;

/**
 * What changed between two compositions of a page, as rectangles in page points: the frames whose items or box
 * changed, old and new extent together. The canvas repaints only these — moving one story re-flows one story,
 * and the other stories' glyphs are left on the canvas as they were drawn.
 */
final class PageDamage {
    private PageDamage() {
    }

    /** The damaged rectangles, or null when the pages cannot be compared (another page, another size). */
    static List<Rectangle2D> between(LaidOutPage before, LaidOutPage after) {
        if (before == null || after == null || before.pageNumber() != after.pageNumber()
                || before.width() != after.width() || before.height() != after.height()) {
            return null;
        }
        if (before == after) {
            return List.of();
        }
        Map<String, List<PlacedItem>> oldItems = byFrame(before);
        Map<String, List<PlacedItem>> newItems = byFrame(after);
        Map<String, FrameBox> oldBoxes = boxes(before);
        Map<String, FrameBox> newBoxes = boxes(after);
        Set<String> ids = new HashSet<>(oldItems.keySet());
        ids.addAll(newItems.keySet());
        ids.addAll(oldBoxes.keySet());
        ids.addAll(newBoxes.keySet());
        List<Rectangle2D> damage = new ArrayList<>();
        for (String id : ids) {
            List<PlacedItem> o = oldItems.getOrDefault(id, List.of());
            List<PlacedItem> n = newItems.getOrDefault(id, List.of());
            if (o.equals(n) && Objects.equals(oldBoxes.get(id), newBoxes.get(id))) {
                continue;
            }
            Rectangle2D r = null;
            for (PlacedItem item : o) {
                r = union(r, bounds(item));
            }
            for (PlacedItem item : n) {
                r = union(r, bounds(item));
            }
            r = union(r, box(oldBoxes.get(id)));
            r = union(r, box(newBoxes.get(id)));
            if (r != null) {
                damage.add(r);
            }
        }
        return damage;
    }

    private static Map<String, List<PlacedItem>> byFrame(LaidOutPage page) {
        Map<String, List<PlacedItem>> map = new HashMap<>();
        for (PlacedItem item : page.items()) {
            map.computeIfAbsent(frameId(item), k -> new ArrayList<>()).add(item);
        }
        return map;
    }

    private static Map<String, FrameBox> boxes(LaidOutPage page) {
        Map<String, FrameBox> map = new HashMap<>();
        for (FrameBox box : page.frames()) {
            map.put(box.frameId(), box);
        }
        return map;
    }

    static String frameId(PlacedItem item) {
        String id;
        if (item instanceof PlacedItem.PlacedLine l) {
            id = l.frameId();
        } else if (item instanceof PlacedItem.PlacedRule r) {
            id = r.frameId();
        } else if (item instanceof PlacedItem.PlacedImage i) {
            id = i.frameId();
        } else if (item instanceof PlacedItem.MissingGlyphMarker m) {
            id = m.frameId();
        } else {
            id = null;
        }
        return id == null ? "" : id;
    }

    /** Where an item may leave ink, generously: a line from an em above its baseline to half an em below. */
    static Rectangle2D bounds(PlacedItem item) {
        if (item instanceof PlacedItem.PlacedLine line) {
            double size = 0;
            double minX = line.x();
            double maxX = line.x() + line.measure();
            for (GlyphRun run : line.runs()) {
                size = Math.max(size, run.size());
                if (run.length() > 0) {
                    minX = Math.min(minX, run.xAt(0));
                    maxX = Math.max(maxX, run.xAt(run.length() - 1) + run.size() * 1.5);
                }
            }
            return new Rectangle2D(minX - 1, line.baseline() - size * 1.2, maxX - minX + 2, size * 1.7);
        }
        if (item instanceof PlacedItem.PlacedRule rule) {
            double pad = rule.weight() * 2 + 1;
            return new Rectangle2D(Math.min(rule.x1(), rule.x2()) - pad, Math.min(rule.y1(), rule.y2()) - pad,
                    Math.abs(rule.x2() - rule.x1()) + 2 * pad, Math.abs(rule.y2() - rule.y1()) + 2 * pad);
        }
        if (item instanceof PlacedItem.PlacedImage image) {
            return new Rectangle2D(image.clipX(), image.clipY(), Math.max(0, image.clipWidth()), Math.max(0, image.clipHeight()));
        }
        if (item instanceof PlacedItem.MissingGlyphMarker m) {
            return new Rectangle2D(m.x() - 1, m.baseline() - m.size() * 1.2, m.width() + m.size() + 2, m.size() * 1.7);
        }
        return null;
    }

    private static Rectangle2D box(FrameBox box) {
        return box == null ? null : new Rectangle2D(box.x(), box.y(), Math.max(0, box.width()), Math.max(0, box.height()));
    }

    static Rectangle2D union(Rectangle2D a, Rectangle2D b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new Rectangle2D(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX, Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }
}
