package dev.broadsheet.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Faces parsed on first use (issue 8: start-up parses only the faces it needs) must measure exactly like faces
 * parsed up front, parse once however many threads ask, and leave unused faces unparsed.
 */
class DeferredFontFaceTest {

    private static byte[] bundledBytes(String id) throws IOException {
        try (InputStream in = BundledFonts.class.getResourceAsStream(BundledFonts.RESOURCE_DIR + id + ".ttf")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aDeferredFaceHasTheSameMetricsAsOneReadUpFront() throws IOException {
        for (FontFace lazy : BundledFonts.withUserFolder(null).faces()) {
            FontFace eager = FontFace.read(lazy.id(), bundledBytes(lazy.id()));
            assertThat(lazy.family()).isEqualTo(eager.family());
            assertThat(lazy.style()).isEqualTo(eager.style());
            assertThat(lazy.unitsPerEm()).isEqualTo(eager.unitsPerEm());
            assertThat(lazy.ascent()).isEqualTo(eager.ascent());
            assertThat(lazy.descent()).isEqualTo(eager.descent());
            assertThat(lazy.fileSize()).isEqualTo(eager.fileSize());
            for (int cp = 0; cp < 0x10000; cp++) {
                if (lazy.hasGlyph(cp) != eager.hasGlyph(cp)
                        || Double.compare(lazy.advance(cp), eager.advance(cp)) != 0) {
                    throw new AssertionError(lazy.id() + " differs at U+" + Integer.toHexString(cp));
                }
            }
        }
    }

    @Test
    void nothingIsParsedUntilAFaceIsMeasuredAndThenOnlyThatFace() {
        BundledFonts fonts = BundledFonts.withUserFolder(null);
        assertThat(fonts.faces()).noneMatch(FontFace::isLoaded);

        FontFace body = fonts.face(FontRole.SERIF, FontWeight.REGULAR);
        assertThat(fonts.faceFor('国', body)).contains(body);

        assertThat(fonts.faces()).filteredOn(FontFace::isLoaded).containsExactly(body);
    }

    @Test
    void handingTheBytesToARendererDoesNotParseTheFace() throws IOException {
        FontFace sans = BundledFonts.withUserFolder(null).face(FontRole.SANS, FontWeight.REGULAR);
        try (InputStream in = sans.openStream()) {
            assertThat(in.readAllBytes()).isEqualTo(bundledBytes("BroadsheetSansSC-Regular"));
        }
        assertThat(sans.isLoaded()).isFalse();
    }

    @Test
    void manyThreadsAskingAtOnceReadAndParseTheFileOnce() throws Exception {
        byte[] bytes = bundledBytes("BroadsheetKaiSC-Regular");
        AtomicInteger reads = new AtomicInteger();
        FontFace face = FontFace.deferred("kai", () -> {
            reads.incrementAndGet();
            return bytes;
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Double>> askers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                askers.add(() -> face.advance('楷'));
            }
            for (Future<Double> answer : pool.invokeAll(askers)) {
                assertThat(answer.get()).isEqualTo(1.0);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void aFileThatIsNotAFontFailsOnFirstUseNamingTheFace() {
        FontFace broken = FontFace.deferred("broken-face", () -> new byte[] {1, 2, 3});
        assertThatThrownBy(() -> broken.advance('a'))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("broken-face");
    }

    @Test
    void backgroundLoadingGivesTheSameFacesAsLoadingOnDemand() {
        BundledFonts fonts = BundledFonts.withUserFolder(Path.of("no-such-folder")).loadInBackground(2);
        // Asking while the loaders run either waits for a loader or parses the face here: same answer.
        for (FontFace face : fonts.faces()) {
            assertThat(face.hasGlyph('国')).as(face.id()).isTrue();
        }
        assertThat(fonts.faces()).allMatch(FontFace::isLoaded);
    }
}
