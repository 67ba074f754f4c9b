package dev.broadsheet.importer;

/**
 * The width of a printed line in ems, counted the way a Chinese desk counts a measure: ideographs one em,
 * Western letters and digits half an em, CJK punctuation between half an em and one em.
 *
 * <p>Founder's 开明 punctuation style sets the sentence-final marks 。！？ full width and lets the others
 * be squeezed to half width when a line is justified (clreq §3.1.6 "Punctuation adjustment"). A justified
 * line's natural width therefore lies between {@link #min()} (every mark squeezed) and {@link #max()}
 * (every mark full width); a line that was stretched shows up in the extracted text with spaces between
 * its characters, which is why the importer also records {@code letterSpaced}.
 */
record LineWidth(double min, double max) {

    static LineWidth of(String text) {
        double min = 0;
        double max = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (CharClass.of(cp)) {
                case IDEOGRAPH, CJK_FIXED_PUNCTUATION -> {
                    min += 1;
                    max += 1;
                }
                case CJK_PUNCTUATION -> {
                    min += 0.5;
                    max += 1;
                }
                case WESTERN -> {
                    min += 0.5;
                    max += 0.5;
                }
                case SPACE -> {
                }
            }
        }
        return new LineWidth(min, max);
    }
}
