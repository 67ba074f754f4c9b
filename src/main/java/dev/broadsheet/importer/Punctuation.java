package dev.broadsheet.importer;

/** Sentence and clause punctuation as GB/T 15834-2011 defines it. */
final class Punctuation {
    private Punctuation() {
    }

    /** 句末点号 (GB/T 15834 §4.1–4.3) and the ellipsis that may end a sentence (§4.11). */
    private static final String SENTENCE_FINAL = "。！？…!?";
    /** Closing marks that may follow a sentence-final mark: 。” or 。）. */
    private static final String CLOSING = "”’）》」』〕】)\"'";
    /** 句内点号 and other marks that never stand in a headline's running text but do in a sentence. */
    private static final String CLAUSE = "，、；。";

    /** True when the text ends a sentence: 。！？…, optionally followed by closing quotes or brackets. */
    static boolean endsSentence(String text) {
        int i = text.length();
        while (i > 0 && CharClass.of(text.codePointBefore(i)) == CharClass.SPACE) {
            i--;
        }
        while (i > 0 && CLOSING.indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && SENTENCE_FINAL.indexOf(text.charAt(i - 1)) >= 0;
    }

    static boolean endsWith(String text, char mark) {
        String s = text.strip();
        return !s.isEmpty() && s.charAt(s.length() - 1) == mark;
    }

    /** True when the text holds a comma, enumeration comma, semicolon or full stop: marks of running prose. */
    static boolean hasClausePunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (CLAUSE.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
