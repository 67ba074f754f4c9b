package dev.broadsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void noArgumentsMeansTheSampleIssue() {
        assertThat(LaunchOptions.parse(List.of(), null).issueFolder()).isEmpty();
    }

    @Test
    void theFirstNonOptionArgumentIsTheIssueFolder() {
        LaunchOptions options = LaunchOptions.parse(List.of("--verbose", "/tmp/issue-0412"), null);
        assertThat(options.issueFolder()).contains(Path.of("/tmp/issue-0412"));
    }

    @Test
    void theLocaleSwitchPicksTheInterfaceLanguage() {
        assertThat(LaunchOptions.parse(List.of(), "en").locale()).isEqualTo(Locale.ENGLISH);
        assertThat(LaunchOptions.parse(List.of(), "zh_CN").locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(LaunchOptions.parse(List.of(), " ").locale()).isEqualTo(Locale.getDefault());
        assertThat(LaunchOptions.parse(List.of("--locale=zh-CN"), "en").locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
