package dev.broadsheet.review;

import dev.broadsheet.model.Frame;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Story;
import dev.broadsheet.review.IssueChanges.FrameChange;
import dev.broadsheet.review.IssueChanges.TextChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "What changed since proof": compares the revision a review was made against (or a page was signed off
 * at) with the issue now. Paragraphs are matched by a longest common subsequence of their texts, so a
 * paragraph that only moved is not reported as changed; inside a changed paragraph the changed stretch is
 * what lies between the common beginning and the common end.
 */
public final class ChangesSince {

    private ChangesSince() {
    }

    private record Para(int section, int paragraph, String text) {
    }

    public static IssueChanges between(Issue base, Issue current) {
        List<TextChange> text = new ArrayList<>();
        List<String> decks = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Story now : current.stories()) {
            Story then = base.story(now.id()).orElse(null);
            if (then == null) {
                for (Para p : paragraphs(now)) {
                    text.add(new TextChange(now.id(), p.section(), p.paragraph(), 0, p.text().length(), TextChange.Kind.NEW_PARAGRAPH, ""));
                }
                if (!now.deck().isEmpty()) {
                    decks.add(now.id());
                }
                continue;
            }
            if (!sameDeckText(then.deck(), now.deck())) {
                decks.add(now.id());
            }
            diffParagraphs(now.id(), paragraphs(then), paragraphs(now), text);
        }
        for (Story then : base.stories()) {
            if (current.story(then.id()).isEmpty()) {
                removed.add(then.id());
            }
        }
        return new IssueChanges(base.revision(), current.revision(), text, decks, frames(base, current), removed);
    }

    private static boolean sameDeckText(HeadlineDeck a, HeadlineDeck b) {
        return Objects.equals(a.kicker(), b.kicker()) && Objects.equals(a.headline(), b.headline())
                && Objects.equals(a.subhead(), b.subhead());
    }

    private static List<Para> paragraphs(Story story) {
        List<Para> out = new ArrayList<>();
        for (int s = 0; s < story.sections().size(); s++) {
            List<Paragraph> ps = story.sections().get(s).paragraphs();
            for (int p = 0; p < ps.size(); p++) {
                out.add(new Para(s, p, ps.get(p).text()));
            }
        }
        return out;
    }

    private static void diffParagraphs(String storyId, List<Para> old, List<Para> now, List<TextChange> out) {
        int n = old.size();
        int m = now.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = old.get(i).text().equals(now.get(j).text()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        List<Para> gapOld = new ArrayList<>();
        List<Para> gapNew = new ArrayList<>();
        while (i < n || j < m) {
            if (i < n && j < m && old.get(i).text().equals(now.get(j).text())) {
                flushGap(storyId, gapOld, gapNew, now.get(j), false, out);
                i++;
                j++;
            } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                gapNew.add(now.get(j++));
            } else {
                gapOld.add(old.get(i++));
            }
        }
        flushGap(storyId, gapOld, gapNew, now.isEmpty() ? null : now.get(now.size() - 1), true, out);
    }

    /**
     * Paragraphs that differ between two matched ones: pairs are edits of each other, extra new ones are new,
     * extra old ones were removed (shown as a point where they stood).
     */
    private static void flushGap(String storyId, List<Para> gapOld, List<Para> gapNew, Para neighbour, boolean atEnd,
                                 List<TextChange> out) {
        int pairs = Math.min(gapOld.size(), gapNew.size());
        for (int k = 0; k < pairs; k++) {
            String was = gapOld.get(k).text();
            Para p = gapNew.get(k);
            String is = p.text();
            int prefix = 0;
            while (prefix < was.length() && prefix < is.length() && was.charAt(prefix) == is.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < was.length() - prefix && suffix < is.length() - prefix
                    && was.charAt(was.length() - 1 - suffix) == is.charAt(is.length() - 1 - suffix)) {
                suffix++;
            }
            out.add(new TextChange(storyId, p.section(), p.paragraph(), prefix, is.length() - suffix, TextChange.Kind.EDITED,
                    was.substring(prefix, was.length() - suffix)));
        }
        for (int k = pairs; k < gapNew.size(); k++) {
            Para p = gapNew.get(k);
            out.add(new TextChange(storyId, p.section(), p.paragraph(), 0, p.text().length(), TextChange.Kind.NEW_PARAGRAPH, ""));
        }
        if (gapOld.size() > pairs) {
            // Where removed paragraphs stood: the start of the paragraph after them, or the end of the story's
            // last paragraph; a story left with no paragraph at all shows them at §0 ¶0.
            int section = neighbour == null ? 0 : neighbour.section();
            int paragraph = neighbour == null ? 0 : neighbour.paragraph();
            int at = neighbour != null && atEnd ? neighbour.text().length() : 0;
            for (int k = pairs; k < gapOld.size(); k++) {
                out.add(new TextChange(storyId, section, paragraph, at, at, TextChange.Kind.REMOVED_PARAGRAPH, gapOld.get(k).text()));
            }
        }
        gapOld.clear();
        gapNew.clear();
    }

    private static List<FrameChange> frames(Issue base, Issue current) {
        Map<String, Integer> basePage = new HashMap<>();
        Map<String, Frame> baseFrame = new HashMap<>();
        for (Page page : base.pages()) {
            for (Frame f : page.frames()) {
                basePage.put(f.id(), page.number());
                baseFrame.put(f.id(), f);
            }
        }
        List<FrameChange> out = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (Page page : current.pages()) {
            for (Frame f : page.frames()) {
                seen.put(f.id(), true);
                Frame was = baseFrame.get(f.id());
                if (was == null) {
                    out.add(new FrameChange(page.number(), f.id(), FrameChange.Kind.ADDED));
                } else if (basePage.get(f.id()) != page.number() || was.firstColumn() != f.firstColumn()
                        || was.top().compareTo(f.top()) != 0) {
                    out.add(new FrameChange(page.number(), f.id(), FrameChange.Kind.MOVED));
                } else if (was.columnSpan() != f.columnSpan() || was.depth().compareTo(f.depth()) != 0
                        || was.effectiveTextColumns() != f.effectiveTextColumns()) {
                    out.add(new FrameChange(page.number(), f.id(), FrameChange.Kind.RESIZED));
                } else if (!was.equals(f)) {
                    out.add(new FrameChange(page.number(), f.id(), FrameChange.Kind.CONTENT));
                }
            }
        }
        for (Map.Entry<String, Frame> e : baseFrame.entrySet()) {
            if (!seen.containsKey(e.getKey())) {
                out.add(new FrameChange(basePage.get(e.getKey()), e.getKey(), FrameChange.Kind.REMOVED));
            }
        }
        out.sort(java.util.Comparator.comparingInt(FrameChange::page).thenComparing(FrameChange::frameId));
        return out;
    }
}
