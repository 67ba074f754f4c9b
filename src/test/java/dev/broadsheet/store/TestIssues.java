package dev.broadsheet.store;

import dev.broadsheet.model.Byline;
import dev.broadsheet.model.ColumnFill;
import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.DeckPlacement;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PageHeader;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.Role;
import dev.broadsheet.model.Run;
import dev.broadsheet.model.RunStyle;
import dev.broadsheet.model.Stage;
import dev.broadsheet.model.Status;
import dev.broadsheet.model.StatusChange;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.model.StyleSheet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Issues built in code for the store's tests and benchmark: small ones and a generated 48-page one. */
public final class TestIssues {
    private TestIssues() {
    }

    /** A small issue that uses every kind of frame content, styled runs, a status history and a byline. */
    public static Issue small() {
        return generate(2, 3, 200, 7);
    }

    /**
     * A generated issue of {@code pages} broadsheet pages with {@code storiesPerPage} stories of about
     * {@code charsPerStory} characters each, plus one photo per page; {@code seed} varies the text.
     */
    public static Issue generate(int pages, int storiesPerPage, int charsPerStory, long seed) {
        List<Page> pageList = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        List<Photo> photos = new ArrayList<>();
        String pool = "本报讯记者通讯员高新区管委会今年以来围绕产业发展优化营商环境推动项目建设取得积极成效，企业服务城市更新。"
                + "科技创新平台数字经济人才引进重点项目签约落地！“十四五”规划（2021—2025年）GDP增长5.2%";
        long state = seed * 6364136223846793005L + 1442695040888963407L;
        for (int p = 1; p <= pages; p++) {
            List<Frame> frames = new ArrayList<>();
            for (int s = 0; s < storiesPerPage; s++) {
                String id = "p" + p + "s" + (s + 1);
                List<Paragraph> paragraphs = new ArrayList<>();
                int remaining = charsPerStory;
                while (remaining > 0) {
                    int len = Math.min(remaining, 120);
                    StringBuilder b = new StringBuilder(len);
                    for (int i = 0; i < len; i++) {
                        state = state * 6364136223846793005L + 1442695040888963407L;
                        b.append(pool.charAt((int) ((state >>> 33) % pool.length())));
                    }
                    paragraphs.add(paragraphs.isEmpty() && s == 0
                            ? new Paragraph(null, List.of(new Run("今年以来，", RunStyle.STRONG), Run.plain(b.toString())))
                            : Paragraph.of(b.toString()));
                    remaining -= len;
                }
                Status status = s == 0
                        ? Status.draft().advance(new StatusChange(Stage.EDITED, "高轶鹏", Role.LAYOUT_EDITOR,
                                Instant.parse("2026-05-01T18:30:00Z"), ""))
                        : Status.draft();
                stories.add(new Story(id, "稿件" + id, status,
                        s == 0 ? new HeadlineDeck("引题 " + id, "主题 " + id + " 高新区推动项目建设", "副题", null,
                                StyleSheet.DEFAULT.style(dev.broadsheet.model.TextRole.HEADLINE), null, null)
                                : HeadlineDeck.of(null, "主题 " + id, null),
                        s == 1 ? new Byline("本报记者", List.of("张三", "李四")) : null,
                        List.of(new StorySection(new Dateline("本报讯", List.of("高轶鹏"), List.of("王梦可")), paragraphs))));
                frames.add(new Frame("f" + (s + 1), (s * 3) % 8, Math.min(3, 8 - (s * 3) % 8),
                        Length.mm(20 + 100 * (s / 3)), Length.mm(95.5), s == 2 ? 2 : 0,
                        s == 2 ? Length.pt(12) : Length.mm(4),
                        new FrameContent.StoryText(id, 0, DeckPlacement.ABOVE_TEXT,
                                s == 2 ? ColumnFill.BALANCED : ColumnFill.SEQUENTIAL)));
            }
            String photoId = "photo" + p;
            photos.add(new Photo(photoId, "images/" + photoId + ".jpg", "图片标题", "图为高新区一景。", "高轶鹏"));
            frames.add(new Frame("ph", 0, 4, Length.mm(400), Length.mm(60), 0, Length.mm(4),
                    FrameContent.PhotoImage.of(photoId)));
            frames.add(new Frame("rule", 0, 8, Length.mm(398), Length.pt(1), 0, Length.mm(4),
                    new FrameContent.Rule(null, null)));
            Page page = Page.blank(p, PagePreset.BROADSHEET)
                    .withSectionName(p == 1 ? "要闻" : "高新区新闻")
                    .withHeader(new PageHeader("2026年5月1日 星期五", "总第1234期", "第" + p + "版",
                            p == 1 ? "要闻" : "高新区新闻", "高轶鹏", "王梦可", "李明"))
                    .withFrames(frames);
            pageList.add(page);
        }
        return new Issue("高新日报", LocalDate.of(2026, 5, 1), "1234", "城市版", List.of("A叠 要闻"),
                StyleSheet.DEFAULT, pageList, stories, photos, 0);
    }
}
