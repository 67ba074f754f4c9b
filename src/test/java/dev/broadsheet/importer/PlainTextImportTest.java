package dev.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Story;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextImportTest {

    private static ImportResult importText(String text) throws ImportException {
        return TextImporter.importBytes(text.getBytes(StandardCharsets.UTF_8), null, "copy.txt", Instant.EPOCH);
    }

    @Test
    void oneStoryPerBlockWithItsHeadlineAndOneParagraphPerLine() throws Exception {
        String copy = """
                新能源公交车上线运营
                本报讯（记者马超 通讯员郑伟）郑州市首批 120 辆新能源公交车 2 日起在 8 条线路上线运营。
                据介绍，新车配备了智能调度系统和车内 Wi-Fi，乘客可通过手机 App 实时查询车辆到站时间。

                樱花迎春
                4月1日，游客在市区白龟湖湿地公园赏樱拍照。
                """;
        ImportResult result = importText(copy);
        assertThat(result.report().form()).isEqualTo(SourceForm.PLAIN_TEXT);
        List<Story> stories = result.issue().stories();
        assertThat(stories).extracting(s -> s.deck().headline()).containsExactly("新能源公交车上线运营", "樱花迎春");
        Story first = stories.get(0);
        assertThat(first.sections()).singleElement().satisfies(s ->
                assertThat(s.dateline()).isEqualTo(new Dateline("本报讯", List.of("马超"), List.of("郑伟"))));
        assertThat(first.paragraphs()).extracting(Paragraph::text).containsExactly(
                "郑州市首批120辆新能源公交车2日起在8条线路上线运营。",
                "据介绍，新车配备了智能调度系统和车内Wi-Fi，乘客可通过手机App实时查询车辆到站时间。");
        assertThat(ImportedText.inInputOrder(result)).isEqualTo(ImportedText.inputWithoutSpaces(copy));
    }

    @Test
    void blankLinesBetweenParagraphsDoNotSplitTheStory() throws Exception {
        String copy = "春耕备耕正当时\n\n宝丰县抢抓农时推进春播生产，全县小麦播种面积达52.6万亩。\n\n为保障农资供应，该县在各乡镇设立农资服务点46个。\n";
        ImportResult result = importText(copy);
        assertThat(result.issue().stories()).singleElement().satisfies(s -> {
            assertThat(s.deck().headline()).isEqualTo("春耕备耕正当时");
            assertThat(s.paragraphs()).hasSize(2);
        });
    }

    @Test
    void aFileWithoutAHeadlineIsOneStoryFlaggedForAHeadline() throws Exception {
        ImportResult result = importText("宝丰县抢抓农时推进春播生产，全县小麦播种面积达52.6万亩。\n为保障农资供应，该县设立农资服务点46个。\n");
        assertThat(result.issue().stories()).singleElement().satisfies(s -> assertThat(s.deck().isEmpty()).isTrue());
        assertThat(result.report().toText()).contains("no headline");
    }
}
