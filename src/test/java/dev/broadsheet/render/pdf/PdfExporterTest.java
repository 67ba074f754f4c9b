package dev.broadsheet.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.broadsheet.typeset.GlyphRun;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.PlacedItem;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExporterTest {
    private static final Instant EXPORTED = Instant.parse("2024-05-01T14:30:00Z");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final PdfExporter exporter = new PdfExporter(PageFixtures.FONTS);

    @TempDir
    Path dir;

    private PdfExportOptions options() {
        return PdfExportOptions.proof().withExportTime(EXPORTED, BEIJING).withIssueFolder(dir);
    }

    private PDDocument export(List<LaidOutPage> pages, PdfExportOptions options) throws IOException {
        return Loader.loadPDF(exporter.toBytes(pages, options));
    }

    @Test
    void everyFontIsAnEmbeddedSubsetWithAToUnicodeMap() throws IOException {
        try (PDDocument pdf = export(List.of(PageFixtures.page(1, "images/none.jpg").page()), options())) {
            PDPage page = pdf.getPage(0);
            List<String> names = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font).isInstanceOf(PDType0Font.class);
                PDType0Font type0 = (PDType0Font) font;
                names.add(type0.getName());
                assertThat(type0.getName()).matches("[A-Z]{6}\\+Broadsheet.*");
                assertThat(type0.isEmbedded()).isTrue();
                assertThat(type0.getDescendantFont().getFontDescriptor().getFontFile2())
                        .as("FontFile2 of %s", type0.getName()).isNotNull();
                assertThat(type0.getCOSObject().getDictionaryObject(COSName.TO_UNICODE)).isNotNull();
            }
            // headline in Sans Bold, story A in Serif, story B in Kai
            assertThat(names).hasSize(3);
        }
    }

    @Test
    void extractedTextIsEachStoryWholeInReadingOrderWithTheCharactersTyped() throws IOException {
        PageFixtures.Fixture fixture = PageFixtures.page(1, "images/none.jpg");
        try (PDDocument pdf = export(List.of(fixture.page()), options())) {
            String extracted = PdfReading.withoutWhitespace(PdfReading.text(pdf, 1));
            String expected = PdfReading.withoutWhitespace(String.join("", fixture.storyTexts().values()));
            // Exact code points: a compatibility form (～ U+FF5E read back as 〜 U+301C, 　 as an em space,
            // – U+2013 as ‒ U+2012, full-width punctuation as ASCII) fails here.
            assertThat(extracted).isEqualTo(expected);
            assertThat(PdfReading.text(pdf, 1)).contains("\u3000").contains("～").contains("–").contains("“");
            // The placeholder's label is drawn as outlines: it is not text a search would find.
            assertThat(extracted).doesNotContain("缺图").doesNotContain("none.jpg");
        }
    }

    @Test
    void everyGlyphSitsWhereTheLaidOutPagePutItWithinATenthOfAPoint() throws IOException {
        PageFixtures.Fixture fixture = PageFixtures.page(1, null);
        try (PDDocument pdf = export(List.of(fixture.page()), options())) {
            assertGlyphPositions(PdfReading.glyphs(pdf, 1), fixture, 0, 0);
        }
    }

    @Test
    void withMarksTheSheetGrowsAndTheTrimBoxIsThePage() throws IOException {
        PageFixtures.Fixture fixture = PageFixtures.page(3, null);
        PdfExportOptions marked = options().withMarks(PdfExportOptions.Marks.CROP_AND_SLUG)
                .withInfo(new PdfExportOptions.DocumentInfo("江都日报 2024-05-01", "编辑 王五", "江都日报 2024年5月1日 第12345期",
                        Map.of(3, "高新区新闻")));
        try (PDDocument pdf = export(List.of(fixture.page()), marked)) {
            PDPage page = pdf.getPage(0);
            double m = SheetGeometry.MARKS_MARGIN;
            assertThat(page.getTrimBox().getLowerLeftX()).isCloseTo((float) m, within(0.01f));
            assertThat(page.getTrimBox().getWidth()).isCloseTo(420f, within(0.01f));
            assertThat(page.getTrimBox().getHeight()).isCloseTo(600f, within(0.01f));
            assertThat(page.getMediaBox().getWidth()).isCloseTo((float) (420 + 2 * m), within(0.01f));
            assertThat(page.getBleedBox().getLowerLeftX()).isCloseTo((float) (m - SheetGeometry.BLEED), within(0.01f));
            String text = PdfReading.text(pdf, 1);
            assertThat(text).contains("江都日报 2024年5月1日 第12345期").contains("第3版 高新区新闻").contains("2024-05-01 22:30:00 +08:00");
            List<TextPosition> glyphs = PdfReading.glyphs(pdf, 1);
            int story = glyphs.size() - (int) text.lines().filter(l -> l.contains("导出")).findFirst().orElseThrow()
                    .codePoints().count();
            assertGlyphPositions(glyphs.subList(0, story), fixture, m, m);
        }
    }

    private static void assertGlyphPositions(List<TextPosition> glyphs, PageFixtures.Fixture fixture, double dx, double dy) {
        int k = 0;
        for (PlacedItem.PlacedLine line : fixture.linesInReadingOrder()) {
            for (GlyphRun run : line.runs()) {
                int[] cps = run.text().codePoints().toArray();
                for (int i = 0; i < cps.length; i++) {
                    TextPosition g = glyphs.get(k++);
                    assertThat(g.getUnicode()).isEqualTo(new String(cps, i, 1));
                    assertThat((double) g.getXDirAdj()).as("x of '%s' in '%s'", g.getUnicode(), run.text())
                            .isCloseTo(run.xAt(i) + dx, within(0.1));
                    assertThat((double) g.getYDirAdj()).as("baseline of '%s' in '%s'", g.getUnicode(), run.text())
                            .isCloseTo(run.baseline() + dy, within(0.1));
                }
            }
        }
        assertThat(k).isEqualTo(glyphs.size());
    }

    @Test
    void aMissingImageIsAPlaceholderListedInTheReportAndAPresentOneIsEmbeddedAtItsOwnResolution() throws IOException {
        Files.createDirectories(dir.resolve("images"));
        BufferedImage photo = new BufferedImage(321, 456, BufferedImage.TYPE_INT_RGB);
        photo.setRGB(10, 10, 0xff0000);
        ImageIO.write(photo, "png", dir.resolve("images/p1.png").toFile());
        Files.writeString(dir.resolve("images/broken.jpg"), "not a jpeg");

        List<LaidOutPage> pages = List.of(PageFixtures.page(1, "images/p1.png").page(),
                PageFixtures.page(2, "images/gone.jpg").page(), PageFixtures.page(3, "images/broken.jpg").page(),
                PageFixtures.page(4, "../outside.png").page());
        Path out = dir.resolve("issue.pdf");
        ExportReport report = exporter.export(pages, options(), out, ExportProgress.NONE);

        assertThat(report.missingImages()).extracting(ExportReport.MissingImage::pageNumber, ExportReport.MissingImage::imagePath)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "images/gone.jpg"),
                        org.assertj.core.groups.Tuple.tuple(3, "images/broken.jpg"),
                        org.assertj.core.groups.Tuple.tuple(4, "../outside.png"));
        assertThat(report.missingImages().get(0).reason()).contains("not found");
        assertThat(report.missingImages().get(1).reason()).startsWith("unreadable");
        assertThat(report.missingImages().get(2).reason()).contains("outside");
        assertThat(report.missingGlyphs()).hasSize(4).allSatisfy(g -> assertThat(g.codePoint()).isEqualTo(0x20BB7));
        assertThat(report.isClean()).isFalse();
        assertThat(report.describe()).anySatisfy(l -> assertThat(l).contains("images/gone.jpg"));

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            List<PDImageXObject> found = new ArrayList<>();
            for (COSName name : pdf.getPage(0).getResources().getXObjectNames()) {
                found.add((PDImageXObject) pdf.getPage(0).getResources().getXObject(name));
            }
            assertThat(found).singleElement().satisfies(img -> {
                assertThat(img.getWidth()).isEqualTo(321);
                assertThat(img.getHeight()).isEqualTo(456);
            });
            assertThat(pdf.getPage(1).getResources().getXObjectNames()).isEmpty();
        }
    }

    @Test
    void thePlaceholderIsVisibleGrey() throws IOException {
        byte[] bytes = exporter.toBytes(List.of(PageFixtures.page(1, "images/gone.jpg").page()), options());
        BufferedImage image = PngExporter.render(bytes, 0, 72);
        // inside the photo frame (290,40 100×140), away from the label and the cross: light grey
        int rgb = image.getRGB(300, 60) & 0xffffff;
        assertThat(rgb).isNotEqualTo(0xffffff);
        assertThat((rgb >> 16) & 0xff).isBetween(200, 235);
    }

    @Test
    void pressColourSetsTextInPureBlackAndNamesTheOutputIntent() throws IOException {
        PdfExportOptions press = options().withColour(PdfExportOptions.Colour.PRESS_CMYK);
        try (PDDocument pdf = export(List.of(PageFixtures.page(1, null).page()), press)) {
            String content = new String(pdf.getPage(0).getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(content).contains("0 0 0 1 k").doesNotContain(" rg\n").doesNotContain(" RG\n");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).singleElement().satisfies(intent ->
                    assertThat(intent.getOutputConditionIdentifier()).isEqualTo("IFRA26"));
        }
        try (PDDocument pdf = export(List.of(PageFixtures.page(1, null).page()), options())) {
            String content = new String(pdf.getPage(0).getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(content).contains("0 0 0 rg").doesNotContain(" k\n");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).isEmpty();
        }
    }

    @Test
    void metadataCarriesTitleAuthorAndCreationDate() throws IOException {
        PdfExportOptions withInfo = options().withInfo(new PdfExportOptions.DocumentInfo("江都日报 2024-05-01", "王五", "第12345期", Map.of()));
        try (PDDocument pdf = export(List.of(PageFixtures.page(1, null).page()), withInfo)) {
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("江都日报 2024-05-01");
            assertThat(info.getAuthor()).isEqualTo("王五");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(EXPORTED);
            assertThat(info.getProducer()).contains("PDFBox");
        }
    }

    @Test
    void aPageRangeExportsOnlyThosePagesInOrder() throws IOException {
        List<LaidOutPage> issue = PageFixtures.issue(5, null);
        Path out = dir.resolve("range.pdf");
        ExportReport report = exporter.export(issue, options().withPages(PageRange.parse("2-4")), out, ExportProgress.NONE);
        assertThat(report.pageNumbers()).containsExactly(2, 3, 4);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
        }
        assertThatThrownBy(() -> exporter.export(issue, options().withPages(PageRange.parse("7-9")), out, ExportProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7-9");
    }

    @Test
    void aSaveThatFailsMidwayLeavesTheTargetUntouchedAndNoTemporaryFile() throws IOException {
        Path out = dir.resolve("issue.pdf");
        Files.writeString(out, "the previous export");
        PdfExporter failing = new PdfExporter(PageFixtures.FONTS, stream -> new java.io.FilterOutputStream(stream) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 20_000) {
                    throw new IOException("disk full (simulated)");
                }
                super.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }
        });
        assertThatThrownBy(() -> failing.export(PageFixtures.issue(2, null), options(), out, ExportProgress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("disk full");
        assertThat(Files.readString(out)).isEqualTo("the previous export");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("issue.pdf");
        }
    }

    @Test
    void progressCountsPagesAndACancelLeavesNoFile() throws IOException {
        List<String> steps = new ArrayList<>();
        Path out = dir.resolve("issue.pdf");
        exporter.export(PageFixtures.issue(3, null), options(), out, new ExportProgress() {
            @Override
            public void stepDone(int done, int total, String what) {
                steps.add(done + "/" + total + " " + what);
            }
        });
        assertThat(steps).containsExactly("1/4 page 1", "2/4 page 2", "3/4 page 3", "4/4 written issue.pdf");

        Path cancelled = dir.resolve("cancelled.pdf");
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> exporter.export(PageFixtures.issue(3, null), options(), cancelled, new ExportProgress() {
            @Override
            public void stepDone(int done, int total, String what) {
                seen.add(done);
            }

            @Override
            public boolean isCancelled() {
                return seen.size() == 2;
            }
        })).isInstanceOf(ExportCancelledException.class);
        assertThat(seen).containsExactly(1, 2);
        assertThat(cancelled).doesNotExist();
    }

    @Test
    void anUnknownFaceIsAClearError() {
        PlacedItem.PlacedLine line = new PlacedItem.PlacedLine("f", "s", dev.broadsheet.model.TextRole.BODY, 0, 0, 0, 20, 100,
                List.of(new GlyphRun("NoSuchFace", 10, "字", new double[] {0}, 20)), new PlacedItem.SourceSpan(0, 0, 0, 1));
        LaidOutPage page = new LaidOutPage(1, 100, 100, List.of(), List.of(line));
        assertThatThrownBy(() -> exporter.toBytes(List.of(page), options()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NoSuchFace");
    }

    @Test
    void pngExportWritesOnePicturePerPageAtTheAskedResolution() throws IOException {
        PngExporter png = new PngExporter(exporter);
        ExportReport report = png.export(PageFixtures.issue(2, null), options(), dir, "issue", 100, ExportProgress.NONE);
        assertThat(report.pngFiles()).containsExactly(dir.resolve("issue-1.png"), dir.resolve("issue-2.png"));
        BufferedImage image = ImageIO.read(dir.resolve("issue-1.png").toFile());
        assertThat(image.getWidth()).isEqualTo(Math.round(420 * 100 / 72f));
        assertThat(image.getHeight()).isEqualTo(Math.round(600 * 100 / 72f));
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("ink on the page").isGreaterThan(2000);
        assertThatThrownBy(() -> png.export(PageFixtures.issue(1, null), options(), dir, "x", 5000, ExportProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5000 dpi");
    }
}
