package dev.broadsheet.importer;

/**
 * One printed line of the input (or part of one, when the extractor glued two lines together), with the
 * measurements the importer reads structure from.
 *
 * @param number the 1-based line number in the file, for the report and error messages
 * @param raw    the characters as they stand in the file, extraction spaces included
 */
record SourceLine(int number, String raw, LineWidth width, boolean letterSpaced, boolean endsSentence) {

    static SourceLine of(int number, String raw) {
        String body = ExtractionSpaces.forBody(raw);
        return new SourceLine(number, raw, LineWidth.of(body), ExtractionSpaces.isLetterSpaced(raw), Punctuation.endsSentence(body));
    }

    /** The line's text with extraction spaces removed. */
    String body() {
        return ExtractionSpaces.forBody(raw);
    }

    boolean isBlank() {
        return raw.isBlank();
    }

    SourceLine part(int beginIndex, int endIndex) {
        return of(number, raw.substring(beginIndex, endIndex));
    }
}
