package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Photo;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueJsonTest {

    @Test
    void writesRecordsInComponentOrderWithTwoSpaceIndentAndTrailingNewline() throws Exception {
        String json = IssueJson.toJson(new Photo("p1", "images/p1.jpg", "t", "c", "cr"));
        assertThat(json).isEqualTo("{\n  \"id\": \"p1\",\n  \"imagePath\": \"images/p1.jpg\",\n  \"title\": \"t\",\n"
                + "  \"caption\": \"c\",\n  \"credit\": \"cr\"\n}\n");
    }

    @Test
    void roundTripsAWholeIssueWithoutHelperMethodsBecomingProperties() throws Exception {
        Issue issue = TestIssues.small();
        String json = IssueJson.toJson(issue);
        assertThat(json).doesNotContain("\"empty\"", "characterCount", "effectiveTextColumns");
        Issue back = IssueJson.mapper().readValue(json, Issue.class);
        assertThat(back).isEqualTo(issue);
        assertThat(IssueJson.toJson(back)).isEqualTo(json);
        assertThat(json).contains("\"date\": \"2026-05-01\"", "\"at\": \"2026-05-01T18:30:00Z\"");
    }

    @Test
    void refusesAStringWhereAWholeNumberBelongs() {
        assertThatThrownBy(() -> IssueJson.mapper().readValue(frameJson("\"two\""), Frame.class))
                .hasMessageContaining("two");
    }

    @Test
    void refusesAFractionWhereAWholeNumberBelongs() {
        assertThatThrownBy(() -> IssueJson.mapper().readValue(frameJson("2.5"), Frame.class)).isNotNull();
    }

    @Test
    void refusesANumberWhereAStringBelongs() {
        assertThatThrownBy(() -> IssueJson.mapper().readValue("{\"id\": 5}", Photo.class)).isNotNull();
    }

    @Test
    void refusesAMissingPrimitive() {
        assertThatThrownBy(() -> IssueJson.mapper().readValue(
                "{\"id\":\"f\",\"firstColumn\":0,\"top\":\"0mm\",\"depth\":\"1mm\",\"textColumns\":0,\"textGutter\":\"1mm\","
                        + "\"content\":{\"type\":\"rule\",\"style\":null,\"weight\":null}}", Frame.class))
                .hasMessageContaining("columnSpan");
    }

    @Test
    void refusesDuplicateKeysAndTrailingTokens() {
        assertThatThrownBy(() -> IssueJson.mapper().readValue("{\"id\":\"a\",\"id\":\"b\"}", Photo.class))
                .hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> IssueJson.mapper().readValue("{\"id\":\"a\"} x", Photo.class)).isNotNull();
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = "[".repeat(65) + "]".repeat(65);
        assertThatThrownBy(() -> IssueJson.mapper().readTree(deep)).hasMessageContaining("64");
        JsonNode ok = readTree("[".repeat(64) + "]".repeat(64));
        assertThat(ok).isNotNull();
    }

    @Test
    void writesLengthsInTheirUnitAndNumbersForDoubles() {
        String json = IssueJson.toJson(List.of(Length.mm(297), Length.pt(10.5)));
        assertThat(json).isEqualTo("[\n  \"297mm\",\n  \"10.5pt\"\n]\n");
    }

    private static JsonNode readTree(String s) {
        try {
            return IssueJson.mapper().readTree(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String frameJson(String span) {
        return "{\"id\":\"f\",\"firstColumn\":0,\"columnSpan\":" + span + ",\"top\":\"0mm\",\"depth\":\"1mm\","
                + "\"textColumns\":0,\"textGutter\":\"1mm\",\"content\":{\"type\":\"rule\",\"style\":null,\"weight\":null}}";
    }
}
