package dev.broadsheet.typeset;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves placed items by (dx, dy): the composer sets every frame's content in frame-local coordinates (top-left
 * corner at 0, 0) and places it on the page with this, so moving a frame never re-breaks its lines.
 */
final class Translation {
    private Translation() {
    }

    static List<PlacedItem> translate(List<PlacedItem> items, double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return items;
        }
        List<PlacedItem> out = new ArrayList<>(items.size());
        for (PlacedItem item : items) {
            out.add(translate(item, dx, dy));
        }
        return List.copyOf(out);
    }

    static PlacedItem translate(PlacedItem item, double dx, double dy) {
        if (item instanceof PlacedItem.PlacedLine l) {
            return new PlacedItem.PlacedLine(l.frameId(), l.storyId(), l.role(), l.column(), l.lineIndex(),
                    l.x() + dx, l.baseline() + dy, l.measure(), runs(l.runs(), dx, dy), l.source());
        } else if (item instanceof PlacedItem.PlacedRule r) {
            return new PlacedItem.PlacedRule(r.frameId(), r.style(), r.x1() + dx, r.y1() + dy, r.x2() + dx,
                    r.y2() + dy, r.weight());
        } else if (item instanceof PlacedItem.PlacedImage i) {
            return new PlacedItem.PlacedImage(i.frameId(), i.photoId(), i.imagePath(), i.clipX() + dx,
                    i.clipY() + dy, i.clipWidth(), i.clipHeight(), i.imageX() + dx, i.imageY() + dy,
                    i.imageWidth(), i.imageHeight());
        } else if (item instanceof PlacedItem.MissingGlyphMarker m) {
            return new PlacedItem.MissingGlyphMarker(m.frameId(), m.storyId(), m.codePoint(), m.x() + dx,
                    m.baseline() + dy, m.width(), m.size());
        }
        throw new IllegalArgumentException("unknown placed item " + item);
    }

    private static List<GlyphRun> runs(List<GlyphRun> runs, double dx, double dy) {
        List<GlyphRun> out = new ArrayList<>(runs.size());
        for (GlyphRun run : runs) {
            double[] x = run.x();
            for (int i = 0; i < x.length; i++) {
                x[i] += dx;
            }
            out.add(new GlyphRun(run.faceId(), run.size(), run.text(), x, run.baseline() + dy));
        }
        return out;
    }
}
