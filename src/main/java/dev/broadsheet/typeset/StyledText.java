package dev.broadsheet.typeset;

import dev.broadsheet.fonts.FontFace;
import dev.broadsheet.fonts.FontProvider;
import java.util.Arrays;
import java.util.List;

/**
 * A paragraph's characters as code points, each with the face and size it is set in and its char offset
 * in the paragraph's text. The face is the styled face, or the first fallback face that has the glyph
 * (FontProvider#faceFor); a character no face has keeps {@code null} and is set as a 补字 marker.
 */
final class StyledText {
    final int[] codePoints;
    final FontFace[] faces;
    final double[] sizes;
    /** UTF-16 offset of each code point in the paragraph's text; one extra entry holds the text length. */
    final int[] offsets;
    final String text;
    final int length;
    /** The segments this text was made of (its identity for caches); null for a {@link #tail}. */
    List<Segment> segments;

    private StyledText(String text, int[] codePoints, FontFace[] faces, double[] sizes, int[] offsets) {
        this.text = text;
        this.codePoints = codePoints;
        this.faces = faces;
        this.sizes = sizes;
        this.offsets = offsets;
        this.length = codePoints.length;
    }

    boolean isMissing(int i) {
        return faces[i] == null;
    }

    /** One run of text in one face and size. */
    record Segment(String text, FontFace face, double size) {
    }

    static StyledText of(List<Segment> segments, FontProvider fonts) {
        StringBuilder all = new StringBuilder();
        int capacity = 0;
        for (Segment segment : segments) {
            capacity += segment.text().length();
        }
        int[] cps = new int[capacity];
        FontFace[] faces = new FontFace[capacity];
        double[] sizes = new double[capacity];
        int[] offsets = new int[capacity + 1];
        int n = 0;
        for (Segment segment : segments) {
            String s = segment.text();
            FontFace primary = segment.face();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                offsets[n] = all.length() + i;
                cps[n] = cp;
                faces[n] = primary.hasGlyph(cp) ? primary : fonts.faceFor(cp, primary).orElse(null);
                sizes[n] = segment.size();
                n++;
                i += Character.charCount(cp);
            }
            all.append(s);
        }
        offsets[n] = all.length();
        StyledText text = new StyledText(all.toString(), Arrays.copyOf(cps, n), Arrays.copyOf(faces, n),
                Arrays.copyOf(sizes, n), Arrays.copyOf(offsets, n + 1));
        text.segments = List.copyOf(segments);
        return text;
    }

    static StyledText plain(String text, FontFace face, double size, FontProvider fonts) {
        return of(List.of(new Segment(text, face, size)), fonts);
    }

    /** The code points from {@code start} (inclusive) to {@code end} as a string. */
    String substring(int start, int end) {
        return text.substring(offsets[start], offsets[end]);
    }

    /** The rest of the text from code point {@code start}, keeping faces and sizes. */
    StyledText tail(int start) {
        int base = offsets[start];
        int[] offs = Arrays.copyOfRange(offsets, start, length + 1);
        for (int i = 0; i < offs.length; i++) {
            offs[i] -= base;
        }
        return new StyledText(text.substring(base), Arrays.copyOfRange(codePoints, start, length),
                Arrays.copyOfRange(faces, start, length), Arrays.copyOfRange(sizes, start, length), offs);
    }
}
