package dev.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * No text lost or invented: every non-space character of the input is in the issue exactly once, in the
 * input's order, counting the text held in structured fields; only the role words the structure stands for
 * (记者, 通讯员, 摄) are kept as structure. Checked on the reference page, on generated pages printed in the
 * same extracted form, and on arbitrary text. (How much of the generated pages' structure comes back is
 * measured by {@link GeneratedPagesTest}.)
 */
class ImportProperties {

    @Example
    void theReferencePageLosesNothing() throws Exception {
        byte[] bytes = ReferencePageTest.resource(ReferencePageTest.PAGE);
        ImportResult result = TextImporter.importBytes(bytes, null, "reference", Instant.EPOCH);
        assertThat(ImportedText.inInputOrder(result))
                .isEqualTo(ImportedText.inputWithoutSpaces(new String(bytes, StandardCharsets.UTF_8)));
    }

    @Property(tries = 300)
    void generatedPagesLoseNothing(@ForAll long seed) throws Exception {
        ExtractedPagePrinter.Page page = new ExtractedPagePrinter(seed).invent();
        ImportResult result = importText(page.text());
        assertThat(ImportedText.inInputOrder(result)).as(page.text()).isEqualTo(ImportedText.inputWithoutSpaces(page.text()));
    }

    @Property(tries = 300)
    void anyTextImportsWithoutLossOrIsRefused(
            @ForAll @StringLength(max = 400) @CharRange(from = '\u4e00', to = '\u4e30') @Chars({'，', '。', '、', '：', '“', '”', '（', '）',
                    ' ', '\n', '\n', '\n', '1', '2', 'A', 'b', '摄', '本', '报', '讯', '记', '者', '通', '讯', '员'}) String text) {
        ImportResult result;
        try {
            result = TextImporter.importBytes(text.getBytes(StandardCharsets.UTF_8), null, "fuzz", Instant.EPOCH);
        } catch (ImportException refused) {
            assertThat(text.isBlank()).as(refused.getMessage()).isTrue();
            return;
        }
        assertThat(ImportedText.inInputOrder(result)).isEqualTo(ImportedText.inputWithoutSpaces(text));
    }

    private static ImportResult importText(String text) throws ImportException {
        return TextImporter.importBytes(text.getBytes(StandardCharsets.UTF_8), null, "generated", Instant.EPOCH);
    }
}
