package dev.broadsheet.store;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Decodes a file's bytes as UTF-8 and refuses anything else, naming the line and column of the first bad
 * byte. (A lenient decoder would turn a GBK file into U+FFFD and the next save would lose the text.)
 */
final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** ICU's guess at what the file really is (Chinese files that are not UTF-8 are mostly GB18030/GBK). */
    private static String likelyEncoding(byte[] bytes) {
        try {
            CharsetMatch match = new CharsetDetector().setText(bytes).detect();
            if (match != null && match.getConfidence() >= 50 && !match.getName().equals("UTF-8")) {
                return " — it looks like " + match.getName() + "; convert it to UTF-8 (e.g. iconv -f "
                        + match.getName() + " -t UTF-8)";
            }
        } catch (RuntimeException e) {
            // no guess, then
        }
        return " — was it saved as GBK or Latin-1?";
    }

    static String decode(byte[] bytes, Path file) throws IssueLoadException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0; // a byte-order mark some editors add
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            out.flip();
            int line = 1;
            int column = 1;
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            StringBuilder hex = new StringBuilder();
            for (int i = offset; i < Math.min(bytes.length, offset + Math.max(1, result.length())); i++) {
                hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
            }
            throw new IssueLoadException(LoadProblem.error(file, line, column, "",
                    "invalid UTF-8 (byte " + hex + " at byte offset " + offset + "); the file must be saved as UTF-8"
                            + likelyEncoding(bytes)));
        }
        out.flip();
        return out.toString();
    }
}
