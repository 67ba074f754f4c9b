package dev.broadsheet.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fonts.BundledFonts;
import org.junit.jupiter.api.Test;

class ComposeSmokeTest {
    @Test
    void referencePageComposes() {
        LaidOutIssue issue = new IssueComposer(BundledFonts.shared()).compose(ReferencePage.load().issue());
        System.out.println(LaidOutPageDebugText.of(issue.pages().get(0)));
        issue.reports().values().forEach(System.out::println);
        assertThat(issue.pages()).hasSize(1);
    }
}
