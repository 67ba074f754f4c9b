package dev.broadsheet.importer;

/**
 * One printed line of the input (or part of one, when the extractor glued two lines together), with the
 * measurements the importer reads structure from.
 *
 * @param number the 1-based line number in the file, for the report and error messages
 * @param raw    the characters as they stand in the file, extraction spaces included
 * @param body   the characters with extraction spaces removed ({@link ExtractionSpaces#forBody})
 */
record SourceLine(int number, String raw, String body, LineWidth width, boolean letterSpaced, boolean endsSentence) {

    /** A line; its {@code body} is the text with extraction spaces removed. */
    static SourceLine of(int number, String raw) {
        String body = ExtractionSpaces.forBody(raw);
        return new SourceLine(number, raw, body, LineWidth.of(body), ExtractionSpaces.isLetterSpaced(raw), Punctuation.endsSentence(body));
    }

    boolean isBlank() {
        return raw.isBlank();
    }

    SourceLine part(int beginIndex, int endIndex) {
        return of(number, raw.substring(beginIndex, endIndex));
    }
}
