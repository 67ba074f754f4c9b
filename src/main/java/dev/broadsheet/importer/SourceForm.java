package dev.broadsheet.importer;

/** The shape of the text the importer was given. */
public enum SourceForm {
    /** Text extracted from a printed page: one printed line per line, hard-wrapped at column measures. */
    EXTRACTED_PAGE("text extracted from a printed page"),
    /** Copy typed or exported as text: one paragraph per line, stories separated by blank lines. */
    PLAIN_TEXT("plain text");

    private final String description;

    SourceForm(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /**
     * Decides the form: extracted when most lines are hard wraps (they do not end a sentence) and the lines
     * are column-short, as a printed column's are; plain copy has one long line per paragraph.
     */
    static SourceForm of(java.util.List<SourceLine> nonBlank) {
        if (nonBlank.size() < 4) {
            return PLAIN_TEXT;
        }
        long wrapped = nonBlank.stream().filter(l -> !l.endsSentence()).count();
        double[] widths = nonBlank.stream().mapToDouble(l -> l.width().max()).sorted().toArray();
        double median = widths[widths.length / 2];
        return wrapped * 2 >= nonBlank.size() && median <= 48 ? EXTRACTED_PAGE : PLAIN_TEXT;
    }
}
