package dev.broadsheet.review;

import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Anchor.FrameAnchor;
import dev.broadsheet.model.Anchor.PointAnchor;
import dev.broadsheet.model.Anchor.TextAnchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Story;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds marks again on an issue that changed since they were made. A text mark is looked for by its
 * quoted text and the context around it: first where it was, then anywhere in the story where the
 * whole context still agrees (the nearest such place), then where most of the context agrees and no
 * other place agrees as well. Anything less is flagged {@link AnchorStatus#NEEDS_ATTENTION}: a mark is
 * never dropped and never guessed onto other words.
 */
public final class Reanchoring {

    /** Quotes at least this long that occur once in the story are trusted even when their context changed. */
    static final int DISTINCTIVE_QUOTE_CHARS = 4;

    private Reanchoring() {
    }

    public static List<AnchoredMark> place(Issue current, List<Mark> marks) {
        List<AnchoredMark> placed = new ArrayList<>(marks.size());
        for (Mark m : marks) {
            placed.add(place(current, m));
        }
        return placed;
    }

    public static AnchoredMark place(Issue current, Mark mark) {
        Anchor anchor = mark.anchor();
        if (anchor instanceof TextAnchor t) {
            return placeText(current, mark, t);
        }
        if (anchor instanceof FrameAnchor f) {
            for (Page page : current.pages()) {
                if (page.frame(f.frameId()).isPresent()) {
                    return page.number() == f.page()
                            ? new AnchoredMark(mark, AnchorStatus.IN_PLACE, "")
                            : new AnchoredMark(mark.withAnchor(new FrameAnchor(page.number(), f.frameId())),
                            AnchorStatus.MOVED, "frame moved from page " + f.page() + " to page " + page.number());
                }
            }
            return new AnchoredMark(mark, AnchorStatus.NEEDS_ATTENTION, "frame " + f.frameId() + " is no longer in the issue");
        }
        PointAnchor p = (PointAnchor) anchor;
        return current.page(p.page()).isPresent()
                ? new AnchoredMark(mark, AnchorStatus.IN_PLACE, "")
                : new AnchoredMark(mark, AnchorStatus.NEEDS_ATTENTION, "page " + p.page() + " is no longer in the issue");
    }

    private record Candidate(int section, int paragraph, int flatIndex, int offset, int context) {
    }

    private static AnchoredMark placeText(Issue current, Mark mark, TextAnchor t) {
        Story story = current.story(t.storyId()).orElse(null);
        if (story == null) {
            return new AnchoredMark(mark, AnchorStatus.NEEDS_ATTENTION, "story " + t.storyId() + " is no longer in the issue");
        }
        String quote = t.quote();
        int fullContext = t.before().length() + t.after().length();
        if (quote.isEmpty() && fullContext == 0) {
            return new AnchoredMark(mark, AnchorStatus.NEEDS_ATTENTION, "an insertion point with no context to find it by");
        }
        List<Candidate> candidates = new ArrayList<>();
        int oldFlat = -1;
        int flat = 0;
        if (t.onDeck()) {
            // A headline mark is looked for in the same deck element only: body text never takes it.
            TextAnchors.deckText(story.deck(), t.paragraph()).ifPresent(text -> collect(candidates, text, t.section(), t.paragraph(), 0, t));
            oldFlat = 0;
        }
        for (int s = 0; s < story.sections().size() && !t.onDeck(); s++) {
            var paragraphs = story.sections().get(s).paragraphs();
            for (int p = 0; p < paragraphs.size(); p++, flat++) {
                if (s == t.section() && p == t.paragraph()) {
                    oldFlat = flat;
                }
                String text = paragraphs.get(p).text();
                collect(candidates, text, s, p, flat, t);
            }
        }
        if (oldFlat < 0) {
            // The old paragraph index is gone; measure nearness from where it would be.
            oldFlat = flatIndexOf(story, t.section(), t.paragraph());
        }
        Candidate chosen = choose(candidates, t, fullContext, oldFlat);
        if (chosen == null) {
            long occurrences = candidates.size();
            String why = quote.isEmpty() ? "the text around the insertion point was rewritten"
                    : occurrences == 0 ? "the marked text “" + quote + "” was rewritten or deleted"
                    : "“" + quote + "” occurs " + occurrences + (occurrences == 1 ? " time" : " times")
                    + " but its surroundings changed, so the right place is not certain";
            return new AnchoredMark(mark, AnchorStatus.NEEDS_ATTENTION, why);
        }
        if (chosen.section() == t.section() && chosen.paragraph() == t.paragraph() && chosen.offset() == t.start()) {
            return new AnchoredMark(mark, AnchorStatus.IN_PLACE, "");
        }
        TextAnchor moved = new TextAnchor(t.storyId(), chosen.section(), chosen.paragraph(), chosen.offset(),
                chosen.offset() + quote.length(), quote, t.before(), t.after());
        String note = t.onDeck() ? "moved from @" + t.start() + " to @" + chosen.offset()
                : "moved from §" + t.section() + " ¶" + t.paragraph() + " @" + t.start()
                + " to §" + chosen.section() + " ¶" + chosen.paragraph() + " @" + chosen.offset()
                + (chosen.context() == fullContext ? "" : " (context partly changed)");
        return new AnchoredMark(mark.withAnchor(moved), AnchorStatus.MOVED, note);
    }

    private static void collect(List<Candidate> out, String text, int s, int p, int flat, TextAnchor t) {
        String quote = t.quote();
        if (quote.isEmpty()) {
            // An insertion point: only its context can find it, and only all of it.
            String both = t.before() + t.after();
            for (int i = text.indexOf(both); i >= 0; i = text.indexOf(both, i + 1)) {
                out.add(new Candidate(s, p, flat, i + t.before().length(), both.length()));
            }
            return;
        }
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            int context = commonSuffix(t.before(), text, i) + commonPrefix(t.after(), text, i + quote.length());
            out.add(new Candidate(s, p, flat, i, context));
        }
    }

    private static Candidate choose(List<Candidate> candidates, TextAnchor t, int fullContext, int oldFlat) {
        if (candidates.isEmpty()) {
            return null;
        }
        // 1. Whole context agrees: the nearest such place to where the mark was.
        Candidate nearestFull = null;
        for (Candidate c : candidates) {
            if (c.context() == fullContext && (nearestFull == null || distance(c, t, oldFlat) < distance(nearestFull, t, oldFlat))) {
                nearestFull = c;
            }
        }
        if (nearestFull != null) {
            return nearestFull;
        }
        // 2. Most of the context agrees, and no other place agrees as well.
        Candidate best = null;
        boolean tie = false;
        for (Candidate c : candidates) {
            if (best == null || c.context() > best.context()) {
                best = c;
                tie = false;
            } else if (c.context() == best.context()) {
                tie = true;
            }
        }
        if (!tie && best.context() * 2 >= fullContext && best.context() + t.quote().length() >= DISTINCTIVE_QUOTE_CHARS) {
            return best;
        }
        // 3. A distinctive quote that occurs exactly once.
        if (candidates.size() == 1 && t.quote().length() >= DISTINCTIVE_QUOTE_CHARS) {
            return candidates.get(0);
        }
        return null;
    }

    private static long distance(Candidate c, TextAnchor t, int oldFlat) {
        return Math.abs((long) c.flatIndex() - oldFlat) * 1_000_000L + Math.abs(c.offset() - t.start());
    }

    private static int flatIndexOf(Story story, int section, int paragraph) {
        int flat = 0;
        for (int s = 0; s < story.sections().size() && s < section; s++) {
            flat += story.sections().get(s).paragraphs().size();
        }
        return flat + paragraph;
    }

    /** How many chars at the end of {@code context} equal those just before {@code index} in {@code text}. */
    static int commonSuffix(String context, String text, int index) {
        int n = 0;
        while (n < context.length() && index - n - 1 >= 0
                && context.charAt(context.length() - n - 1) == text.charAt(index - n - 1)) {
            n++;
        }
        return n;
    }

    /** How many chars at the start of {@code context} equal those from {@code index} on in {@code text}. */
    static int commonPrefix(String context, String text, int index) {
        int n = 0;
        while (n < context.length() && index + n < text.length() && context.charAt(n) == text.charAt(index + n)) {
            n++;
        }
        return n;
    }
}
