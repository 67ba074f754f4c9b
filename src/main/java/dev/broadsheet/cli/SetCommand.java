package dev.broadsheet.cli;

import dev.broadsheet.fonts.BundledFonts;
import dev.broadsheet.model.ChineseFontSize;
import dev.broadsheet.model.CompositionSettings;
import dev.broadsheet.model.DigitWidth;
import dev.broadsheet.model.LineBreaking;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.ProhibitionLevel;
import dev.broadsheet.model.PunctuationMode;
import dev.broadsheet.model.StyleSheet;
import dev.broadsheet.model.TextRole;
import dev.broadsheet.model.TextStyle;
import dev.broadsheet.typeset.TextProof;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code broadsheet set}: composes UTF-8 paragraphs from standard input (one per line) at a measure and
 * prints the composed lines, one per line — a plain-text proof with the same breaks the page composer makes.
 */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Compose paragraphs read from standard input (UTF-8, one per line) and print the composed lines.",
                "Example: echo 今年以来，面对严峻复杂的经济形势…… | broadsheet set --measure 16em --indent 2em"})
public final class SetCommand implements Callable<Integer> {
    private static final Pattern EM = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*em\\s*");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--measure", required = true, paramLabel = "LENGTH",
            description = "Line length: in em of the type size (16em) or as a length (152pt, 53.6mm).")
    String measure;

    @Option(names = "--indent", defaultValue = "2em", paramLabel = "LENGTH",
            description = "First-line indent (default: ${DEFAULT-VALUE}).")
    String indent;

    @Option(names = "--size", paramLabel = "SIZE",
            description = "Type size in points or as a Chinese size (字号: 初号 42pt, 一号 26pt, 二号 22pt, 三号 16pt, "
                    + "四号 14pt, 小四 12pt, 五号 10.5pt, 小五 9pt, 六号 7.5pt …); default: the font role's size.")
    String size;

    @Option(names = "--font", defaultValue = "body", paramLabel = "ROLE",
            description = "Text role whose face and size to use: body, caption, headline, kicker, subhead, byline … "
                    + "(default: ${DEFAULT-VALUE}).")
    String font;

    @Option(names = "--punctuation", defaultValue = "KAIMING", paramLabel = "MODE",
            description = "Punctuation mode: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, 开明).")
    PunctuationMode punctuation;

    @Option(names = "--prohibitions", defaultValue = "BASIC", paramLabel = "LEVEL",
            description = "Line-start/end prohibitions: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ProhibitionLevel prohibitions;

    @Option(names = "--breaking", defaultValue = "FILL_FIRST", paramLabel = "METHOD",
            description = "Line breaking: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, as the reference page was set).")
    LineBreaking breaking;

    @Option(names = "--digits", defaultValue = "HALF_EM", paramLabel = "WIDTH",
            description = "Width of ASCII digits: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, the house rule).")
    DigitWidth digits;

    /** Where paragraphs are read from; standard input unless a test sets it. */
    InputStream input = System.in;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        TextRole role;
        try {
            role = TextRole.valueOf(font.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown font role '" + font + "' (use body, caption, headline, kicker, subhead, byline, crosshead …)");
        }
        TextStyle style = StyleSheet.DEFAULT.style(role);
        if (size != null) {
            style = style.withSize(parse(() -> ChineseFontSize.parseSize(size), "--size", size));
        }
        double em = style.size().toPoints();
        double measurePt = length(measure, em, "--measure");
        double indentPt = length(indent, em, "--indent");
        if (measurePt <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--measure must be positive, got " + measure);
        }
        CompositionSettings settings = new CompositionSettings(punctuation, prohibitions,
                CompositionSettings.DEFAULT.hanLatinGapEm(), CompositionSettings.DEFAULT.firstLineIndentEm(), digits, breaking);
        TextProof proof = new TextProof(BundledFonts.shared(), settings);
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        for (String paragraph = reader.readLine(); paragraph != null; paragraph = reader.readLine()) {
            for (String line : proof.lines(paragraph.strip(), style, measurePt, indentPt)) {
                out.println(line);
            }
        }
        out.flush();
        return 0;
    }

    private double length(String text, double em, String option) {
        Matcher m = EM.matcher(text);
        if (m.matches()) {
            return Double.parseDouble(m.group(1)) * em;
        }
        return parse(() -> Length.parse(text), option, text).toPoints();
    }

    private Length parse(java.util.function.Supplier<Length> parser, String option, String text) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
