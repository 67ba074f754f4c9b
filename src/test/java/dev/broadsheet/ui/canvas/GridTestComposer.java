package dev.broadsheet.ui.canvas;

import dev.broadsheet.edit.FrameGeometry;
import dev.broadsheet.edit.FrameRect;
import dev.broadsheet.fonts.FontFace;
import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.model.DeckPlacement;
import dev.broadsheet.model.FontRole;
import dev.broadsheet.model.FontWeight;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.model.TextRole;
import dev.broadsheet.typeset.FrameBox;
import dev.broadsheet.typeset.GlyphRun;
import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.PlacedItem;
import dev.broadsheet.typeset.StoryReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A deliberately plain stand-in for the typesetter, for the editor's tests and benchmark while the real
 * {@code IssueComposer} is built on another branch: body text set solid at natural advances, greedy breaks at
 * any character, one line per deck element. It honours the contract the canvas relies on — frames, glyph
 * runs, photos, and a {@link StoryReport} per story with overset and underset counted in the last frame — so
 * a frame that is too small is overset and one that is too large is underset, as with the real composer.
 */
public final class GridTestComposer implements Function<Issue, LaidOutIssue> {

    private final FontProvider fonts;

    public GridTestComposer(FontProvider fonts) {
        this.fonts = fonts;
    }

    @Override
    public LaidOutIssue apply(Issue issue) {
        Map<Integer, List<PlacedItem>> items = new HashMap<>();
        Map<Integer, List<FrameBox>> boxes = new HashMap<>();
        for (Page page : issue.pages()) {
            items.put(page.number(), new ArrayList<>());
            boxes.put(page.number(), new ArrayList<>());
            for (Frame f : page.frames()) {
                FrameRect r = FrameGeometry.rectOf(page, f);
                FrameBox.Kind kind = f.content() instanceof FrameContent.PhotoImage ? FrameBox.Kind.PHOTO
                        : f.content() instanceof FrameContent.Rule ? FrameBox.Kind.RULE
                        : f.content() instanceof FrameContent.HeadlineText ? FrameBox.Kind.HEADLINE : FrameBox.Kind.STORY;
                String contentId = f.content() instanceof FrameContent.StoryText t ? t.storyId()
                        : f.content() instanceof FrameContent.HeadlineText h ? h.storyId()
                        : f.content() instanceof FrameContent.PhotoImage p ? p.photoId() : null;
                int cols = f.effectiveTextColumns();
                double gutter = f.textColumns() == 0 ? page.grid().gutter().toPoints() : f.textGutter().toPoints();
                boxes.get(page.number()).add(new FrameBox(f.id(), kind, contentId, r.x(), r.y(), r.width(), r.height(),
                        cols, (r.width() - (cols - 1) * gutter) / cols, gutter));
                if (f.content() instanceof FrameContent.PhotoImage photoContent) {
                    Photo photo = issue.photo(photoContent.photoId()).orElse(new Photo(photoContent.photoId(), null, "", "", ""));
                    double captionDepth = photo.caption().isEmpty() ? 0 : 24;
                    double clipH = Math.max(1, r.height() - captionDepth);
                    items.get(page.number()).add(new PlacedItem.PlacedImage(f.id(), photo.id(), photo.imagePath(),
                            r.x(), r.y(), r.width(), clipH, r.x(), r.y(), r.width(), clipH));
                    if (!photo.caption().isEmpty()) {
                        items.get(page.number()).add(line(f.id(), null, TextRole.CAPTION, 0, 0,
                                fonts.face(FontRole.KAI, FontWeight.REGULAR), 9, photo.caption(), r.x(), r.y() + clipH + 12, r.width()));
                    }
                } else if (f.content() instanceof FrameContent.Rule rule) {
                    items.get(page.number()).add(new PlacedItem.PlacedRule(f.id(), rule.style(), r.x(), r.y(), r.right(), r.y(),
                            rule.weight().toPoints()));
                }
            }
        }
        Map<String, StoryReport> reports = new HashMap<>();
        for (Story story : issue.stories()) {
            reports.put(story.id(), composeStory(issue, story, items));
        }
        List<LaidOutPage> pages = new ArrayList<>();
        for (Page page : issue.pages()) {
            pages.add(new LaidOutPage(page.number(), page.size().width().toPoints(), page.size().height().toPoints(),
                    boxes.get(page.number()), items.get(page.number())));
        }
        return new LaidOutIssue(pages, reports);
    }

