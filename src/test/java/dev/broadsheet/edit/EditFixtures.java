package dev.broadsheet.edit;

import dev.broadsheet.model.ColumnFill;
import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.DeckPlacement;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.StyleSheet;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import java.time.LocalDate;
import java.util.List;

/**
 * A small issue with round numbers: two broadsheet pages (8 columns, 12.5 pt grid); on page 1 story S1 in
 * frame f1 (columns 0–1, lines 0–20) and photo P1 in frame f2 (columns 2–4, lines 0–10); story S2 unplaced.
 */
final class EditFixtures {
    static final double PITCH = 12.5;

    private EditFixtures() {
    }

    static Issue issue() {
        Story s1 = new Story("S1", "lead", null, HeadlineDeck.of(null, "确保经济健康发展", "高新区部署工作"), null,
                List.of(new StorySection(new Dateline("本报讯", List.of("高轶鹏"), List.of()),
                        List.of(Paragraph.of("4月7日下午，高新区党工委财经委员会召开第一次会议。")))));
        Story s2 = new Story("S2", "second", null, HeadlineDeck.of(null, "遵化店镇成立两个督导组", null), null,
                List.of(new StorySection(null, List.of(Paragraph.of("督查疫情防控和人居环境整治。")))));
        Page one = Page.blank(1, PagePreset.BROADSHEET).withFrames(List.of(
                new Frame("f1", 0, 2, Length.pt(0), Length.pt(20 * PITCH), 0, Length.mm(4),
                        new FrameContent.StoryText("S1", 0, DeckPlacement.ABOVE_TEXT, ColumnFill.SEQUENTIAL)),
                new Frame("f2", 2, 3, Length.pt(0), Length.pt(10 * PITCH), 0, Length.mm(4), FrameContent.PhotoImage.of("P1"))));
        Page two = Page.blank(2, PagePreset.BROADSHEET);
        return new Issue("平顶山日报", LocalDate.of(2022, 4, 13), "1234", "", List.of(), StyleSheet.DEFAULT,
                List.of(one, two), List.of(s1, s2), List.of(new Photo("P1", "images/p1.jpg", "防疫宣传", "说明", "禄建海")), 0);
    }

    static Frame frame(Issue issue, int page, String id) {
        return issue.page(page).orElseThrow().frame(id).orElseThrow();
    }
}
