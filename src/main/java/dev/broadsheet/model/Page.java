package dev.broadsheet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of the issue.
 *
 * @param number      the page number (版次) within the issue, 1-based
 * @param sectionName the page's name (版名), such as 要闻 or 高新区新闻
 */
public record Page(int number, String sectionName, PageSize size, Grid grid, PageHeader header,
                   List<Frame> frames, Status status) {
    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1, got " + number);
        }
        sectionName = sectionName == null ? "" : sectionName;
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(grid, "grid");
        if (header == null) {
            header = PageHeader.empty();
        }
        frames = Lists.copy(frames);
        if (status == null) {
            status = Status.draft();
        }
    }

    public static Page blank(int number, PagePreset preset) {
        return new Page(number, "", preset.size(), preset.defaultGrid(), PageHeader.empty(), List.of(), Status.draft());
    }

    public Optional<Frame> frame(String frameId) {
        return frames.stream().filter(f -> f.id().equals(frameId)).findFirst();
    }

    public Page withFrames(List<Frame> newFrames) {
        return new Page(number, sectionName, size, grid, header, newFrames, status);
    }

    public Page withFrame(Frame replacement) {
        List<Frame> copy = new ArrayList<>(frames);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(replacement.id())) {
                copy.set(i, replacement);
                return withFrames(copy);
            }
        }
        copy.add(replacement);
        return withFrames(copy);
    }

    public Page withoutFrame(String frameId) {
        return withFrames(frames.stream().filter(f -> !f.id().equals(frameId)).toList());
    }

    public Page withNumber(int newNumber) {
        return new Page(newNumber, sectionName, size, grid, header, frames, status);
    }

    public Page withHeader(PageHeader newHeader) {
        return new Page(number, sectionName, size, grid, newHeader, frames, status);
    }

    public Page withGrid(Grid newGrid) {
        return new Page(number, sectionName, size, newGrid, header, frames, status);
    }

    public Page withSize(PageSize newSize) {
        return new Page(number, sectionName, newSize, grid, header, frames, status);
    }

    public Page withSectionName(String name) {
        return new Page(number, name, size, grid, header, frames, status);
    }

    public Page withStatus(Status newStatus) {
        return new Page(number, sectionName, size, grid, header, frames, newStatus);
    }
}
