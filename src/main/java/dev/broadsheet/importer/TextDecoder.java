package dev.broadsheet.importer;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of a text file into text: UTF-8, UTF-16 (by its byte-order mark) and the Chinese national
 * encodings GB18030 / GBK (detected with ICU4J's {@link CharsetDetector}), or the encoding the caller names.
 * Decoding is strict: a byte that is not valid in the encoding is an error that gives its offset and line,
 * never a silent replacement character.
 */
public final class TextDecoder {
    /** The largest file the importer takes: a day's copy is a few megabytes; anything bigger is a mistake. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** Looks up an encoding by name, with a clear message for a name Java does not know. */
    public static Charset charsetNamed(String name) throws ImportException {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ImportException("unknown encoding '" + name + "' (try UTF-8, UTF-16, GB18030 or GBK)");
        }
    }

    /**
     * Decodes the bytes.
     *
     * @param declared the encoding to use, or null to detect it
     * @param source   the file name for messages
     */
    public static DecodedText decode(byte[] bytes, Charset declared, String source) throws ImportException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(source, bytes.length);
        }
        if (bytes.length == 0) {
            throw new ImportException(source + " is empty: there is no text to import");
        }
        DecodedText decoded = declared != null ? new DecodedText(strict(bytes, declared, source), declared, false) : detect(bytes, source);
        String text = decoded.text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        checkNotBinary(text, source);
        if (text.isBlank()) {
            throw new ImportException(source + " holds only white space: there is no text to import");
        }
        return new DecodedText(text, decoded.charset(), decoded.detected());
    }

    static ImportException tooLarge(String source, long size) {
        return new ImportException(String.format(Locale.ROOT, "%s is %.1f MB; the importer takes text files up to %d MB",
                source, size / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)));
    }

    private static DecodedText detect(byte[] bytes, String source) throws ImportException {
        Charset bom = byBom(bytes);
        if (bom != null) {
            return new DecodedText(strict(bytes, bom, source), bom, true);
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul < 0) {
            try {
                return new DecodedText(decodeOrThrow(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
            } catch (CharacterCodingException notUtf8) {
                // Not UTF-8: ask the detector below.
            }
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        List<Charset> candidates = new ArrayList<>();
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName();
            boolean utf16 = name.startsWith("UTF-16") || name.startsWith("UTF-32");
            if (nul >= 0 && !utf16) {
                continue;
            }
            if (utf16 || name.equals("GB18030") || name.equals("Big5") || name.startsWith("UTF-8")) {
                try {
                    candidates.add(Charset.forName(name));
                } catch (IllegalArgumentException unknownToJava) {
                    // skip
                }
            }
        }
        if (nul < 0 && !candidates.contains(GB18030)) {
            candidates.add(GB18030);
        }
        if (candidates.isEmpty()) {
            throw new ImportException(source + " looks like a binary file, not text (a NUL byte at offset " + nul + ")");
        }
        ImportException first = null;
        for (Charset candidate : candidates) {
            try {
                return new DecodedText(strict(bytes, candidate, source), candidate, true);
            } catch (ImportException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        throw new ImportException(first.getMessage() + "; if the file is in another encoding, name it with --encoding");
    }

    private static Charset byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String decodeOrThrow(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Decodes strictly; the error names the first bad byte's offset, line and column. */
    static String strict(byte[] bytes, Charset charset, String source) throws ImportException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            out.flip();
            String before = out.toString();
            int line = 1;
            int lastBreak = -1;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lastBreak = i;
                }
            }
            int column = before.codePointCount(lastBreak + 1, before.length()) + 1;
            StringBuilder hex = new StringBuilder();
            for (int i = offset; i < Math.min(bytes.length, offset + result.length()); i++) {
                hex.append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
            }
            throw new ImportException(String.format(Locale.ROOT, "%s:%d:%d: byte%s %s at offset %d %s not valid %s",
                    source, line, column, result.length() > 1 ? "s" : "", hex, offset, result.length() > 1 ? "are" : "is",
                    charset.name()));
        }
        out.flip();
        return out.toString();
    }

    /** Refuses text that is mostly control characters: an image, an archive, a word-processor file. */
    private static void checkNotBinary(String text, String source) throws ImportException {
        int control = 0;
        int firstAt = -1;
        int sample = Math.min(text.length(), 65536);
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
                control++;
                if (firstAt < 0) {
                    firstAt = i;
                }
            }
        }
        if (control > 0 && (text.indexOf('\0') >= 0 || control * 100 > sample)) {
            throw new ImportException(source + " looks like a binary file, not text (control character U+"
                    + String.format(Locale.ROOT, "%04X", (int) text.charAt(firstAt)) + " at character " + firstAt + ")");
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
