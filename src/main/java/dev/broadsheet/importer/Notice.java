package dev.broadsheet.importer;

/**
 * Something in the input the importer wants a person to look at.
 *
 * @param line the 1-based line of the input it concerns, 0 when it concerns the whole file
 */
public record Notice(int line, String message) {
    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + message;
    }
}
