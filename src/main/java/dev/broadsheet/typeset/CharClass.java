package dev.broadsheet.typeset;

/**
 * What a character is to the composer: how wide its slot is, where its ink sits, and which line edges it
 * may not touch. The classes follow clreq#punctuation_marks (GB/T 15834-2011 §4) and
 * clreq#prohibition_rules_for_line_start_end.
 */
enum CharClass {
    /** Ideographs, kana, hangul, full-width symbols: one em, break anywhere between them (UAX #14 ID). */
    HAN,
    /** 开/前 marks (GB/T 15834 §4.8 引号, §4.9 括号, §4.13 书名号): ink in the right half, blank on the left. */
    OPENING,
    /** Closing brackets and quotes: ink in the left half, blank on the right. */
    CLOSING,
    /** 逗号 顿号 分号 冒号 (§4.2–4.5): ink in the left half; 开明 sets them half width. */
    PAUSE,
    /** 句号 问号 叹号 (§4.1, §4.6, §4.7): ink in the left half; 开明 keeps them full width. */
    STOP,
    /** 间隔号 (§4.15): ink centred. */
    INTERPUNCT,
    /** 连接号 (§4.12) used singly: ～ - – and a single —. */
    CONNECTOR,
    /** 破折号 half — two of them make the 2-em dash (§4.11), never split (GB/T 15834 §5.1.5). */
    DASH,
    /** 省略号 half … (§4.10), never split. */
    ELLIPSIS,
    /** 分隔号 / ／ (§4.16). */
    SOLIDUS,
    /** Latin, Greek, Cyrillic letters. */
    LATIN,
    /** Digits. */
    DIGIT,
    /** Western punctuation and signs that belong to a word or number: . , % ' ‰ ℃ $ etc. */
    WESTERN_SIGN,
    /** A Western word space. */
    SPACE;

    private static final CharClass[] VALUES = values();
    /** The class of every BMP code point, computed once (classification is on the composer's hot path). */
    private static final byte[] BMP = new byte[0x10000];

    static {
        for (int cp = 0; cp < BMP.length; cp++) {
            BMP[cp] = (byte) classify(cp).ordinal();
        }
    }

    static CharClass of(int cp) {
        return cp >= 0 && cp < BMP.length ? VALUES[BMP[cp]] : classify(cp);
    }

    private static CharClass classify(int cp) {
        switch (cp) {
            case '“', '‘', '「', '『', '（', '《', '〈', '【', '〖', '〔', '［', '｛', '(', '[', '{', '｟', '〘':
                return OPENING;
            case '”', '’', '」', '』', '）', '》', '〉', '】', '〗', '〕', '］', '｝', ')', ']', '}', '｠', '〙':
                return CLOSING;
            case '，', '、', '；', '：', '﹐', '﹑':
                return PAUSE;
            case '。', '？', '！', '．', '‼', '⁇', '⁈', '⁉', '｡':
                return STOP;
            case '·', '・', '‧', '•':
                return INTERPUNCT;
            case '～', '〜', '-', '–', '‐', '‑', '﹣', '－':
                return CONNECTOR;
            case '—', '⸺', '―':
                return DASH;
            case '…', '⋯':
                return ELLIPSIS;
            case '/', '／':
                return SOLIDUS;
            case ' ', '\u00a0', '\t':
                return SPACE;
            default:
                break;
        }
        if (cp >= '0' && cp <= '9') {
            return DIGIT;
        }
        if (cp < 0x80) {
            return Character.isLetter(cp) ? LATIN : WESTERN_SIGN;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC) {
            return LATIN;
        }
        if (cp == '%' || cp == '‰' || cp == '℃' || cp == '°' || cp == '€' || cp == '£' || cp == '¥') {
            return WESTERN_SIGN;
        }
        return HAN;
    }

    /** Letters, digits and the signs that go with them: text between which a Han–Western gap is set. */
    boolean isWestern() {
        return this == LATIN || this == DIGIT || this == WESTERN_SIGN;
    }

    /** A Chinese punctuation mark whose width the punctuation mode decides (clreq#h-punctuation_adjustment_space). */
    boolean isAdjustableMark() {
        return this == OPENING || this == CLOSING || this == PAUSE || this == STOP || this == INTERPUNCT;
    }

    /** Marks whose blank half trails their ink (ink in the left half). */
    boolean hasTrailingBlank() {
        return this == CLOSING || this == PAUSE || this == STOP;
    }
}
