package dev.broadsheet.review;

import java.io.IOException;

/** A review file that could not be read or written; the message names the file and, for bad JSON, line:column. */
public final class ReviewFileException extends IOException {
    public ReviewFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReviewFileException(String message) {
        super(message);
    }
}
