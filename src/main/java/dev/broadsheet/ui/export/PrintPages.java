package dev.broadsheet.ui.export;

import dev.broadsheet.render.fx.FxPageRenderer;
import dev.broadsheet.typeset.LaidOutPage;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.transform.Scale;

/**
 * The nodes File ▸ Print sends to the printer: one per laid-out page, drawn by the same {@link FxPageRenderer}
 * as the canvas (never measuring text here), scaled to fit the printer's printable area and centred in it.
 * Each page is drawn at {@link #OVERSAMPLE} times the print scale (within the canvas size limit) and scaled
 * back down, so small text is drawn, not greeked.
 */
public final class PrintPages {
    /** Drawing resolution relative to the print scale (printer points are 1/72 in). */
    static final double OVERSAMPLE = 4;
    /** The largest canvas side drawn, in pixels (a texture limit on most graphics cards). */
    static final double MAX_CANVAS = 8192;

    private PrintPages() {
    }

    /** The scale that fits a page of {@code width × height} pt into the printable area. */
    public static double fitScale(double width, double height, double printableWidth, double printableHeight) {
        return Math.min(printableWidth / width, printableHeight / height);
    }

    /** One node per page, each {@code page × fitScale} in layout size. Call on the FX thread or before showing. */
    public static List<Node> build(List<LaidOutPage> pages, FxPageRenderer renderer, double printableWidth,
                                   double printableHeight) {
        double greek = renderer.greekBelowPixels();
        renderer.setGreekBelowPixels(0);
        try {
            List<Node> nodes = new ArrayList<>();
            for (LaidOutPage page : pages) {
                double scale = fitScale(page.width(), page.height(), printableWidth, printableHeight);
                double over = Math.max(1, Math.min(OVERSAMPLE, MAX_CANVAS / (Math.max(page.width(), page.height()) * scale)));
                Canvas canvas = new Canvas(page.width() * scale * over, page.height() * scale * over);
                renderer.draw(canvas.getGraphicsContext2D(), page, scale * over);
                canvas.getTransforms().add(new Scale(1 / over, 1 / over));
                Group group = new Group(canvas);
                group.setTranslateX((printableWidth - page.width() * scale) / 2);
                group.setTranslateY((printableHeight - page.height() * scale) / 2);
                group.setUserData(page.pageNumber());
                nodes.add(group);
            }
            return nodes;
        } finally {
            renderer.setGreekBelowPixels(greek);
        }
    }
}
