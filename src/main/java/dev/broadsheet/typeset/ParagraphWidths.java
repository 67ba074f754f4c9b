package dev.broadsheet.typeset;

import dev.broadsheet.model.CompositionSettings;
import dev.broadsheet.model.DigitWidth;
import dev.broadsheet.model.PunctuationMode;

/**
 * The horizontal metrics of a paragraph for one punctuation mode: each character's slot (the advance it
 * takes on the line, from the font file's hmtx, then narrowed by the punctuation mode), the gap after it,
 * and how much each slot and gap may be squeezed or stretched, by clreq priority. Prefix sums let the
 * line breaker price any line in constant time.
 *
 * <p>Squeeze priorities, clreq#reduction_and_expansion_of_inter-character_spacing (index = clreq's number):
 * (1) line-end punctuation to ½ em — applied always, see {@link #endSlot}; (2) Western word spaces to ¼ em;
 * (3) interpuncts to ½ em; (4) bracket blanks to ½ em; (5) ，、；： to ½ em; (6) Han–Western gap to ⅛ em;
 * (7) 。？！ to ½ em. Expansion: (1) word spaces up to ½ em; (2) Han–Western gap up to ⅓ em; (3) every
 * remaining gap equally.
 */
final class ParagraphWidths {
    /** Squeeze levels 2..7 of clreq, as array index 0..5. */
    static final int SQUEEZE_LEVELS = 6;
    static final int LEVEL_WORD_SPACE = 0;
    static final int LEVEL_INTERPUNCT = 1;
    static final int LEVEL_BRACKET = 2;
    static final int LEVEL_PAUSE = 3;
    static final int LEVEL_HAN_WESTERN_GAP = 4;
    static final int LEVEL_STOP = 5;

    /** A mark narrower than this share of its em is proportional (e.g. Kai quotes at 0.35 em): set as is. */
    private static final double FULL_WIDTH_MARK = 0.9;

    final StyledText text;
    final PunctuationMode mode;
    final int n;
    final CharClass[] classes;
    /** Font advance in points (1 em for a missing glyph: the marker takes a full cell). */
    final double[] advance;
    /** The em of each character: its size in points. */
    final double[] em;
    /** Slot width in mid-line. */
    final double[] slot;
    /** Slot width when the character ends a line. */
    final double[] endSlot;
    /** Slot width when the character starts a line. */
    final double[] startSlot;
    final double[] slotShrink;
    final int[] slotShrinkLevel;
    /** Gap between character i and i+1 (the Han–Western gap). */
    final double[] gap;
    final double[] gapShrink;
    /** Expansion (1): a word space may grow up to ½ em. */
    final double[] spaceStretch;
    /** Expansion (2): a Han–Western gap may grow up to ⅓ em. */
    final double[] gapStretch;
    /** Expansion (3): whether the gap after character i takes a share of the remaining space. */
    final boolean[] stretchable;
    final boolean[] fullWidthMark;

    // prefix sums over index i (value at k = sum over i < k)
    private final double[] slotSum;
    private final double[] gapSum;
    private final double[][] squeezeSum;
    private final double[] totalSqueezeSum;
    private final double[] spaceStretchSum;
    private final double[] gapStretchSum;
    private final int[] stretchableCount;
    /** The font's advance of a digit set on a half-em slot (0 for every other character). */
    private final double[] digitInk;

    ParagraphWidths(StyledText text, PunctuationMode mode, double hanWesternGapEm) {
        this(text, mode, hanWesternGapEm, false);
    }

    /** The widths under a style sheet's composition settings (punctuation mode, Han–Western gap, digit width). */
    ParagraphWidths(StyledText text, CompositionSettings settings) {
        this(text, settings.punctuation(), settings.hanLatinGapEm(), settings.digits() == DigitWidth.HALF_EM);
    }

