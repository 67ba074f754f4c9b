package dev.broadsheet.typeset;

import dev.broadsheet.fonts.FontFace;
import dev.broadsheet.fonts.FontProvider;
import java.util.ArrayList;
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
        List<Integer> cps = new ArrayList<>();
        List<FontFace> faces = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (Segment segment : segments) {
            String s = segment.text();
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                offsets.add(all.length() + i);
                cps.add(cp);
                faces.add(fonts.faceFor(cp, segment.face()).orElse(null));
                sizes.add(segment.size());
                i += Character.charCount(cp);
            }
            all.append(s);
        }
        offsets.add(all.length());
        int n = cps.size();
        int[] cpArray = new int[n];
        double[] sizeArray = new double[n];
        for (int i = 0; i < n; i++) {
            cpArray[i] = cps.get(i);
            sizeArray[i] = sizes.get(i);
        }
        return new StyledText(all.toString(), cpArray, faces.toArray(new FontFace[0]), sizeArray,
                offsets.stream().mapToInt(Integer::intValue).toArray());
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
