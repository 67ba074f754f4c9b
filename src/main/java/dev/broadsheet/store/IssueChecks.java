package dev.broadsheet.store;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks the record constructors cannot make, because they need the whole issue. Errors stop a load:
 * image paths that leave the folder (a security matter) and duplicate story or photo ids (frames could not
 * say which one they mean). The rest are warnings, shown by {@code broadsheet validate} and the workstation
 * but never a reason to lock a user out of their work: frames pointing at missing stories or photos,
 * frames past the grid, duplicate frame ids or page numbers, image files not (yet) in the folder.
 */
final class IssueChecks {

    /** A finding, not yet located in the text. */
    record Finding(LoadProblem.Severity severity, JsonPath path, String message) {
    }

    private IssueChecks() {
    }

    static List<Finding> check(Issue issue, Path issueDir) {
        List<Finding> findings = new ArrayList<>();
        JsonPath root = JsonPath.ROOT;
        Set<String> storyIds = new HashSet<>();
        for (int i = 0; i < issue.stories().size(); i++) {
            Story story = issue.stories().get(i);
            if (!storyIds.add(story.id())) {
                findings.add(error(root.property("stories").index(i).property("id"),
                        "another story already has the id \"" + story.id() + "\""));
            }
        }
        Set<String> photoIds = new HashSet<>();
        for (int i = 0; i < issue.photos().size(); i++) {
            Photo photo = issue.photos().get(i);
            JsonPath at = root.property("photos").index(i);
            if (!photoIds.add(photo.id())) {
                findings.add(error(at.property("id"), "another photo already has the id \"" + photo.id() + "\""));
            }
            var refused = ImagePaths.problem(photo.imagePath());
            if (refused.isPresent()) {
                findings.add(error(at.property("imagePath"), refused.get()));
            } else if (photo.imagePath() != null && issueDir != null
                    && !Files.isRegularFile(issueDir.resolve(photo.imagePath()))) {
                findings.add(new Finding(LoadProblem.Severity.WARNING, at.property("imagePath"),
                        "image file " + photo.imagePath() + " not found in the issue folder"));
            }
        }
        Set<Integer> pageNumbers = new HashSet<>();
        for (int p = 0; p < issue.pages().size(); p++) {
            Page page = issue.pages().get(p);
            JsonPath pageAt = root.property("pages").index(p);
            if (!pageNumbers.add(page.number())) {
                findings.add(warning(pageAt.property("number"), "another page already has the number " + page.number()));
            }
            Set<String> frameIds = new HashSet<>();
            for (int f = 0; f < page.frames().size(); f++) {
                Frame frame = page.frames().get(f);
                JsonPath frameAt = pageAt.property("frames").index(f);
                if (!frameIds.add(frame.id())) {
                    findings.add(warning(frameAt.property("id"), "another frame on page " + page.number()
                            + " already has the id \"" + frame.id() + "\""));
                }
                if (frame.firstColumn() + frame.columnSpan() > page.grid().columns()) {
                    findings.add(warning(frameAt.property("columnSpan"), "the frame runs past the grid: columns "
                            + (frame.firstColumn() + 1) + "–" + (frame.firstColumn() + frame.columnSpan())
                            + " of a " + page.grid().columns() + "-column grid"));
                }
                FrameContent content = frame.content();
                JsonPath contentAt = frameAt.property("content");
                if (content instanceof FrameContent.StoryText t && !storyIds.contains(t.storyId())) {
                    findings.add(warning(contentAt.property("storyId"), "no story has the id \"" + t.storyId() + "\""));
                } else if (content instanceof FrameContent.HeadlineText h && !storyIds.contains(h.storyId())) {
                    findings.add(warning(contentAt.property("storyId"), "no story has the id \"" + h.storyId() + "\""));
                } else if (content instanceof FrameContent.PhotoImage ph && !photoIds.contains(ph.photoId())) {
                    findings.add(warning(contentAt.property("photoId"), "no photo has the id \"" + ph.photoId() + "\""));
                }
            }
        }
        return findings;
    }

    private static Finding warning(JsonPath path, String message) {
        return new Finding(LoadProblem.Severity.WARNING, path, message);
    }

    private static Finding error(JsonPath path, String message) {
        return new Finding(LoadProblem.Severity.ERROR, path, message);
    }
}
