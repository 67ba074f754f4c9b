package dev.broadsheet.importer;

import dev.broadsheet.importer.ImportedPiece.PhotoPiece;
import dev.broadsheet.importer.ImportedPiece.StoryPiece;
import dev.broadsheet.importer.ImportedPiece.UnsortedPiece;
import dev.broadsheet.model.Dateline;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.Status;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text a PDF extractor pulls out of a printed newspaper page: one printed line per line, hard
 * wraps at the column measure, each story's headline deck printed after its text (the extractor follows
 * the page's content stream, in which the desk's software wrote the headlines last), photo captions with
 * their credit (… 摄) and a title line, and now and then a headline glued to the next caption on one line.
 *
 * <p>The reading, in order:
 * <ol>
 *   <li>Photos: every line ending in {@code NAME 摄} closes a caption; the caption runs back over lines set
 *       at the caption's own measure, and the line after the credit, when it reads as a heading, is its
 *       title. A first caption line far wider than that measure holds a headline glued in front: it is cut
 *       where the rest of the line fits the measure, preferably before a date (captions open with one).</li>
 *   <li>Stories: a dateline (本报讯…, 新华社…电) opens a datelined section; the lines before a dateline or
 *       before the end of a run of text that cannot be body text — they follow a sentence's end, and none
 *       of them ends one — are the deck of the story above. A dateline with no deck before it opens a
 *       second section of the same story.</li>
 *   <li>Paragraphs: {@link HardWraps} with the measure inferred per story; deck roles: {@link DeckReader}.</li>
 * </ol>
 * Text that fits none of this becomes an {@link UnsortedPiece}: nothing is dropped.
 */
final class ExtractedPageReader {

    /** At most this many lines make a deck: kicker, a two-line couplet headline and a subhead. */
    static final int MAX_DECK_LINES = 4;
    /** How far a caption line may stray from the caption's measure and still be a caption line (ems). */
    private static final double CAPTION_TOLERANCE = 2.5;
    /** A headline is rarely longer than this many ems; wider lines are not headings. */
    private static final double MAX_HEADING_EMS = 30;

    private static final Pattern CREDIT = Pattern.compile(
            "(?:^|(?<=[\\s\\u3000。！？”）]))([\\p{IsHan}·]{2,4}(?:[\\s\\u3000、]+[\\p{IsHan}·]{2,4}){0,3})[\\s\\u3000]+摄[\\s\\u3000]*$");
    /** How a caption's first paragraph opens: the day the photo was taken, then a comma (4月9日，…). */
    private static final Pattern CAPTION_LEAD = Pattern.compile(
            "^[\\s\\u3000]*(?:\\d{1,2}[\\s\\u3000]*月[\\s\\u3000]*\\d{1,2}[\\s\\u3000]*日(?:[上下]午|晚|晚上|早上|凌晨)?|近日|日前|连日来)[\\s\\u3000]*，");
    private static final Pattern CAPTION_OPENING = Pattern.compile(
            "^[\\s\\u3000]*(?:\\d{1,2}[\\s\\u3000]*月[\\s\\u3000]*\\d{1,2}[\\s\\u3000]*日|\\d{1,2}[\\s\\u3000]*日|近日|日前|昨日|今年|当天|连日来|图为)");

    private final List<SourceLine> lines;
    /** The lines a dateline opens, found once: the test joins a line with the next, as a label may wrap. */
    private final java.util.Set<SourceLine> datelines = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final boolean[] credits;
    private final List<Notice> notices = new ArrayList<>();
    private int storyCount;
    private int photoCount;

