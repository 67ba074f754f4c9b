package dev.broadsheet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.broadsheet.model.StyleSheet;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference page (src/test/resources/reference) as an issue, built from its hand-made structure JSON while
 * the importer is being written: its seven stories and two photos on one broadsheet page of 8 columns, laid out
 * roughly as printed (lead story top left, photos beside it, the rest in three rows). The editor's tests and
 * benchmark work on it.
 */
public final class EditorReferencePage {

    public static final String STRUCTURE = "/reference/000_0b7f95b1a5b38884.structure.json";
    /** Lines of the 12.5 pt baseline grid. */
    private static final double PITCH = 12.5;
    private static final Pattern CREDIT = Pattern.compile("^(本报讯)（([^）]*)）");

    private EditorReferencePage() {
    }

    public static Issue issue() {
        JsonNode root;
        try (InputStream in = EditorReferencePage.class.getResourceAsStream(STRUCTURE)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + STRUCTURE);
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Story> stories = new ArrayList<>();
        for (JsonNode s : root.get("stories")) {
            stories.add(story(s));
        }
        List<Photo> photos = new ArrayList<>();
        for (JsonNode p : root.get("photos")) {
            photos.add(new Photo(p.get("id").asText(), "images/" + p.get("id").asText().toLowerCase() + ".jpg",
                    p.get("title").asText(), p.get("caption").asText(), p.get("credit").asText()));
        }
        Page page = Page.blank(5, PagePreset.BROADSHEET).withSectionName("高新区新闻")
                .withHeader(new PageHeader("2022年4月13日 星期三", "", "5", "高新区新闻", "", "", ""))
                .withFrames(List.of(
                        story("f1", "S1", 0, 4, 0, 44, 3),
                        photo("f2", "P1", 4, 4, 0, 22),
                        story("f3", "S2", 4, 2, 22, 22, 0),
                        story("f4", "S3", 6, 2, 22, 22, 0),
                        story("f5", "S4", 0, 3, 44, 34, 0),
                        story("f6", "S5", 3, 2, 44, 34, 0),
                        story("f7", "S6", 5, 3, 44, 34, 0),
                        story("f8", "S7", 0, 3, 78, 32, 0),
                        photo("f9", "P2", 3, 5, 78, 32)));
        return new Issue("平顶山日报", LocalDate.of(2022, 4, 13), "", "", List.of(), StyleSheet.DEFAULT,
                List.of(page), stories, photos, 0);
    }

    private static Story story(JsonNode s) {
        String kicker = text(s.get("kicker"));
        HeadlineDeck deck = HeadlineDeck.of(kicker, text(s.get("headline")), text(s.get("subhead")));
        List<StorySection> sections = new ArrayList<>();
        Dateline dateline = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        for (JsonNode lines : s.get("paragraphs")) {
            StringBuilder b = new StringBuilder();
            lines.forEach(l -> b.append(l.asText()));
            String text = b.toString();
            Matcher m = CREDIT.matcher(text);
            if (m.find()) {
                if (dateline != null || !paragraphs.isEmpty()) {
                    sections.add(new StorySection(dateline, paragraphs));
                    paragraphs = new ArrayList<>();
                }
                dateline = dateline(m.group(1), m.group(2));
                text = text.substring(m.end());
            }
            paragraphs.add(Paragraph.of(text));
        }
        sections.add(new StorySection(dateline, paragraphs));
        return new Story(s.get("id").asText(), s.get("id").asText().toLowerCase(), null, deck, null, sections);
    }

    /** 记者高轶鹏 通讯员王梦可 → reporters and correspondents. */
    private static Dateline dateline(String label, String credit) {
        List<String> reporters = new ArrayList<>();
        List<String> correspondents = new ArrayList<>();
        String rest = credit.replace(" ", "");
        int c = rest.indexOf("通讯员");
        String reporterPart = c >= 0 ? rest.substring(0, c) : rest;
        if (reporterPart.startsWith("记者") && reporterPart.length() > 2) {
            reporters.add(reporterPart.substring(2));
        }
        if (c >= 0 && rest.length() > c + 3) {
            correspondents.add(rest.substring(c + 3));
        }
        return new Dateline(label, reporters, correspondents);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Frame story(String id, String storyId, int column, int span, int topLine, int lines, int textColumns) {
        return new Frame(id, column, span, Length.pt(topLine * PITCH), Length.pt(lines * PITCH), textColumns, Length.mm(4),
                new FrameContent.StoryText(storyId, 0, DeckPlacement.ABOVE_TEXT, ColumnFill.SEQUENTIAL));
    }

    private static Frame photo(String id, String photoId, int column, int span, int topLine, int lines) {
        return new Frame(id, column, span, Length.pt(topLine * PITCH), Length.pt(lines * PITCH), 0, Length.mm(4),
                FrameContent.PhotoImage.of(photoId));
    }
}
