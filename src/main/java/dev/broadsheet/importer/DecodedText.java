package dev.broadsheet.importer;

import java.nio.charset.Charset;

/**
 * Text read from bytes, and how.
 *
 * @param detected true when the encoding was detected rather than given by the caller
 */
public record DecodedText(String text, Charset charset, boolean detected) {
}
