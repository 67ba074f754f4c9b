package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Photo;
import java.util.Objects;

/** Sets a photo's title, caption (说明) and credit (… 摄) — the inspector's photo fields. */
public record EditPhotoTextsCommand(String photoId, String title, String caption, String credit) implements EditCommand {

    public EditPhotoTextsCommand {
        Objects.requireNonNull(photoId, "photoId");
    }

    @Override
    public String name() {
        return "Edit photo caption";
    }

    @Override
    public Issue apply(Issue issue) {
        Photo photo = issue.photo(photoId).orElseThrow(() -> new IllegalArgumentException("the issue has no photo '" + photoId + "'"));
        return issue.withPhoto(new Photo(photo.id(), photo.imagePath(), title, caption, credit));
    }
}
