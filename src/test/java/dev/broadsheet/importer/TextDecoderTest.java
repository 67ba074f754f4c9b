package dev.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String COPY = "高新区部署财经和科技创新工作\n本报讯（记者高轶鹏 通讯员王梦可）4月1日下午，高新区组织召开科技创新委员会第一次会议，贯彻落实省、市科技创新委员会会议精神。\n";

    @Test
    void readsUtf8WithAndWithoutItsByteOrderMark() throws Exception {
        assertThat(TextDecoder.decode(COPY.getBytes(StandardCharsets.UTF_8), null, "a.txt").text()).isEqualTo(COPY);
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, COPY.getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = TextDecoder.decode(bom, null, "a.txt");
        assertThat(decoded.text()).isEqualTo(COPY);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void readsUtf16ByItsByteOrderMark() throws Exception {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, COPY.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, COPY.getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextDecoder.decode(le, null, "le.txt").text()).isEqualTo(COPY);
        assertThat(TextDecoder.decode(be, null, "be.txt").text()).isEqualTo(COPY);
    }

    @Test
    void detectsGb18030AndGbk() throws Exception {
        for (String name : new String[] {"GB18030", "GBK"}) {
            DecodedText decoded = TextDecoder.decode(COPY.getBytes(Charset.forName(name)), null, "gb.txt");
            assertThat(decoded.text()).as(name).isEqualTo(COPY);
            assertThat(decoded.detected()).isTrue();
            assertThat(decoded.charset().name()).isEqualTo("GB18030");
        }
    }

    @Test
    void anEncodingGivenByTheCallerWinsOverDetection() throws Exception {
        byte[] gbk = COPY.getBytes(Charset.forName("GBK"));
        DecodedText decoded = TextDecoder.decode(gbk, Charset.forName("GBK"), "gb.txt");
        assertThat(decoded.text()).isEqualTo(COPY);
        assertThat(decoded.detected()).isFalse();
    }

    @Test
    void invalidBytesInTheDeclaredEncodingAreAnErrorThatSaysWhere() {
        byte[] gbk = COPY.getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> TextDecoder.decode(gbk, StandardCharsets.UTF_8, "copy.txt"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("copy.txt:1:1: byte")
                .hasMessageContaining("at offset 0").hasMessageContaining("not valid UTF-8");
    }

    @Test
    void refusesEmptyBlankBinaryAndOversizedInput() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0], null, "e.txt")).hasMessage("e.txt is empty: there is no text to import");
        assertThatThrownBy(() -> TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8), null, "w.txt"))
                .hasMessageContaining("only white space");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> TextDecoder.decode(zip, null, "story.docx")).hasMessageContaining("story.docx looks like a binary file");
        assertThatThrownBy(() -> TextDecoder.decode(new byte[(int) TextDecoder.MAX_BYTES + 1], null, "big.txt"))
                .hasMessageContaining("big.txt is 64.0 MB").hasMessageContaining("up to 64 MB");
    }

    @Test
    void textWithNoRecognisableStructureImportsAllUnsorted() throws Exception {
        String noise = "甲乙丙丁戊己庚辛\n\n壬癸子丑寅卯辰巳\n\n午未申酉戌亥天干\n\n地支五行八卦阴阳\n\n东西南北中发白\n";
        ImportResult result = TextImporter.importBytes(noise.getBytes(StandardCharsets.UTF_8), null, "noise.txt", Instant.EPOCH);
        assertThat(result.issue().stories()).singleElement().satisfies(s -> {
            assertThat(s.slug()).isEqualTo("未归类");
            assertThat(s.status().history()).singleElement().satisfies(c -> assertThat(c.note()).contains("未归类"));
        });
        assertThat(result.issue().pages().get(0).frames()).isEmpty();
        assertThat(result.report().unsortedParagraphs()).isPositive();
        assertThat(result.report().toText()).contains("no datelines, headlines or photo credits recognised", "未归类");
        assertThat(ImportedText.inInputOrder(result)).isEqualTo(ImportedText.inputWithoutSpaces(noise));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