    /**
     * @param halfWidthDigits set ASCII digits wider than ½ em on a ½ em advance, the glyph centred in it
     *                        ({@link DigitWidth#HALF_EM}, a house setting: TYPESETTING.md §5)
     */
    ParagraphWidths(StyledText text, PunctuationMode mode, double hanWesternGapEm, boolean halfWidthDigits) {
        this.text = text;
        this.mode = mode;
        this.n = text.length;
        classes = new CharClass[n];
        advance = new double[n];
        em = new double[n];
        slot = new double[n];
        endSlot = new double[n];
        startSlot = new double[n];
        slotShrink = new double[n];
        slotShrinkLevel = new int[n];
        gap = new double[n];
        gapShrink = new double[n];
        spaceStretch = new double[n];
        gapStretch = new double[n];
        stretchable = new boolean[n];
        fullWidthMark = new boolean[n];
        digitInk = new double[n];
        for (int i = 0; i < n; i++) {
            int cp = text.codePoints[i];
            CharClass c = text.isMissing(i) ? CharClass.HAN : CharClass.of(cp);
            classes[i] = c;
            em[i] = text.sizes[i];
            double adv = text.isMissing(i) ? em[i] : text.faces[i].advance(cp) * em[i];
            if (Double.isNaN(adv)) {
                adv = em[i];
            }
            if (halfWidthDigits && cp >= '0' && cp <= '9' && !text.isMissing(i) && adv > em[i] / 2) {
                // Half-width digits (house setting): the slot is ½ em, the glyph drawn centred in it.
                digitInk[i] = adv;
                adv = em[i] / 2;
            }
            advance[i] = adv;
            fullWidthMark[i] = c.isAdjustableMark() && adv >= FULL_WIDTH_MARK * em[i];
            slot[i] = adv;
            slotShrinkLevel[i] = -1;
            if (fullWidthMark[i]) {
                setMarkWidth(i, c, adv);
            } else if (c == CharClass.SPACE) {
                // Western word space: squeeze (2) to ¼ em, expand (1) to ½ em (clreq#reduction_and_expansion…)
                shrinkSlot(i, LEVEL_WORD_SPACE, Math.max(0, adv - em[i] / 4));
                spaceStretch[i] = Math.max(0, em[i] / 2 - adv);
            }
        }
        compressAdjacentMarks();
        for (int i = 0; i < n; i++) {
            endSlot[i] = slot[i];
            if (fullWidthMark[i] && classes[i].hasTrailingBlank()) {
                // A full-width mark at line end shall be ½ em: GB/T 15834-2011 §5.1.10; clreq squeeze (1).
                endSlot[i] = Math.min(slot[i], advance[i] / 2);
            } else if (classes[i] == CharClass.SPACE) {
                endSlot[i] = 0; // a word space at the line's end takes no room (it is the break)
            }
            startSlot[i] = slot[i];
            if (fullWidthMark[i] && classes[i] == CharClass.OPENING && mode == PunctuationMode.FULL_WIDTH) {
                // An opening bracket at line start loses its leading blank half, also on an indented first
                // line (clreq#h-punctuation_adjustment_space; TYPESETTING.md §3).
                startSlot[i] = Math.min(slot[i], advance[i] / 2);
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            CharClass a = classes[i];
            CharClass b = classes[i + 1];
            boolean hanWestern = (a == CharClass.HAN && (b == CharClass.LATIN || b == CharClass.DIGIT))
                    || ((a == CharClass.LATIN || a == CharClass.DIGIT || isUnitSign(text.codePoints[i])) && b == CharClass.HAN);
            if (hanWestern && hanWesternGapEm > 0) {
                // Han–Western gap, house setting (¼ em default): clreq#mixed_text_composition_in_horizontal_writing_mode.
                // Only between Han and Western proper, never next to Chinese punctuation or inside brackets.
                double unit = Math.max(em[i], em[i + 1]);
                gap[i] = hanWesternGapEm * unit;
                gapShrink[i] = Math.max(0, gap[i] - unit / 8);      // squeeze (6): to ⅛ em
                gapStretch[i] = Math.max(0, unit / 3 - gap[i]);     // expand (2): up to ⅓ em
            }
            stretchable[i] = isStretchable(a, b);
        }
        slotSum = prefix(slot);
        gapSum = prefix(gap);
        squeezeSum = new double[SQUEEZE_LEVELS][n + 1];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < SQUEEZE_LEVELS; l++) {
                double v = 0;
                if (slotShrinkLevel[i] == l) {
                    v += slotShrink[i];
                }
                if (l == LEVEL_HAN_WESTERN_GAP) {
                    v += gapShrink[i];
                }
                squeezeSum[l][i + 1] = squeezeSum[l][i] + v;
            }
        }
        totalSqueezeSum = new double[n + 1];
        for (int i = 0; i < n; i++) {
            double v = gapShrink[i] + (slotShrinkLevel[i] >= 0 ? slotShrink[i] : 0);
            totalSqueezeSum[i + 1] = totalSqueezeSum[i] + v;
        }
        spaceStretchSum = prefix(spaceStretch);
        gapStretchSum = prefix(gapStretch);
        stretchableCount = new int[n + 1];
        for (int i = 0; i < n; i++) {
            stretchableCount[i + 1] = stretchableCount[i] + (stretchable[i] ? 1 : 0);
        }
    }

    /**
     * Slot widths of full-width marks by punctuation mode (TYPESETTING.md §3; Founder's mode names as in
     * mdjjksjc.com/html/2017/0217/92314334.shtm and github.com/Fusyong/zhfonts): 全身 and 居中 keep the em and
     * let the blank half be squeezed; 开明 keeps 。？！ full (squeezable last, clreq priority 7) and sets the
     * others half; 半身 sets every mark half.
     */
    private void setMarkWidth(int i, CharClass c, double adv) {
        double half = adv / 2;
        switch (mode) {
            case FULL_WIDTH, CENTERED -> {
                slot[i] = adv;
                int level = switch (c) {
                    case INTERPUNCT -> LEVEL_INTERPUNCT;
                    case OPENING, CLOSING -> LEVEL_BRACKET;
                    case PAUSE -> LEVEL_PAUSE;
                    default -> LEVEL_STOP;
                };
                shrinkSlot(i, level, half);
            }
            case KAIMING -> {
                if (c == CharClass.STOP) {
                    slot[i] = adv;
                    shrinkSlot(i, LEVEL_STOP, half);
                } else {
                    slot[i] = half;
                }
            }
            case HALF_WIDTH -> slot[i] = half;
        }
    }

    private void shrinkSlot(int i, int level, double amount) {
        slotShrinkLevel[i] = amount > 0 ? level : -1;
        slotShrink[i] = amount;
    }

    /**
     * Two adjacent marks that together take 2 em shrink to 1.5 em, compressed toward the bracketed content:
     * the first loses its trailing blank, or else the second its leading blank
     * (clreq#h-adjustment_of_adjacent_punctuation_marks). ？？ and ？！ take 1 em together (TYPESETTING.md §3).
     */
    private void compressAdjacentMarks() {
        for (int i = 0; i + 1 < n; i++) {
            if (!fullWidthMark[i] || !fullWidthMark[i + 1]) {
                continue;
            }
            boolean firstFull = slot[i] >= advance[i] - 1e-9;
            boolean secondFull = slot[i + 1] >= advance[i + 1] - 1e-9;
            CharClass a = classes[i];
            CharClass b = classes[i + 1];
            if (a == CharClass.STOP && b == CharClass.STOP && text.codePoints[i] != '。' && text.codePoints[i + 1] != '。') {
                halve(i);
                halve(i + 1);
            } else if (firstFull && secondFull) {
                if (a.hasTrailingBlank()) {
                    halve(i);
                } else if (b == CharClass.OPENING) {
                    halve(i + 1);
                }
            }
        }
    }

    private void halve(int i) {
        slot[i] = advance[i] / 2;
        slotShrink[i] = 0;
        slotShrinkLevel[i] = -1;
    }

    /**
     * Expansion (3) is shared by every gap except inside a Western word or number, inside ——/……, and around
     * connectors and solidi (clreq#reduction_and_expansion_of_inter-character_spacing).
     */
    /** Signs that end a number (73.08%获): the gap follows them; other signs (+, #) take none. */
    private static boolean isUnitSign(int cp) {
        return cp == '%' || cp == '‰' || cp == '℃' || cp == '°';
    }

    private static boolean isStretchable(CharClass a, CharClass b) {
        if (a.isWestern() && b.isWestern()) {
            return false;
        }
        if ((a == CharClass.DASH && b == CharClass.DASH) || (a == CharClass.ELLIPSIS && b == CharClass.ELLIPSIS)) {
            return false;
        }
        return a != CharClass.CONNECTOR && b != CharClass.CONNECTOR && a != CharClass.SOLIDUS && b != CharClass.SOLIDUS;
    }

    private static double[] prefix(double[] values) {
        double[] sum = new double[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            sum[i + 1] = sum[i] + values[i];
        }
        return sum;
    }

    /** Natural width of the characters [start, end) set as one line (no indent). */
    double naturalWidth(int start, int end) {
        if (end <= start) {
            return 0;
        }
        double width = slotSum[end] - slotSum[start] + gapSum[end - 1] - gapSum[start] - slot[end - 1] + endSlot[end - 1];
        return end - start > 1 ? width - slot[start] + startSlot[start] : width;
    }

    /** What squeeze level {@code level} can take out of the line [start, end) (the end slot is already minimal). */
    double squeezeCapacity(int level, int start, int end) {
        if (end - 1 <= start) {
            return 0;
        }
        double capacity = squeezeSum[level][end - 1] - squeezeSum[level][start];
        return startTrimmed(start) && slotShrinkLevel[start] == level ? capacity - slotShrink[start] : capacity;
    }

    /** Whether the line-start rule already took the blank that squeezing would take from this slot. */
    boolean startTrimmed(int start) {
        return startSlot[start] < slot[start];
    }

    double totalSqueezeCapacity(int start, int end) {
        if (end - 1 <= start) {
            return 0;
        }
        double capacity = totalSqueezeSum[end - 1] - totalSqueezeSum[start];
        return startTrimmed(start) ? capacity - slotShrink[start] : capacity;
    }

    /**
     * What may be squeezed out of [start, end) to fit one more character onto a line (fill first): every
     * level but 。？！, whose squeeze is clreq's last, optional priority (7) and which the reference page never
     * squeezes mid-line to gain a character (TYPESETTING.md §1, §4).
     */
    double fillSqueezeCapacity(int start, int end) {
        return totalSqueezeCapacity(start, end) - squeezeCapacity(LEVEL_STOP, start, end);
    }

    double spaceStretchCapacity(int start, int end) {
        return end - 1 <= start ? 0 : spaceStretchSum[end - 1] - spaceStretchSum[start];
    }

    double gapStretchCapacity(int start, int end) {
        return end - 1 <= start ? 0 : gapStretchSum[end - 1] - gapStretchSum[start];
    }

    int stretchableGaps(int start, int end) {
        return end - 1 <= start ? 0 : stretchableCount[end - 1] - stretchableCount[start];
    }

    /**
     * Where a mark's glyph sits in a slot of width {@code slotWidth}: the origin's offset from the slot's left
     * edge. A closing mark keeps its inked left half (offset 0); an opening mark's ink sits in the right
     * half of its em, so a narrowed slot moves the glyph left by what was taken; an interpunct stays centred.
     * 居中 centres the ink of every mark (Taiwan/Hong Kong practice, clreq#h-punctuation_marks_position).
     */
    double glyphOffset(int i, double slotWidth) {
        if (digitInk[i] > 0) {
            return (slotWidth - digitInk[i]) / 2; // a half-width digit's glyph is centred on its slot
        }
        if (!fullWidthMark[i]) {
            return 0;
        }
        double adv = advance[i];
        CharClass c = classes[i];
        if (mode == PunctuationMode.CENTERED) {
            return switch (c) {
                case OPENING -> slotWidth / 2 - 3 * adv / 4;
                case INTERPUNCT -> (slotWidth - adv) / 2;
                default -> slotWidth / 2 - adv / 4;
            };
        }
        return switch (c) {
            case OPENING -> slotWidth - adv;
            case INTERPUNCT -> (slotWidth - adv) / 2;
            default -> 0;
        };
    }
}
