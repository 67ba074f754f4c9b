package dev.broadsheet.model;

import java.util.Objects;

/**
 * A news photo with its caption (说明), credit (the photographer's name, printed as "… 摄") and title.
 *
 * @param imagePath path of the image file relative to the issue folder (e.g. {@code images/p1.jpg}); null
 *                  while the photo waits for its file. The store refuses paths that leave the folder.
 */
public record Photo(String id, String imagePath, String title, String caption, String credit) {
    public Photo {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        caption = caption == null ? "" : caption;
        credit = credit == null ? "" : credit;
    }

    public Photo withImagePath(String path) {
        return new Photo(id, path, title, caption, credit);
    }
}
