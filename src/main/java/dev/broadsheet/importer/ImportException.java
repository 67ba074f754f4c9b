package dev.broadsheet.importer;

/** An input the importer refuses, with a message that names the file and, where it can, the place. */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
