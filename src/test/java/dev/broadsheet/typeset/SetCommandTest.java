package dev.broadsheet.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.cli.BroadsheetCommand;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code broadsheet set} prints the composed lines of each paragraph read from standard input. */
class SetCommandTest {

    private record Result(int exitCode, List<String> lines, String errors) {
    }

    private static Result run(String stdin, String... args) {
        InputStream previous = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = new CommandLine(new BroadsheetCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                    .execute(args);
            return new Result(code, out.toString().lines().toList(), err.toString());
        } finally {
            System.setIn(previous);
        }
    }

    @Test
    void setsTheLeadStorysSecondParagraphAsPrinted() {
        var printed = ReferencePage.load().paragraphs().stream()
                .filter(p -> p.storyId().equals("S1") && p.index() == 1).findFirst().orElseThrow();
        Result result = run(printed.text() + "\n", "set", "--measure", "16em", "--indent", "2em", "--size", "9.5pt",
                "--font", "body");
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).containsExactlyElementsOf(printed.lines());
    }

    @Test
    void eachInputLineIsAParagraphAndChineseSizesAreAccepted() {
        Result result = run("第一段文字。\n第二段。\n", "set", "--measure", "20em", "--size", "小五");
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).containsExactly("第一段文字。", "第二段。");
    }

    @Test
    void aNarrowMeasureBreaksAndKeepsEveryCharacter() {
        String text = "高新区5家企业获得资金支持45万元，同比增长73.08%。";
        Result result = run(text + "\n", "set", "--measure", "8em", "--indent", "0em");
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).hasSizeGreaterThan(1);
        assertThat(String.join("", result.lines())).isEqualTo(text);
        assertThat(result.lines()).noneMatch(l -> l.startsWith("，") || l.startsWith("。") || l.startsWith("%"));
    }

    @Test
    void aBadSizeIsAClearError() {
        Result result = run("文字\n", "set", "--measure", "16em", "--size", "big");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.errors()).contains("--size").contains("big");
    }

    @Test
    void totalFitCanBeChosenAndBreaksTheLeadStoryDifferently() {
        String stdin = ReferencePage.load().paragraphs().stream().filter(p -> p.storyId().equals("S1"))
                .map(p -> p.text() + "\n").reduce("", String::concat);
        String[] common = {"set", "--measure", "16em", "--size", "9.5pt"};
        Result byDefault = run(stdin, common);
        Result fillFirst = run(stdin, concat(common, "--breaking", "FILL_FIRST"));
        Result totalFit = run(stdin, concat(common, "--breaking", "TOTAL_FIT"));
        assertThat(totalFit.exitCode()).isZero();
        assertThat(fillFirst.lines()).as("fill first is the default").isEqualTo(byDefault.lines());
        assertThat(totalFit.lines()).as("total fit chooses other breaks somewhere in the lead story")
                .isNotEqualTo(fillFirst.lines());
        assertThat(String.join("", totalFit.lines())).isEqualTo(String.join("", fillFirst.lines()));
    }

    @Test
    void digitsCanTakeTheFontsOwnWidth() {
        String digits = "2023年1234567890123456789012345678901234567890";
        Result halfEm = run(digits + "\n", "set", "--measure", "10em", "--indent", "0em");
        Result fontWidth = run(digits + "\n", "set", "--measure", "10em", "--indent", "0em", "--digits", "FONT");
        assertThat(fontWidth.exitCode()).isZero();
        assertThat(fontWidth.lines()).as("the serif's digits are not half an em, so the lines break elsewhere")
                .isNotEqualTo(halfEm.lines());
    }

    @Test
    void anUnknownBreakingMethodIsAClearError() {
        Result result = run("文字\n", "set", "--measure", "16em", "--breaking", "greedy");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.errors()).contains("--breaking").contains("greedy");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