    private StoryReport composeStory(Issue issue, Story story, Map<Integer, List<PlacedItem>> items) {
        List<Issue.PlacedFrame> thread = issue.threadOf(story.id());
        List<String> paragraphs = new ArrayList<>();
        for (StorySection section : story.sections()) {
            String lead = section.dateline() == null ? "" : section.dateline().label() + section.dateline().creditText();
            for (int i = 0; i < section.paragraphs().size(); i++) {
                Paragraph p = section.paragraphs().get(i);
                paragraphs.add((i == 0 ? lead : "") + p.text());
            }
        }
        FontFace body = fonts.face(FontRole.SERIF, FontWeight.REGULAR);
        double size = 9.5;
        double pitch = 12.5;
        int paragraph = 0;
        int offset = 0;
        int underset = 0;
        double lastMeasure = 10 * size;
        for (Issue.PlacedFrame pf : thread) {
            Page page = issue.page(pf.pageNumber()).orElseThrow();
            Frame f = pf.frame();
            FrameRect r = FrameGeometry.rectOf(page, f);
            double y = r.y();
            if (((FrameContent.StoryText) f.content()).deck() == DeckPlacement.ABOVE_TEXT) {
                for (String[] deck : new String[][] {{story.deck().kicker(), "k"}, {story.deck().headline(), "h"}, {story.deck().subhead(), "s"}}) {
                    if (deck[0] == null || deck[0].isBlank()) {
                        continue;
                    }
                    boolean headline = deck[1].equals("h");
                    double deckSize = headline ? 26 : 14;
                    FontFace face = headline ? fonts.face(FontRole.SANS, FontWeight.BOLD) : fonts.face(FontRole.KAI, FontWeight.REGULAR);
                    y += headline ? 34 : 20;
                    if (y > r.bottom()) {
                        break;
                    }
                    items.get(page.number()).add(line(f.id(), story.id(), headline ? TextRole.HEADLINE : TextRole.SUBHEAD, 0, 0,
                            face, deckSize, deck[0], r.x(), y - (headline ? 8 : 5), r.width()));
                }
            }
            int cols = f.effectiveTextColumns();
            double gutter = f.textColumns() == 0 ? page.grid().gutter().toPoints() : f.textGutter().toPoints();
            double colWidth = (r.width() - (cols - 1) * gutter) / cols;
            lastMeasure = colWidth;
            int linesPerColumn = (int) Math.floor((r.bottom() - y) / pitch + 1e-9);
            underset = 0;
            for (int c = 0; c < cols; c++) {
                double x = r.x() + c * (colWidth + gutter);
                for (int l = 0; l < linesPerColumn; l++) {
                    if (paragraph >= paragraphs.size()) {
                        underset++;
                        continue;
                    }
                    String text = paragraphs.get(paragraph);
                    double indent = offset == 0 ? 2 * size : 0;
                    int end = fit(body, size, text, offset, colWidth - indent);
                    items.get(page.number()).add(line(f.id(), story.id(), TextRole.BODY, c, l, body, size,
                            text.substring(offset, end), x + indent, y + (l + 1) * pitch - 2.5, colWidth - indent));
                    offset = end;
                    if (offset >= text.length()) {
                        paragraph++;
                        offset = 0;
                    }
                }
            }
        }
        int remaining = 0;
        int remainingLines = 0;
        int perLine = Math.max(1, (int) Math.floor(lastMeasure / size));
        for (int p = paragraph; p < paragraphs.size(); p++) {
            int chars = paragraphs.get(p).length() - (p == paragraph ? offset : 0);
            remaining += chars;
            remainingLines += (int) Math.ceil((chars + (p == paragraph && offset > 0 ? 0 : 2)) / (double) perLine);
        }
        String last = thread.isEmpty() ? null : thread.get(thread.size() - 1).frame().id();
        return new StoryReport(story.id(), remaining, remainingLines, remaining > 0 ? 0 : underset, last, List.of(), List.of());
    }

    private static int fit(FontFace face, double size, String text, int from, double measure) {
        double width = 0;
        int i = from;
        while (i < text.length()) {
            double advance = face.hasGlyph(text.charAt(i)) ? face.advance(text.charAt(i)) * size : size;
            if (width + advance > measure + 1e-6 && i > from) {
                break;
            }
            width += advance;
            i++;
        }
        return i;
    }

    private static PlacedItem.PlacedLine line(String frameId, String storyId, TextRole role, int column, int index,
                                              FontFace face, double size, String text, double x, double baseline, double measure) {
        int end = fit(face, size, text, 0, measure);
        String fitted = text.substring(0, end);
        double[] xs = new double[fitted.length()];
        double pos = x;
        for (int i = 0; i < fitted.length(); i++) {
            xs[i] = pos;
            pos += face.hasGlyph(fitted.charAt(i)) ? face.advance(fitted.charAt(i)) * size : size;
        }
        GlyphRun run = new GlyphRun(face.id(), size, fitted, xs, baseline);
        return new PlacedItem.PlacedLine(frameId, storyId, role, column, index, x, baseline, measure, List.of(run),
                new PlacedItem.SourceSpan(0, 0, 0, fitted.length()));
    }
}
