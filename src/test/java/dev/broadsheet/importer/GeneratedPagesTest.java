package dev.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Pages the importer has never seen, in the reference page's extracted form: a fixed set of generated pages
 * ({@link ExtractedPagePrinter}, seeds 0–399) must come back story by story and photo by photo — deck roles,
 * datelines with their names, every paragraph, captions with credit and title. Extracted text is ambiguous
 * in places (a run-in lead sentence and a one-line paragraph look alike once the indent is gone), so the
 * test asks for a rate rather than perfection, and prints the figures it reached.
 */
class GeneratedPagesTest {

    private static final int PAGES = 400;

    @Test
    void generatedPagesComeBackWithTheirStructure() throws Exception {
        int stories = 0;
        int storiesMatched = 0;
        int photos = 0;
        int photosMatched = 0;
        int pagesWhole = 0;
        String firstMiss = null;
        for (long seed = 0; seed < PAGES; seed++) {
            ExtractedPagePrinter.Page page = new ExtractedPagePrinter(seed).invent();
            ImportResult result = TextImporter.importBytes(page.text().getBytes(StandardCharsets.UTF_8), null, "generated", Instant.EPOCH);
            List<Story> got = result.issue().stories();
            boolean whole = got.size() == page.stories().size() && result.issue().photos().size() == page.photos().size();
            for (int i = 0; i < page.stories().size(); i++) {
                stories++;
                if (i < got.size() && matches(page.stories().get(i), got.get(i))) {
                    storiesMatched++;
                } else {
                    whole = false;
                    if (firstMiss == null) {
                        firstMiss = "seed " + seed + " story " + (i + 1);
                    }
                }
            }
            for (int k = 0; k < page.photos().size(); k++) {
                photos++;
                List<Photo> gotPhotos = result.issue().photos();
                if (k < gotPhotos.size() && matches(page.photos().get(k), gotPhotos.get(k))) {
                    photosMatched++;
                } else {
                    whole = false;
                }
            }
            if (whole) {
                pagesWhole++;
            }
        }
        System.out.printf("generated pages: %d/%d whole, stories %d/%d, photos %d/%d (first miss: %s)%n",
                pagesWhole, PAGES, storiesMatched, stories, photosMatched, photos, firstMiss);
        // Reached when written: 1121/1204 stories, 355/385 photos, 309/400 pages whole. The misses are the
        // form's real ambiguities (a name broken across a line and letter-spaced, a one-line caption glued
        // to a headline, a sentence ending flush at a line end before a short last line).
        assertThat(storiesMatched).as("stories matched").isGreaterThanOrEqualTo((int) (stories * 0.92));
        assertThat(photosMatched).as("photos matched").isGreaterThanOrEqualTo((int) (photos * 0.90));
        assertThat(pagesWhole).as("pages whole").isGreaterThanOrEqualTo((int) (PAGES * 0.75));
    }

    private static boolean matches(ExtractedPagePrinter.Story want, Story got) {
        if (!Objects.equals(want.kicker(), got.deck().kicker()) || !Objects.equals(want.headline(), got.deck().headline())
                || !Objects.equals(want.subhead(), got.deck().subhead()) || want.sections().size() != got.sections().size()) {
            return false;
        }
        for (int s = 0; s < want.sections().size(); s++) {
            ExtractedPagePrinter.Section w = want.sections().get(s);
            StorySection g = got.sections().get(s);
            if (!new Dateline(w.label(), w.reporters(), w.correspondents()).equals(g.dateline())
                    || !w.paragraphs().equals(g.paragraphs().stream().map(Paragraph::text).toList())) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(ExtractedPagePrinter.Photo want, Photo got) {
        return want.title().equals(got.title()) && want.credit().equals(got.credit())
                && String.join("\n", want.captionParagraphs()).equals(got.caption());
    }
}
