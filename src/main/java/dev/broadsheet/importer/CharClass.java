package dev.broadsheet.importer;

/**
 * What kind of character a code point is, as far as spacing and line measure are concerned. Chinese text
 * is set on a grid of square ideographs (clreq §3.1); Western letters and digits are proportional and
 * roughly half an em wide; CJK punctuation occupies a full em but may be squeezed to half an em.
 */
enum CharClass {
    /** Han ideographs, kana, fullwidth letters and digits: one em. */
    IDEOGRAPH,
    /** CJK punctuation that Founder's 开明 style may set in half an em (GB/T 15834 marks, paired brackets). */
    CJK_PUNCTUATION,
    /** Ellipsis and dash: always full em per mark (GB/T 15834 §4.9, §4.8). */
    CJK_FIXED_PUNCTUATION,
    /** Latin letters, digits and ASCII punctuation: proportional, counted as half an em. */
    WESTERN,
    SPACE;

    static CharClass of(int cp) {
        if (Character.isWhitespace(cp) || cp == 0x3000 || cp == 0x00A0) {
            return SPACE;
        }
        if (cp == '…' || cp == '—' || cp == '─' || cp == '～') {
            return CJK_FIXED_PUNCTUATION;
        }
        if ((cp >= 0x3000 && cp <= 0x303F) || "，、；：。！？“”‘’（）《》〈〉【】「」『』〔〕［］·．﹏".indexOf(cp) >= 0
                || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20)
                || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65)) {
            return CJK_PUNCTUATION;
        }
        if (cp < 0x2E80) {
            return WESTERN;
        }
        return IDEOGRAPH;
    }

    /** True for anything set on the Chinese character grid (ideographs and CJK punctuation). */
    static boolean isCjk(int cp) {
        CharClass c = of(cp);
        return c == IDEOGRAPH || c == CJK_PUNCTUATION || c == CJK_FIXED_PUNCTUATION;
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