    private ExtractedPageReader(List<SourceLine> lines) {
        this.lines = lines;
        this.credits = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (isDatelineAt(lines, i)) {
                datelines.add(lines.get(i));
            }
            credits[i] = CREDIT.matcher(lines.get(i).raw()).find();
        }
    }

    record Content(List<ImportedPiece> pieces, List<Notice> notices) {
    }

    /** Reads the non-blank lines of an extracted page. */
    static Content read(List<SourceLine> nonBlankLines) {
        ExtractedPageReader reader = new ExtractedPageReader(nonBlankLines);
        List<ImportedPiece> pieces = reader.readAll();
        boolean structured = pieces.stream().anyMatch(p -> p instanceof PhotoPiece
                || (p instanceof StoryPiece s && (!s.story().deck().isEmpty()
                        || s.story().sections().stream().anyMatch(sec -> sec.dateline() != null))));
        if (!structured && !nonBlankLines.isEmpty()) {
            List<Notice> notices = List.of(new Notice(0,
                    "no datelines, headlines or photo credits recognised: all text is in 未归类 for review"));
            double measure = HardWraps.measure(nonBlankLines);
            List<Paragraph> paragraphs = HardWraps.paragraphs(nonBlankLines, measure).stream()
                    .map(ExtractedPageReader::bodyParagraph).toList();
            return new Content(List.of(new UnsortedPiece(paragraphs, nonBlankLines.get(0).number(),
                    "no recognisable structure")), notices);
        }
        return new Content(pieces, reader.notices);
    }

    // ------------------------------------------------------------------------------------------ photos

    /** A photo found in the line list: the lines it covers, and what replaces them in the text stream. */
    private record FoundPhoto(int from, int to, Photo photo, SourceLine gluedHeading) {
    }

    private List<ImportedPiece> readAll() {
        List<FoundPhoto> photos = findPhotos();
        List<ImportedPiece> pieces = new ArrayList<>();
        int next = 0;
        for (FoundPhoto photo : photos) {
            List<SourceLine> run = new ArrayList<>(lines.subList(next, photo.from()));
            if (photo.gluedHeading() != null) {
                run.add(photo.gluedHeading());
            }
            pieces.addAll(readStories(run));
            pieces.add(new PhotoPiece(photo.photo(), lines.get(photo.from()).number()));
            next = photo.to() + 1;
        }
        pieces.addAll(readStories(new ArrayList<>(lines.subList(next, lines.size()))));
        return pieces;
    }

    private List<FoundPhoto> findPhotos() {
        List<FoundPhoto> found = new ArrayList<>();
        int floor = 0;
        for (int c = 0; c < lines.size(); c++) {
            if (!credits[c] || isDateline(c)) {
                continue;
            }
            Matcher credit = CREDIT.matcher(lines.get(c).raw());
            if (!credit.find()) {
                continue;
            }
            List<SourceLine> caption = new ArrayList<>();
            String beforeCredit = lines.get(c).raw().substring(0, credit.start(1));
            if (!beforeCredit.isBlank()) {
                caption.add(lines.get(c).part(0, credit.start(1)));
            }
            double measure = Double.NaN;
            SourceLine glued = null;
            int from = c;
            for (int i = c - 1; i >= floor && !isDateline(i); i--) {
                SourceLine line = lines.get(i);
                if (credits[i]) {
                    break;
                }
                // Widths squeezed: a set line's narrowest reading is closest to the measure it was fitted to.
                double w = line.width().min();
                if (!caption.isEmpty() && CAPTION_LEAD.matcher(caption.get(0).raw()).find() && !line.endsSentence()
                        && isHeadingLine(line)) {
                    // The caption opens with its date; the heading line above it is the deck of the story before.
                    break;
                }
                if (!Double.isNaN(measure) && w > measure + CAPTION_TOLERANCE) {
                    // Far wider than the caption: a heading glued in front of the caption's first line, or not
                    // caption text at all.
                    Optional<Integer> cut = glueCut(line.raw(), measure, line.endsSentence());
                    if (cut.isPresent()) {
                        glued = line.part(0, cut.get());
                        caption.add(0, line.part(cut.get(), line.raw().length()));
                        from = i;
                        notices.add(new Notice(line.number(), "a heading was glued to a photo caption: split before “"
                                + ExtractionSpaces.forBody(line.raw().substring(cut.get())).codePoints().limit(6)
                                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "…”"));
                    }
                    break;
                }
                // A line ending a sentence is a caption paragraph's last line: any width up to the measure will do.
                if (!line.endsSentence()) {
                    if (Double.isNaN(measure)) {
                        // The first wrapped line met sets the caption's measure. A wrapped line is full, so it is at
                        // least as wide as the caption's last line; with no text after it, a heading is no caption.
                        if (caption.isEmpty() ? isTitleLine(line) : w < caption.get(0).width().min() - CAPTION_TOLERANCE) {
                            break;
                        }
                        measure = w;
                    } else if (w > measure) {
                        // The widest wrapped line is the measure: an indented first line met before it is narrower.
                        measure = w;
                    } else if (measure - w > CAPTION_TOLERANCE) {
                        // An indented first line is about two ems short; anything shorter is not caption text.
                        boolean opensParagraph = i == floor || lines.get(i - 1).endsSentence() || isDateline(i - 1);
                        if (!(opensParagraph && w >= measure - 3.5)) {
                            break;
                        }
                    }
                }
                caption.add(0, line);
                from = i;
            }
            int to = c;
            String title = "";
            if (c + 1 < lines.size() && isTitleLine(lines.get(c + 1)) && !isDateline(c + 1)
                    && !credits[c + 1]) {
                title = ExtractionSpaces.forHeading(lines.get(c + 1).raw());
                to = c + 1;
            }
            if (caption.isEmpty()) {
                notices.add(new Notice(lines.get(c).number(), "photo credit without a caption"));
            }
            double captionMeasure = HardWraps.measure(caption);
            List<String> paragraphs = HardWraps.paragraphs(caption, captionMeasure).stream()
                    .map(ExtractedPageReader::joinBody).toList();
            String credits = String.join(" ", credit.group(1).strip().split("[\\s\\u3000]+"));
            photoCount++;
            Photo photo = new Photo("P" + photoCount, null, title, String.join("\n", paragraphs), credits);
            found.add(new FoundPhoto(from, to, photo, glued));
            floor = to + 1;
            c = to;
        }
        return found;
    }

    /**
     * Where a heading glued in front of a caption line ends: the cut after which the rest of the line fits the
     * caption's measure, the part before it reading as a heading (no clause punctuation, quotes closed).
     * A cut before a date or a digit is preferred, as captions open with the day the photo was taken. When the
     * line also ends the caption's first paragraph, the rest may be any width up to the measure, and only a cut
     * before a date will do.
     */
    static Optional<Integer> glueCut(String raw, double measure, boolean endsParagraph) {
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        for (int k = 1; k < raw.length() && k <= 40; k++) {
            if (Character.isLowSurrogate(raw.charAt(k))) {
                continue;
            }
            String head = raw.substring(0, k);
            String rest = raw.substring(k);
            if (head.isBlank() || rest.isBlank() || Punctuation.hasClausePunctuation(head)
                    || count(head, '“') != count(head, '”') || Character.isDigit(raw.charAt(k - 1)) && Character.isDigit(raw.charAt(k))
                    || CharClass.of(raw.charAt(k)) == CharClass.SPACE || CharClass.of(raw.charAt(k - 1)) == CharClass.SPACE) {
                continue;
            }
            double width = LineWidth.of(ExtractionSpaces.forBody(rest)).min();
            double off = Math.abs(width - measure);
            boolean dated = CAPTION_OPENING.matcher(rest).find();
            // A caption's first line is indented two ems, so a dated rest may fall that much further short.
            boolean fits = dated ? width <= measure + CAPTION_TOLERANCE && (endsParagraph || width >= measure - 2 - CAPTION_TOLERANCE)
                    : !endsParagraph && off <= CAPTION_TOLERANCE;
            if (!fits) {
                continue;
            }
            double score = (endsParagraph ? 0 : off) + (dated ? 0 : Character.isDigit(rest.charAt(0)) ? 10 : 20);
            if (score < bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    // ----------------------------------------------------------------------------------------- stories

    private boolean isDateline(int index) {
        return datelines.contains(lines.get(index));
    }

    /** A dateline opens line {@code index}; its label may run on to the next line (新华社郑州12月 / 5日电). */
    private static boolean isDatelineAt(List<SourceLine> list, int index) {
        String raw = list.get(index).raw();
        if (index + 1 < list.size()) {
            raw = raw.stripTrailing() + list.get(index + 1).raw().strip();
        }
        return DatelineParser.startsWithLabel(raw);
    }

    /** A photo title: a heading line without commas. */
    private static boolean isTitleLine(SourceLine line) {
        return isHeadingLine(line) && !Punctuation.hasClausePunctuation(line.body());
    }

    /**
     * A line that can be a headline, kicker or subhead: not wider than a headline gets, no full stop or
     * semicolon inside (a headline may hold a comma or an enumeration comma, a sentence's marks it does not).
     */
    private static boolean isHeadingLine(SourceLine line) {
        String body = line.body();
        if (body.isEmpty() || line.width().max() > MAX_HEADING_EMS || body.contains("。") || body.contains("；")) {
            return false;
        }
        // A headline may ask or exclaim, but it never ends with a full stop.
        return !line.endsSentence() || body.endsWith("？") || body.endsWith("！");
    }

    /** A story being gathered: sections of body lines, then its deck. */
    private static final class Gathered {
        final List<List<SourceLine>> sections = new ArrayList<>();
        List<SourceLine> deck = List.of();

        boolean hasBody() {
            return sections.stream().anyMatch(s -> !s.isEmpty());
        }
    }

    /** Reads a run of lines between photos into stories. */
    private List<ImportedPiece> readStories(List<SourceLine> run) {
        List<ImportedPiece> pieces = new ArrayList<>();
        if (run.isEmpty()) {
            return pieces;
        }
        List<Gathered> stories = new ArrayList<>();
        Gathered current = new Gathered();
        current.sections.add(new ArrayList<>());
        int sectionStart = 0;
        for (int i = 0; i <= run.size(); i++) {
            boolean end = i == run.size();
            if (!end && !(datelines.contains(run.get(i)) && i > sectionStart)) {
                continue;
            }
            // Lines sectionStart..i-1 form a section; its tail may be the deck of the story.
            List<SourceLine> section = run.subList(sectionStart, i);
            int deckStart = deckStart(section);
            List<SourceLine> body = section.subList(0, deckStart);
            current.sections.get(current.sections.size() - 1).addAll(body);
            if (deckStart < section.size()) {
                current.deck = List.copyOf(section.subList(deckStart, section.size()));
                stories.add(current);
                current = new Gathered();
            }
            current.sections.add(new ArrayList<>());
            sectionStart = i;
        }
        if (current.hasBody()) {
            stories.add(current);
        }
        for (Gathered g : stories) {
            g.sections.removeIf(List::isEmpty);
            pieces.add(toPiece(g));
        }
        return pieces;
    }

    /**
     * Where the deck starts at the end of a section: the trailing heading lines that follow a sentence's end.
     * Returns the section's size when it has no deck.
     */
    private int deckStart(List<SourceLine> section) {
        int j = section.size();
        while (j > 0 && section.size() - j < MAX_DECK_LINES && isHeadingLine(section.get(j - 1))
                && !(j - 1 == 0 && datelines.contains(section.get(0)))) {
            j--;
        }
        if (j == section.size()) {
            return j;
        }
        if (j == 0) {
            // A run of nothing but headings: a deck whose story text is elsewhere (e.g. after a photo).
            return 0;
        }
        if (!section.get(j - 1).endsSentence()) {
            // The text before does not end a sentence: these are body lines, not a deck.
            return section.size();
        }
        return j;
    }

    private ImportedPiece toPiece(Gathered g) {
        List<SourceLine> all = g.sections.stream().flatMap(List::stream).toList();
        int firstLine = all.isEmpty() ? g.deck.get(0).number() : all.get(0).number();
        double measure = HardWraps.measure(all);
        List<StorySection> sections = new ArrayList<>();
        boolean anyDateline = false;
        for (List<SourceLine> lines : g.sections) {
            List<List<SourceLine>> paragraphs = HardWraps.paragraphs(lines, measure);
            Dateline dateline = null;
            List<Paragraph> out = new ArrayList<>();
            for (int p = 0; p < paragraphs.size(); p++) {
                String raw = joinRaw(paragraphs.get(p));
                if (p == 0) {
                    // The credit is read with the line breaks kept: a break may separate two names (高轶鹏|李晓洁)
                    // or fall inside one (王|梦可), which only the names' lengths can tell.
                    String withBreaks = String.join("\n", paragraphs.get(p).stream().map(l -> l.raw().strip()).toList());
                    Optional<DatelineParser.Parsed> parsed = DatelineParser.parse(withBreaks);
                    if (parsed.isPresent()) {
                        dateline = parsed.get().dateline();
                        anyDateline = true;
                        raw = raw.substring(withBreaks.substring(0, parsed.get().textStart()).replace("\n", "").length());
                        if (!parsed.get().creditUnderstood()) {
                            notices.add(new Notice(lines.get(0).number(),
                                    "dateline credit not understood; left in the text"));
                        }
                    }
                }
                out.add(Paragraph.of(ExtractionSpaces.forBody(raw)));
            }
            List<SourceLine> last = paragraphs.isEmpty() ? List.of() : paragraphs.get(paragraphs.size() - 1);
            if (!last.isEmpty() && !last.get(last.size() - 1).endsSentence()) {
                notices.add(new Notice(last.get(last.size() - 1).number(), "text ends without a full stop: check for missing lines"));
            }
            sections.add(new StorySection(dateline, out));
        }
        DeckReader.Result deck = DeckReader.read(g.deck.stream().map(SourceLine::raw).toList());
        if (!anyDateline && deck.deck().isEmpty()) {
            List<Paragraph> paragraphs = sections.stream().flatMap(s -> s.paragraphs().stream()).toList();
            notices.add(new Notice(firstLine, "text with neither dateline nor headline: kept in 未归类"));
            return new UnsortedPiece(paragraphs, firstLine, "neither dateline nor headline");
        }
        storyCount++;
        String id = "S" + storyCount;
        if (deck.deck().isEmpty()) {
            notices.add(new Notice(firstLine, id + ": no headline found"));
        } else if (deck.guessed()) {
            notices.add(new Notice(g.deck.get(0).number(), id + ": deck roles read from line lengths ("
                    + describe(deck.deck()) + ")"));
        }
        if (!g.hasBody()) {
            notices.add(new Notice(firstLine, id + ": a headline with no text"));
        }
        Story story = new Story(id, slug(deck.deck(), sections), Status.draft(), deck.deck(), null, sections);
        return new StoryPiece(story, firstLine, deck.guessed());
    }

    static String describe(HeadlineDeck deck) {
        StringBuilder b = new StringBuilder();
        if (deck.kicker() != null) {
            b.append("引题 ").append(deck.kicker()).append(" / ");
        }
        b.append("主题 ").append(deck.headline());
        if (deck.subhead() != null) {
            b.append(" / 副题 ").append(deck.subhead());
        }
        return b.toString();
    }

    /** The desk's working name for a story: its headline, or the opening words of its text. */
    static String slug(HeadlineDeck deck, List<StorySection> sections) {
        String source = deck.headline() != null ? deck.headline()
                : sections.stream().flatMap(s -> s.paragraphs().stream()).map(Paragraph::text).findFirst().orElse("");
        String s = source.replace(" ", "");
        return s.codePointCount(0, s.length()) <= 12 ? s : s.substring(0, s.offsetByCodePoints(0, 12));
    }

    static String joinRaw(List<SourceLine> lines) {
        StringBuilder b = new StringBuilder();
        for (SourceLine line : lines) {
            b.append(line.raw().strip());
        }
        return b.toString();
    }

    static String joinBody(List<SourceLine> lines) {
        return ExtractionSpaces.forBody(joinRaw(lines));
    }

    static Paragraph bodyParagraph(List<SourceLine> lines) {
        return Paragraph.of(joinBody(lines));
    }
}
