package dev.broadsheet.typeset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.model.ColumnFill;
import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.DeckPlacement;
import dev.broadsheet.model.FitMode;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Grid;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Length;
import dev.broadsheet.model.Margins;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.PageHeader;
import dev.broadsheet.model.PagePreset;
import dev.broadsheet.model.PageSize;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.RuleStyle;
import dev.broadsheet.model.Status;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.model.StyleSheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference page (src/test/resources/reference/000_0b7f95b1a5b38884.structure.json) as test data: each
 * story's paragraphs with their printed lines and measure, and an {@link Issue} holding the whole page
 * (seven stories with decks and datelines, two photos with captions) laid out on a six-column grid whose
 * columns are 16 em of the 9.5 pt body.
 */
public final class ReferencePage {
    public static final String RESOURCE = "/reference/000_0b7f95b1a5b38884.structure.json";
    public static final double BODY_SIZE = 9.5;

    /** One printed paragraph: its lines as printed (spaces removed) and the story's measure in em. */
    public record PrintedParagraph(String storyId, int index, List<String> lines, double measureEm, boolean datelined) {
        public String text() {
            return String.join("", lines);
        }
    }

    private final JsonNode root;

    private ReferencePage(JsonNode root) {
        this.root = root;
    }

    public static ReferencePage load() {
        try (InputStream in = ReferencePage.class.getResourceAsStream(RESOURCE)) {
            return new ReferencePage(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<PrintedParagraph> paragraphs() {
        List<PrintedParagraph> result = new ArrayList<>();
        for (JsonNode story : root.get("stories")) {
            int i = 0;
            for (JsonNode paragraph : story.get("paragraphs")) {
                List<String> lines = new ArrayList<>();
                paragraph.forEach(l -> lines.add(l.asText()));
                result.add(new PrintedParagraph(story.get("id").asText(), i++, lines,
                        story.get("measure_em").asDouble(), lines.get(0).startsWith("本报讯")));
            }
        }
        for (JsonNode photo : root.get("photos")) {
            if (photo.has("caption_paragraphs")) {
                int i = 0;
                for (JsonNode paragraph : photo.get("caption_paragraphs")) {
                    List<String> lines = new ArrayList<>();
                    paragraph.forEach(l -> lines.add(l.asText()));
                    result.add(new PrintedParagraph(photo.get("id").asText(), i++, lines,
                            photo.get("measure_em").asDouble(), false));
                }
            }
        }
        return result;
    }

    public List<Story> stories() {
        List<Story> stories = new ArrayList<>();
        for (JsonNode s : root.get("stories")) {
            List<String> reporters = new ArrayList<>();
            List<String> correspondents = new ArrayList<>();
            s.get("reporters").forEach(r -> reporters.add(r.asText()));
            s.get("correspondents").forEach(r -> correspondents.add(r.asText()));
            List<StorySection> sections = new ArrayList<>();
            Dateline dateline = null;
            List<Paragraph> current = new ArrayList<>();
            for (JsonNode paragraph : s.get("paragraphs")) {
                StringBuilder text = new StringBuilder();
                paragraph.forEach(l -> text.append(l.asText()));
                String t = text.toString();
                if (t.startsWith("本报讯（")) {
                    if (dateline != null || !current.isEmpty()) {
                        sections.add(new StorySection(dateline, current));
                        current = new ArrayList<>();
                    }
                    int close = t.indexOf('）');
                    String credit = t.substring(4, close);
                    List<String> rs = reporters.stream().filter(credit::contains).toList();
                    List<String> cs = correspondents.stream().filter(credit::contains).toList();
                    dateline = new Dateline("本报讯", rs, cs);
                    t = t.substring(close + 1);
                }
                current.add(Paragraph.of(t));
            }
            sections.add(new StorySection(dateline, current));
            HeadlineDeck deck = new HeadlineDeck(text(s, "kicker"), text(s, "headline"), text(s, "subhead"),
                    null, null, null, FitMode.SHRINK_TO_FIT);
            stories.add(new Story(s.get("id").asText(), s.get("headline").asText(), Status.draft(), deck, null, sections));
        }
        return stories;
    }

    public List<Photo> photos() {
        List<Photo> photos = new ArrayList<>();
        for (JsonNode p : root.get("photos")) {
            String id = p.get("id").asText();
            photos.add(new Photo(id, "images/" + id + ".jpg", p.get("title").asText(), p.get("caption").asText(),
                    p.get("credit").asText()));
        }
        return photos;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A grid of six 16 em columns (152 pt at 9.5 pt) with 11 pt gutters on a 390 × 550 mm page. */
    public static Grid grid() {
        double typeArea = 6 * 16 * BODY_SIZE + 5 * 11;
        double side = (Length.mm(390).toPoints() - typeArea) / 2;
        return new Grid(6, Length.pt(11), new Margins(Length.mm(20), Length.mm(20), Length.pt(side), Length.pt(side)),
                Length.pt(BODY_SIZE), Length.pt(12.5));
    }

    public Issue issue() {
        List<Frame> frames = new ArrayList<>();
        frames.add(story("f-S1", "S1", 0, 3, 0, 540));
        frames.add(photo("f-P1", "P1", 3, 3, 0, 300));
        frames.add(story("f-S4", "S4", 3, 3, 310, 290));
        frames.add(rule("r-1", 0, 6, 610));
        frames.add(story("f-S2", "S2", 0, 2, 615, 300));
        frames.add(story("f-S3", "S3", 2, 2, 615, 280));
        frames.add(photo("f-P2", "P2", 4, 2, 615, 330));
        frames.add(story("f-S5", "S5", 0, 2, 925, 330));
        frames.add(story("f-S6", "S6", 4, 2, 955, 370));
        frames.add(story("f-S7", "S7", 2, 2, 905, 270));
        PageSize size = PagePreset.BROADSHEET.size();
        PageHeader header = new PageHeader("2022年4月14日 星期四", "第1234期", "07", "高新区新闻", "张编辑", "李美编", "王校对");
        Page page = new Page(7, "高新区新闻", size, grid(), header, frames, Status.draft());
        return new Issue("平顶山日报", LocalDate.of(2022, 4, 14), "1234", "", List.of(), StyleSheet.DEFAULT,
                List.of(page), stories(), photos(), 0);
    }

    private static Frame story(String id, String storyId, int column, int span, double top, double depth) {
        return new Frame(id, column, span, Length.pt(top), Length.pt(depth), 0, null,
                new FrameContent.StoryText(storyId, 0, DeckPlacement.ABOVE_TEXT, ColumnFill.SEQUENTIAL));
    }

    private static Frame photo(String id, String photoId, int column, int span, double top, double depth) {
        return new Frame(id, column, span, Length.pt(top), Length.pt(depth), 0, null, FrameContent.PhotoImage.of(photoId));
    }

    private static Frame rule(String id, int column, int span, double top) {
        return new Frame(id, column, span, Length.pt(top), Length.pt(1), 0, null,
                new FrameContent.Rule(RuleStyle.PLAIN, Length.pt(0.5)));
    }
}
