package dev.broadsheet.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with a file, with where it is: {@code issue.json:14:9: $.pages[0].frames[2].columnSpan:
 * expected a whole number, got "two"}. Line and column are 1-based and count characters; 0 when unknown.
 *
 * @param jsonPath the value's place in the document, such as {@code $.pages[0].frames[2]}; empty when unknown
 */
public record LoadProblem(Severity severity, Path file, int line, int column, String jsonPath, String message) {

    /** Errors stop a load; warnings (a photo whose image file is missing) are shown but do not. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public LoadProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        jsonPath = jsonPath == null ? "" : jsonPath;
    }

    public static LoadProblem error(Path file, int line, int column, String jsonPath, String message) {
        return new LoadProblem(Severity.ERROR, file, line, column, jsonPath, message);
    }

    public static LoadProblem warning(Path file, int line, int column, String jsonPath, String message) {
        return new LoadProblem(Severity.WARNING, file, line, column, jsonPath, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean hasLocation() {
        return line > 0;
    }

    public LoadProblem at(int newLine, int newColumn) {
        return new LoadProblem(severity, file, newLine, newColumn, jsonPath, message);
    }

    /** {@code file:line:column: $.path: message}, leaving out what is unknown; warnings say so. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file.toString());
        if (line > 0) {
            b.append(':').append(line).append(':').append(column);
        }
        b.append(": ");
        if (severity == Severity.WARNING) {
            b.append("warning: ");
        }
        if (!jsonPath.isEmpty()) {
            b.append(jsonPath).append(": ");
        }
        return b.append(message).toString();
    }
}
