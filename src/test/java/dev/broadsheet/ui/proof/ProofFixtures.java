package dev.broadsheet.ui.proof;

import dev.broadsheet.model.ColumnFill;
import dev.broadsheet.model.DeckPlacement;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Role;
import dev.broadsheet.model.Stage;
import dev.broadsheet.model.Status;
import dev.broadsheet.model.StatusChange;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.model.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A small laid-out issue for proof mode: one page, a story of three paragraphs in one frame, a photo frame. */
final class ProofFixtures {
    static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    static final User PROOFREADER = new User("李校对", Role.PROOFREADER);
    static final User EDITOR = new User("张编辑", Role.LAYOUT_EDITOR);
    static final User DUTY = new User("赵总编", Role.DUTY_EDITOR);

    static final String P0 = "本报讯 高新区今年新建成三座污水处理厂，日处理能力达到十五万吨。";
    static final String P1 = "据介绍，新厂采用膜生物反应器工艺，出水水质达到地表水准四类标准。";
    static final String P2 = "下一步，高新区将继续推进管网建设，力争年底前实现污水全收集。";

    private ProofFixtures() {
    }

    static Issue issue() {
        Story story = new Story("s1", "污水处理", Status.draft(), HeadlineDeck.of(null, "高新区污水处理能力翻番", null), null,
                List.of(new StorySection(null, List.of(Paragraph.of(P0), Paragraph.of(P1), Paragraph.of(P2)))));
        Frame text = new Frame("f-s1", 0, 3, Length.mm(40), Length.mm(120), 0, Length.mm(4),
                new FrameContent.StoryText("s1", 0, DeckPlacement.NONE, ColumnFill.SEQUENTIAL));
        Frame photo = new Frame("f-p1", 3, 2, Length.mm(40), Length.mm(60), 0, Length.mm(4), FrameContent.PhotoImage.of("p1"));
        Page page = Page.blank(1, PagePreset.BROADSHEET).withFrames(List.of(text, photo))
                .withStatus(new Status(Stage.LAID_OUT, List.of(new StatusChange(Stage.LAID_OUT, EDITOR.name(), EDITOR.role(), T0, ""))));
        return new Issue("高新时报", LocalDate.of(2026, 11, 27), "1234", "", List.of("A"), null,
                List.of(page), List.of(story), List.of(), 7);
    }

    /** The selection of {@code quote} in paragraph {@code paragraph} of story s1. */
    static TextSelection select(Issue issue, int paragraph, String quote) {
        String text = dev.broadsheet.review.TextAnchors.paragraphText(issue, "s1", 0, paragraph).orElseThrow();
        int at = text.indexOf(quote);
        if (at < 0) {
            throw new IllegalArgumentException(quote + " not in paragraph " + paragraph);
        }
        return new TextSelection("s1", 0, paragraph, at, at + quote.length());
    }
}
