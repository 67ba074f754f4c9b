package dev.broadsheet.importer;

import dev.broadsheet.importer.ImportedPiece.StoryPiece;
import dev.broadsheet.importer.ImportedPiece.UnsortedPiece;
import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Status;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads plain copy: one paragraph per line, stories separated by blank lines, each story opening with its
 * headline when its first line is short and reads as one (up to three heading lines make a deck: kicker,
 * headline, subhead). A block that does not open with a heading continues the story before it, so copy
 * with a blank line between paragraphs reads as one story rather than one story per paragraph.
 */
final class PlainTextReader {
    private PlainTextReader() {
    }

    /** A plain-text headline is a short line: at most this many ems. */
    static final double MAX_HEADLINE_EMS = 32;
    private static final int MAX_DECK_LINES = 3;

    static ExtractedPageReader.Content read(List<SourceLine> allLines) {
        List<List<SourceLine>> blocks = new ArrayList<>();
        List<SourceLine> block = new ArrayList<>();
        for (SourceLine line : allLines) {
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(line);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        List<Notice> notices = new ArrayList<>();
        List<Gathered> stories = new ArrayList<>();
        for (int k = 0; k < blocks.size(); k++) {
            List<SourceLine> b = blocks.get(k);
            // A block of nothing but heading lines heads the text in the blocks after it.
            int room = k + 1 < blocks.size() ? b.size() : b.size() - 1;
            int deckLines = 0;
            while (deckLines < Math.min(MAX_DECK_LINES, room) && isHeadline(b.get(deckLines))) {
                deckLines++;
            }
            if (deckLines > 0 || stories.isEmpty()) {
                stories.add(new Gathered(b.subList(0, deckLines), new ArrayList<>(b.subList(deckLines, b.size()))));
            } else {
                stories.get(stories.size() - 1).body.addAll(b);
            }
        }
        List<ImportedPiece> pieces = new ArrayList<>();
        int count = 0;
        for (Gathered g : stories) {
            int firstLine = (g.deck.isEmpty() ? g.body : g.deck).get(0).number();
            DeckReader.Result deck = DeckReader.read(g.deck.stream().map(SourceLine::raw).toList());
            List<StorySection> sections = sections(g.body);
            boolean dated = sections.stream().anyMatch(s -> s.dateline() != null);
            if (deck.deck().isEmpty() && !dated && stories.size() > 1) {
                notices.add(new Notice(firstLine, "text with neither dateline nor headline: kept in 未归类"));
                pieces.add(new UnsortedPiece(sections.stream().flatMap(s -> s.paragraphs().stream()).toList(), firstLine,
                        "neither dateline nor headline"));
                continue;
            }
            count++;
            String id = "S" + count;
            if (deck.deck().isEmpty()) {
                notices.add(new Notice(firstLine, id + ": no headline (the first line is not a short heading)"));
            } else if (deck.guessed()) {
                notices.add(new Notice(firstLine, id + ": deck roles read from line lengths (" + ExtractedPageReader.describe(deck.deck()) + ")"));
            }
            Story story = new Story(id, ExtractedPageReader.slug(deck.deck(), sections), Status.draft(), deck.deck(), null, sections);
            pieces.add(new StoryPiece(story, firstLine, deck.guessed()));
        }
        return new ExtractedPageReader.Content(pieces, notices);
    }

    private record Gathered(List<SourceLine> deck, List<SourceLine> body) {
    }

    private static boolean isHeadline(SourceLine line) {
        String body = line.body();
        return !body.isEmpty() && line.width().max() <= MAX_HEADLINE_EMS && !body.contains("。") && !body.contains("；")
                && (!line.endsSentence() || body.endsWith("？") || body.endsWith("！"))
                && !DatelineParser.startsWithLabel(line.raw());
    }

    /** One paragraph per line; a line opening with a dateline starts a new datelined section. */
    static List<StorySection> sections(List<SourceLine> body) {
        List<StorySection> sections = new ArrayList<>();
        Dateline dateline = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        for (SourceLine line : body) {
            String raw = line.raw();
            Optional<DatelineParser.Parsed> parsed = DatelineParser.parse(raw);
            if (parsed.isPresent()) {
                if (!paragraphs.isEmpty() || dateline != null) {
                    sections.add(new StorySection(dateline, paragraphs));
                    paragraphs = new ArrayList<>();
                }
                dateline = parsed.get().dateline();
                raw = raw.substring(parsed.get().textStart());
            }
            String text = ExtractionSpaces.forBody(raw);
            if (!text.isEmpty()) {
                paragraphs.add(Paragraph.of(text));
            }
        }
        if (!paragraphs.isEmpty() || dateline != null) {
            sections.add(new StorySection(dateline, paragraphs));
        }
        return sections;
    }
}
