package dev.broadsheet.review;

import dev.broadsheet.model.Anchor.TextAnchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.MarkKind;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Run;
import dev.broadsheet.model.RunStyle;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out a GB/T 14706 correction on the story text: the pure function behind
 * {@code edit.ApplyCorrectionCommand}. Runs keep their styles; inserted text takes the style of the run it
 * goes into. The mark must be anchored on the issue it is applied to (see {@link Reanchoring}); when its
 * quoted text is not there any more the correction is refused rather than applied to other words.
 */
public final class Corrections {

    private Corrections() {
    }

    /** Whether accepting {@code mark} changes the text (comments and 保留 do not). */
    public static boolean changesText(Mark mark) {
        return mark.kind().changesText() && mark.anchor() instanceof TextAnchor;
    }

    /**
     * The issue with the correction made.
     *
     * @throws IllegalArgumentException when the mark is not a text correction, or its quote is not at its anchor
     */
    public static Issue apply(Issue issue, Mark mark) {
        if (!(mark.anchor() instanceof TextAnchor t)) {
            throw new IllegalArgumentException("mark " + mark.id() + " is not on text: " + mark.anchor().describe());
        }
        if (!mark.kind().changesText()) {
            throw new IllegalArgumentException("mark " + mark.id() + " (" + mark.kind().label() + ") asks for no change to the text");
        }
        Story story = issue.story(t.storyId())
                .orElseThrow(() -> new IllegalArgumentException("story " + t.storyId() + " is not in the issue"));
        if (t.onDeck()) {
            return issue.withStory(story.withDeck(TextAnchors.withDeckText(story.deck(), t.paragraph(),
                    correctDeckText(story, mark, t))));
        }
        Paragraph paragraph = TextAnchors.paragraph(story, t.section(), t.paragraph())
                .orElseThrow(() -> new IllegalArgumentException("story " + t.storyId() + " has no paragraph §"
                        + t.section() + " ¶" + t.paragraph()));
        String text = paragraph.text();
        if (t.end() > text.length() || !text.substring(t.start(), t.end()).equals(t.quote())) {
            throw new IllegalArgumentException("mark " + mark.id() + ": “" + t.quote() + "” is no longer at "
                    + t.describe() + "; re-anchor the mark first");
        }
        List<Paragraph> replacement = switch (mark.kind()) {
            case REPLACE -> List.of(replace(paragraph, t.start(), t.end(), mark.replacement()));
            case DELETE -> List.of(replace(paragraph, t.start(), t.end(), ""));
            case INSERT -> List.of(replace(paragraph, t.end(), t.end(), mark.replacement()));
            case SWAP -> {
                String first = t.quote().substring(0, mark.pivot());
                String second = t.quote().substring(mark.pivot());
                yield List.of(replace(paragraph, t.start(), t.end(), second + first));
            }
            case NEW_PARAGRAPH -> split(paragraph, t.start());
            case RUN_ON -> null;
            default -> throw new IllegalStateException(mark.kind().name());
        };
        List<StorySection> sections = new ArrayList<>(story.sections());
        StorySection section = sections.get(t.section());
        List<Paragraph> paragraphs = new ArrayList<>(section.paragraphs());
        if (replacement == null) {
            // 接排: the marked paragraph runs on into the next one of its section.
            if (t.paragraph() + 1 >= paragraphs.size()) {
                throw new IllegalArgumentException("mark " + mark.id() + ": 接排 needs a following paragraph in the same section");
            }
            Paragraph next = paragraphs.remove(t.paragraph() + 1);
            List<Run> runs = new ArrayList<>(paragraph.runs());
            runs.addAll(next.runs());
            paragraphs.set(t.paragraph(), new Paragraph(paragraph.kind(), merge(runs)));
        } else {
            paragraphs.remove(t.paragraph());
            paragraphs.addAll(t.paragraph(), replacement);
        }
        sections.set(t.section(), new StorySection(section.dateline(), paragraphs));
        return issue.withStory(story.withSections(sections));
    }

    /** A kicker, headline or subhead corrected: only changes within the line make sense there. */
    private static String correctDeckText(Story story, Mark mark, TextAnchor t) {
        String text = TextAnchors.deckText(story.deck(), t.paragraph()).orElse("");
        if (t.end() > text.length() || !text.substring(t.start(), t.end()).equals(t.quote())) {
            throw new IllegalArgumentException("mark " + mark.id() + ": “" + t.quote() + "” is no longer at "
                    + t.describe() + "; re-anchor the mark first");
        }
        String head = text.substring(0, t.start());
        String tail = text.substring(t.end());
        return switch (mark.kind()) {
            case REPLACE -> head + mark.replacement() + tail;
            case DELETE -> head + tail;
            case INSERT -> head + t.quote() + mark.replacement() + tail;
            case SWAP -> head + t.quote().substring(mark.pivot()) + t.quote().substring(0, mark.pivot()) + tail;
            default -> throw new IllegalArgumentException("mark " + mark.id() + ": " + mark.kind().label()
                    + " does not apply to a headline; change the deck by hand");
        };
    }

    /**
     * {@code paragraph} with {@code [start, end)} replaced by {@code insert}, styles kept; the inserted text
     * takes the style of the character before it (as typing does), or of the first one at the start.
     */
    static Paragraph replace(Paragraph paragraph, int start, int end, String insert) {
        String text = paragraph.text();
        RunStyle[] styles = new RunStyle[text.length()];
        int pos = 0;
        for (Run run : paragraph.runs()) {
            for (int i = 0; i < run.text().length(); i++) {
                styles[pos++] = run.style();
            }
        }
        RunStyle insertStyle = start > 0 ? styles[start - 1] : text.isEmpty() ? RunStyle.PLAIN : styles[0];
        List<Run> out = new ArrayList<>();
        appendRuns(out, text, styles, 0, start);
        if (!insert.isEmpty()) {
            out.add(new Run(insert, insertStyle));
        }
        appendRuns(out, text, styles, end, text.length());
        return new Paragraph(paragraph.kind(), merge(out));
    }

    private static void appendRuns(List<Run> out, String text, RunStyle[] styles, int from, int to) {
        int runStart = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || styles[i] != styles[runStart]) {
                out.add(new Run(text.substring(runStart, i), styles[runStart]));
                runStart = i;
            }
        }
    }

    /** 另起: the paragraph cut in two at {@code at}. */
    static List<Paragraph> split(Paragraph paragraph, int at) {
        String text = paragraph.text();
        if (at <= 0 || at >= text.length()) {
            throw new IllegalArgumentException("另起 needs a point inside the paragraph, got " + at + " of " + text.length());
        }
        Paragraph head = replace(paragraph, at, text.length(), "");
        Paragraph tail = replace(paragraph, 0, at, "");
        return List.of(head, tail);
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            if (r.text().isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).style() == r.style()) {
                Run last = out.remove(out.size() - 1);
                out.add(new Run(last.text() + r.text(), r.style()));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
