package dev.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance page: importing the reference page's extracted text gives each story and photo of its
 * hand-made structure, field by field. A paragraph's text is compared with the structure's printed lines
 * joined; the structure prints spaces removed, so the comparison is on non-space characters, and the first
 * paragraph of a datelined part is compared with the dateline put in front (本报讯（记者… 通讯员…）…).
 */
class ReferencePageTest {

    static final String PAGE = "/reference/000_0b7f95b1a5b38884.txt";
    static final String STRUCTURE = "/reference/000_0b7f95b1a5b38884.structure.json";

    private static ImportResult result;
    private static JsonNode structure;

    @BeforeAll
    static void importPage() throws Exception {
        result = TextImporter.importBytes(resource(PAGE), null, "000_0b7f95b1a5b38884.txt", Instant.EPOCH);
        structure = new ObjectMapper().readTree(resource(STRUCTURE));
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ReferencePageTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void findsEveryStoryAndPhotoAndNothingUnsorted() {
        assertThat(result.report().form()).isEqualTo(SourceForm.EXTRACTED_PAGE);
        assertThat(stories()).hasSize(structure.get("stories").size());
        assertThat(result.issue().photos()).hasSize(structure.get("photos").size());
        assertThat(result.report().unsortedParagraphs()).isZero();
        assertThat(result.issue().story(IssueBuilder.UNSORTED_ID)).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> eachStoryMatchesTheStructure() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < structure.get("stories").size(); i++) {
            JsonNode expected = structure.get("stories").get(i);
            int index = i;
            tests.add(DynamicTest.dynamicTest(expected.get("id").asText() + " " + expected.get("headline").asText(), () -> {
                Story story = stories().get(index);
                SoftAssertions soft = new SoftAssertions();
                soft.assertThat(story.deck().kicker()).as("kicker").isEqualTo(text(expected.get("kicker")));
                soft.assertThat(story.deck().headline()).as("headline").isEqualTo(text(expected.get("headline")));
                soft.assertThat(story.deck().subhead()).as("subhead").isEqualTo(text(expected.get("subhead")));
                soft.assertThat(reporters(story)).as("reporters").containsExactlyElementsOf(strings(expected.get("reporters")));
                soft.assertThat(correspondents(story)).as("correspondents").containsExactlyElementsOf(strings(expected.get("correspondents")));
                soft.assertThat(story.sections()).as("datelined sections").hasSize(expected.get("datelines").asInt());
                soft.assertThat(story.sections()).allSatisfy(s -> assertThat(s.dateline()).isNotNull());
                soft.assertThat(printedParagraphs(story)).as("paragraphs").containsExactlyElementsOf(paragraphs(expected.get("paragraphs")));
                soft.assertAll();
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> eachPhotoMatchesTheStructure() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < structure.get("photos").size(); i++) {
            JsonNode expected = structure.get("photos").get(i);
            int index = i;
            tests.add(DynamicTest.dynamicTest(expected.get("id").asText() + " " + expected.get("title").asText(), () -> {
                Photo photo = result.issue().photos().get(index);
                SoftAssertions soft = new SoftAssertions();
                soft.assertThat(photo.title()).as("title").isEqualTo(expected.get("title").asText());
                soft.assertThat(photo.credit()).as("credit").isEqualTo(expected.get("credit").asText());
                soft.assertThat(photo.caption().replace("\n", "")).as("caption").isEqualTo(expected.get("caption").asText());
                if (expected.has("caption_paragraphs")) {
                    soft.assertThat(List.of(photo.caption().split("\n"))).as("caption paragraphs")
                            .containsExactlyElementsOf(paragraphs(expected.get("caption_paragraphs")));
                }
                soft.assertThat(photo.imagePath()).as("waits for its file").isNull();
                soft.assertAll();
            }));
        }
        return tests.stream();
    }

    @Test
    void theIssueIsOneBroadsheetPageWithAFramePerStoryAndPhoto() {
        var issue = result.issue();
        assertThat(issue.pages()).hasSize(1);
        var page = issue.pages().get(0);
        assertThat(page.size().preset()).isEqualTo(dev.broadsheet.model.PagePreset.BROADSHEET);
        assertThat(page.frames()).hasSize(stories().size() + issue.photos().size());
        for (Story story : stories()) {
            assertThat(issue.threadOf(story.id())).as(story.id()).hasSize(1);
        }
        assertThat(page.frames()).filteredOn(f -> f.content() instanceof dev.broadsheet.model.FrameContent.PhotoImage)
                .hasSize(2);
    }

    @Test
    void noTextIsLostOrInvented() throws IOException {
        String input = new String(resource(PAGE), StandardCharsets.UTF_8);
        assertThat(ImportedText.inInputOrder(result)).isEqualTo(ImportedText.inputWithoutSpaces(input));
    }

    @Test
    void theReportNamesWhatWasFoundAndTheGuessesToCheck() {
        String report = result.report().toText();
        assertThat(report).contains("7 stories", "7 headline decks", "8 datelines", "2 photos", "禄建海 摄",
                "[引] 皇台街道：", "glued");
    }

    private static List<Story> stories() {
        return result.issue().stories().stream().filter(s -> !s.id().equals(IssueBuilder.UNSORTED_ID)).toList();
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The structure's paragraphs: each one's printed lines joined. */
    static List<String> paragraphs(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(p -> {
            StringBuilder b = new StringBuilder();
            p.forEach(line -> b.append(line.asText()));
            out.add(b.toString());
        });
        return out;
    }

    /** Our paragraphs as the page prints them: the dateline in front of its section's first paragraph. */
    static List<String> printedParagraphs(Story story) {
        List<String> out = new ArrayList<>();
        for (StorySection section : story.sections()) {
            for (int i = 0; i < section.paragraphs().size(); i++) {
                Paragraph p = section.paragraphs().get(i);
                Dateline d = section.dateline();
                String lead = i == 0 && d != null ? d.label() + d.creditText() : "";
                out.add(ExtractionSpaces.withoutSpaces(lead + p.text()));
            }
        }
        return out;
    }

    static List<String> reporters(Story story) {
        Set<String> names = new LinkedHashSet<>();
        story.sections().stream().filter(s -> s.dateline() != null).forEach(s -> names.addAll(s.dateline().reporters()));
        return List.copyOf(names);
    }

    static List<String> correspondents(Story story) {
        Set<String> names = new LinkedHashSet<>();
        story.sections().stream().filter(s -> s.dateline() != null).forEach(s -> names.addAll(s.dateline().correspondents()));
        return List.copyOf(names);
    }
}
