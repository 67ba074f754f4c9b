package dev.broadsheet.edit;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Aligns frames of a page on the outermost edge of the group: all tops to the highest top, and so on. */
public record AlignFramesCommand(int pageNumber, List<String> frameIds, Edge edge) implements EditCommand {

    public enum Edge { TOP, BOTTOM, LEFT, RIGHT }

    public AlignFramesCommand {
        frameIds = List.copyOf(frameIds);
        Objects.requireNonNull(edge, "edge");
    }

    @Override
    public String name() {
        return "Align frames " + edge.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Issue apply(Issue issue) {
        Page page = PageEdits.page(issue, pageNumber);
        PageEdits.requireFrames(page, frameIds);
        Set<String> ids = Set.copyOf(frameIds);
        List<Frame> group = page.frames().stream().filter(f -> ids.contains(f.id())).toList();
        double minTop = group.stream().mapToDouble(f -> f.top().toPoints()).min().orElseThrow();
        double maxBottom = group.stream().mapToDouble(f -> f.top().toPoints() + f.depth().toPoints()).max().orElseThrow();
        int minColumn = group.stream().mapToInt(Frame::firstColumn).min().orElseThrow();
        int maxColumnEnd = group.stream().mapToInt(f -> f.firstColumn() + f.columnSpan()).max().orElseThrow();
        List<Frame> aligned = page.frames().stream().map(f -> {
            if (!ids.contains(f.id())) {
                return f;
            }
            return switch (edge) {
                case TOP -> f.movedTo(f.firstColumn(), PageEdits.points(minTop));
                case BOTTOM -> f.movedTo(f.firstColumn(), PageEdits.points(maxBottom - f.depth().toPoints()));
                case LEFT -> f.movedTo(minColumn, f.top());
                case RIGHT -> f.movedTo(maxColumnEnd - f.columnSpan(), f.top());
            };
        }).toList();
        return issue.withPage(page.withFrames(aligned));
    }
}
