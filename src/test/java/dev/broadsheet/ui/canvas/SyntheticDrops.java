package dev.broadsheet.ui.canvas;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * Drag-and-drop events for the headless tests. Monocle's drag-and-drop loop fails (a null drop-target assistant
 * in {@code View.notifyDragLeave}), so the tests build a dragboard over an in-memory clipboard and fire
 * DRAG_OVER and DRAG_DROPPED at the node, reaching the same handlers a real drop does.
 */
final class SyntheticDrops {
    private SyntheticDrops() {
    }

    static Dragboard dragboard(Map<DataFormat, Object> content) {
        Map<DataFormat, Object> data = new LinkedHashMap<>(content);
        TKClipboard clipboard = (TKClipboard) Proxy.newProxyInstance(SyntheticDrops.class.getClassLoader(),
                new Class<?>[] {TKClipboard.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContentTypes" -> Set.copyOf(data.keySet());
                    case "getContent" -> data.get((DataFormat) args[0]);
                    case "hasContent" -> data.containsKey((DataFormat) args[0]);
                    case "getTransferModes" -> Set.of(TransferMode.COPY, TransferMode.MOVE);
                    case "putContent" -> {
                        for (Object pair : (Object[]) args[0]) {
                            @SuppressWarnings("unchecked")
                            Pair<DataFormat, Object> p = (Pair<DataFormat, Object>) pair;
                            data.put(p.getKey(), p.getValue());
                        }
                        yield true;
                    }
                    case "getDragViewOffsetX", "getDragViewOffsetY" -> 0.0;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "SyntheticClipboard" + data.keySet();
                    default -> null;
                });
        Dragboard board = DragboardHelper.createDragboard(clipboard);
        DragboardHelper.setDataAccessRestriction(board, false);
        return board;
    }

    /**
     * Drags content over a node and drops it at a point in the node's coordinates; answers whether the drop
     * was accepted (the node's DRAG_OVER handler accepted a transfer mode).
     */
    static boolean drop(Node target, Point2D local, Map<DataFormat, Object> content) {
        Dragboard board = dragboard(content);
        Point2D scene = target.localToScene(local);
        Point2D screen = target.localToScreen(local);
        DragEvent over = new DragEvent(target, target, DragEvent.DRAG_OVER, board, scene.getX(), scene.getY(),
                screen.getX(), screen.getY(), TransferMode.COPY, null, null, null);
        Event.fireEvent(target, over);
        DragEvent drop = new DragEvent(target, target, DragEvent.DRAG_DROPPED, board, scene.getX(), scene.getY(),
                screen.getX(), screen.getY(), TransferMode.COPY, null, target, null);
        Event.fireEvent(target, drop);
        return board.hasContent(content.keySet().iterator().next());
    }
}
