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

    /**
     * The column measure in ems: the median width of the wrapped lines (those that do not end a sentence,
     * which the composer broke because the column was full). NaN when there are none.
     */
    static double measure(List<SourceLine> lines) {
        double[] widths = lines.stream().filter(l -> !l.endsSentence()).mapToDouble(l -> l.width().max()).sorted().toArray();
        if (widths.length == 0) {
            return Double.NaN;
        }
        // The upper median: paragraph first lines (indented) and squeezed lines pull the plain median down.
        return widths[widths.length / 2];
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
        return next.width().max() < measure - FULL;
    }
}
