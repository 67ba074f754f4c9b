package dev.broadsheet.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes the hard line wraps of a column of printed text: which printed lines make up one paragraph.
 *
 * <p>A paragraph ends only after a sentence-final mark (GB/T 15834 §4.1–4.3). Whether it ends there is
 * read from the line fullness against the column's measure, which is inferred from the lines themselves:
 * <ul>
 *   <li>Chinese newspaper paragraphs open with a two-em indent (GB/T 15834 usage; every desk's
 *       字体字号表), so a new paragraph's first line is about two ems short of the measure;</li>
 *   <li>a paragraph's last line usually stops short of the measure, while a wrapped line is full — or
 *       stretched, which the extractor shows as spaces between single characters.</li>
 * </ul>
 * So after a sentence-final line the next line decides: a full next line continues the paragraph (a run-in
 * lead sentence such as <code>全天候守护，守好防疫安全门。</code> on a line of its own, or a quotation
 * followed by its attribution), a next line short of the measure — indented — opens a new one.
 */
final class HardWraps {
    private HardWraps() {
    }

    /**
     * How close to the measure a line's widest reading must come to count as full (ems): a wrapped line stops
     * less than one character short of the measure, an indented first line two ems short.
     */
    static final double FULL = 0.5;
    /** The paragraph indent: two ems (GB/T 15834 usage, every desk's 字体字号表). */
    static final double INDENT = 2;

    /**
     * The column measure in ems, read from the lines that certainly wrapped because the column was full:
     * lines that do not end a sentence and do not open a paragraph (the line before them does not end a
     * sentence either). Such a line's narrowest reading — every squeezable mark at half width, as the
     * composer squeezed them to make it fit — is at most the measure, and the widest of them reaches it.
     * When a story has no such line (every paragraph two lines or fewer) the first lines are used, which
     * are indented two ems. NaN when nothing wrapped at all.
     */
    static double measure(List<SourceLine> lines) {
        double middle = Double.NaN;
        double first = Double.NaN;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.endsSentence() || i + 1 == lines.size()) {
                continue;
            }
            boolean opens = i == 0 || lines.get(i - 1).endsSentence();
            double w = line.width().min();
            if (opens) {
                first = Double.isNaN(first) ? w : Math.max(first, w);
            } else {
                middle = Double.isNaN(middle) ? w : Math.max(middle, w);
            }
        }
        if (!Double.isNaN(middle)) {
            return Double.isNaN(first) ? middle : Math.max(middle, first);
        }
        return Double.isNaN(first) ? Double.NaN : first + INDENT;
    }

    static List<List<SourceLine>> paragraphs(List<SourceLine> lines, double measure) {
        List<List<SourceLine>> out = new ArrayList<>();
        List<SourceLine> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            current.add(lines.get(i));
            if (i + 1 == lines.size() || endsParagraph(lines.get(i), lines.get(i + 1), measure)) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        return out;
    }

    static boolean endsParagraph(SourceLine line, SourceLine next, double measure) {
        if (!line.endsSentence()) {
            return false;
        }
        if (Double.isNaN(measure)) {
            return true;
        }
        // Only the next line's width tells: a full next line continues the paragraph, an indented one (two ems
        // short, even when the extractor shows it stretched) opens the next. The sentence-final line's own
        // width does not decide: a run-in lead sentence can stand short on a line and run on below.
        return !isFull(next, measure);
    }

    /**
     * A full line: its widest reading reaches the measure (or the extractor shows it stretched), and even with
     * every mark squeezed it is wider than an indented line can be. A line is set full by squeezing, so squeezed
     * it is within an em of the measure; an indented line squeezed is at most two ems short of it.
     */
    static boolean isFull(SourceLine line, double measure) {
        return (line.width().max() >= measure - FULL || line.letterSpaced()) && line.width().min() > measure - INDENT;
    }
}
