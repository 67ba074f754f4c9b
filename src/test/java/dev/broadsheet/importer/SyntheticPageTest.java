package dev.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.Story;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * A second page in the reference page's form that the importer was not written against: a three-line deck
 * with a colon kicker and a couplet headline, two correspondents whose names a line break splits, a wire
 * dateline (新华社郑州4月2日电) followed by a second 本报讯 part, the role word 记者 broken over two lines,
 * a letter-spaced line, Latin words (Wi-Fi, App), a headline glued to a three-line caption and a caption of
 * two paragraphs with its credit on a line of its own.
 */
class SyntheticPageTest {

    @Test
    void importsStoryByStoryAndPhotoByPhoto() throws Exception {
        byte[] bytes = ReferencePageTest.resource("/importer/synthetic_page.txt");
        JsonNode structure = new ObjectMapper().readTree(ReferencePageTest.resource("/importer/synthetic_page.structure.json"));
        ImportResult result = TextImporter.importBytes(bytes, null, "synthetic_page.txt", Instant.EPOCH);

        List<Story> stories = result.issue().stories();
        assertThat(stories).hasSize(structure.get("stories").size());
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < stories.size(); i++) {
            JsonNode expected = structure.get("stories").get(i);
            Story story = stories.get(i);
            String id = expected.get("id").asText();
            soft.assertThat(story.deck().kicker()).as(id + " kicker").isEqualTo(ReferencePageTest.text(expected.get("kicker")));
            soft.assertThat(story.deck().headline()).as(id + " headline").isEqualTo(ReferencePageTest.text(expected.get("headline")));
            soft.assertThat(story.deck().subhead()).as(id + " subhead").isEqualTo(ReferencePageTest.text(expected.get("subhead")));
            soft.assertThat(ReferencePageTest.reporters(story)).as(id + " reporters")
                    .containsExactlyElementsOf(ReferencePageTest.strings(expected.get("reporters")));
            soft.assertThat(ReferencePageTest.correspondents(story)).as(id + " correspondents")
                    .containsExactlyElementsOf(ReferencePageTest.strings(expected.get("correspondents")));
            soft.assertThat(story.sections()).as(id + " datelined sections").hasSize(expected.get("datelines").asInt());
            soft.assertThat(ReferencePageTest.printedParagraphs(story)).as(id + " paragraphs")
                    .containsExactlyElementsOf(ReferencePageTest.paragraphs(expected.get("paragraphs")));
        }
        List<Photo> photos = result.issue().photos();
        soft.assertThat(photos).hasSize(structure.get("photos").size());
        for (int k = 0; k < Math.min(photos.size(), structure.get("photos").size()); k++) {
            JsonNode expected = structure.get("photos").get(k);
            soft.assertThat(photos.get(k).title()).as("title").isEqualTo(expected.get("title").asText());
            soft.assertThat(photos.get(k).credit()).as("credit").isEqualTo(expected.get("credit").asText());
            soft.assertThat(List.of(photos.get(k).caption().split("\n"))).as("caption paragraphs")
                    .containsExactlyElementsOf(ReferencePageTest.paragraphs(expected.get("caption_paragraphs")));
        }
        soft.assertThat(ImportedText.inInputOrder(result))
                .isEqualTo(ImportedText.inputWithoutSpaces(new String(bytes, StandardCharsets.UTF_8)));
        soft.assertAll();
    }
}
