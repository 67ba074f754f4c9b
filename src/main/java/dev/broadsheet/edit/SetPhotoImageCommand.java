package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Photo;
import java.util.Objects;

/** Points a photo at another image file (relative to the issue folder), or at none (null). */
public record SetPhotoImageCommand(String photoId, String imagePath) implements EditCommand {

    public SetPhotoImageCommand {
        Objects.requireNonNull(photoId, "photoId");
    }

    @Override
    public String name() {
        return "Set photo image";
    }

    @Override
    public Issue apply(Issue issue) {
        Photo photo = issue.photo(photoId).orElseThrow(() -> new IllegalArgumentException("the issue has no photo '" + photoId + "'"));
        return issue.withPhoto(photo.withImagePath(imagePath));
    }
}
