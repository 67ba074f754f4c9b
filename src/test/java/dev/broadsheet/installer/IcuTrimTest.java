package dev.broadsheet.installer;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package ships ICU4J without the data listed in {@code installer/icu-trim.txt} (build-package.sh). This
 * builds the same trimmed jar and checks, in a class loader that sees only it, that what Broadsheet asks ICU
 * for still works and answers the same: the zh strict line breaks of the reference page
 * (typeset.BreakOpportunities) and the charset guess for a GBK file (store.StrictUtf8).
 */
class IcuTrimTest {
    private static final String DATA = "com/ibm/icu/impl/data/icudata/";

    @Test
    void theTrimmedJarBreaksLinesAndGuessesCharsetsAsTheFullOne(@TempDir Path dir) throws Exception {
        Path trimmed = trimmedIcuJar(dir);
        String page;
        try (InputStream in = getClass().getResourceAsStream("/reference/000_0b7f95b1a5b38884.txt")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        byte[] gbk = page.substring(0, 400).getBytes("GBK");

        try (URLClassLoader icuOnly = new URLClassLoader(new URL[] {trimmed.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            assertThat(lineBreaks(icuOnly, page)).isEqualTo(lineBreaks(page)).hasSizeGreaterThan(1000);

            Class<?> detector = icuOnly.loadClass("com.ibm.icu.text.CharsetDetector");
            Object d = detector.getConstructor().newInstance();
            detector.getMethod("setText", byte[].class).invoke(d, (Object) gbk);
            Object match = detector.getMethod("detect").invoke(d);
            assertThat(match.getClass().getMethod("getName").invoke(match)).isEqualTo("GB18030");
        }
        // and the trim did remove something: the list is not stale
        try (JarFile jar = new JarFile(trimmed.toFile())) {
            assertThat(jar.getEntry(DATA + "coll/root.res")).isNull();
            assertThat(jar.getEntry(DATA + "brkitr/line.brk")).isNotNull();
        }
    }

    private static List<Integer> lineBreaks(String text) {
        BreakIterator it = BreakIterator.getLineInstance(new ULocale("zh@lb=strict"));
        it.setText(text);
        List<Integer> breaks = new ArrayList<>();
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            breaks.add(b);
        }
        return breaks;
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> lineBreaks(ClassLoader loader, String text) throws Exception {
        Class<?> uLocale = loader.loadClass("com.ibm.icu.util.ULocale");
        Class<?> breakIterator = loader.loadClass("com.ibm.icu.text.BreakIterator");
        Object locale = uLocale.getConstructor(String.class).newInstance("zh@lb=strict");
        Object it = breakIterator.getMethod("getLineInstance", uLocale).invoke(null, locale);
        breakIterator.getMethod("setText", String.class).invoke(it, text);
        Method next = breakIterator.getMethod("next");
        List<Integer> breaks = new ArrayList<>();
        for (int b = (int) breakIterator.getMethod("first").invoke(it); b != BreakIterator.DONE; b = (int) next.invoke(it)) {
            breaks.add(b);
        }
        return breaks;
    }

    /** The icu4j jar on the test class path without the entries icu-trim.txt names, as build-package.sh does. */
    private static Path trimmedIcuJar(Path dir) throws IOException {
        List<String> drop = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("installer/icu-trim.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                drop.add(DATA + line.strip());
            }
        }
        Path full = Path.of(BreakIterator.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path trimmed = dir.resolve("icu4j-trimmed.jar");
        try (JarFile jar = new JarFile(full.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(trimmed))) {
            for (var entries = jar.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (drop.stream().anyMatch(d -> d.endsWith("/") ? name.startsWith(d) : name.equals(d))) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                try (InputStream in = jar.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return trimmed;
    }
}
