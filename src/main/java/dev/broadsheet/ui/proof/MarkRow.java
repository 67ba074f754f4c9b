package dev.broadsheet.ui.proof;

import dev.broadsheet.model.Reply;
import dev.broadsheet.review.AnchoredMark;
import java.util.List;

/**
 * One line of the marks panel: what the mark is, where, by whom, where it stands, and its reply thread.
 *
 * @param anchor          the anchor as placed on the issue now (e.g. {@code story s1 §0 ¶1 [7,13) “膜生物反应器”})
 * @param kind            the GB/T 14706 kind's label (批注, 改正 …)
 * @param status          the mark's state label (待处理, 已改 …)
 * @param needsAttention  an open mark whose words could not be found again: a person must look at it
 * @param text            what the mark asks for, as the panel shows it (→ “MBR”, ⇄ “反应器|生物” …)
 * @param replies         the thread, oldest first, merged from every review (each reply lives in its author's file)
 * @param placed          the mark as placed, for decisions
 */
public record MarkRow(String id, String kind, String anchor, String author, String status, boolean needsAttention,
                      String text, List<Reply> replies, AnchoredMark placed) {

    public MarkRow {
        replies = List.copyOf(replies);
    }

    static MarkRow of(AnchoredMark m) {
        var mark = m.mark();
        String asks = switch (mark.kind()) {
            case REPLACE -> "→ “" + mark.replacement() + "”";
            case INSERT -> "+ “" + mark.replacement() + "”";
            case SWAP -> mark.anchor() instanceof dev.broadsheet.model.Anchor.TextAnchor t && mark.pivot() < t.quote().length()
                    ? "⇄ “" + t.quote().substring(0, mark.pivot()) + "|" + t.quote().substring(mark.pivot()) + "”" : "⇄";
            default -> "";
        };
        String text = asks.isEmpty() ? mark.comment() : asks + (mark.comment().isEmpty() ? "" : "  " + mark.comment());
        return new MarkRow(mark.id(), mark.kind().label(), mark.anchor().describe(), mark.author(), mark.state().label(),
                m.needsAttention(), text, mark.replies(), m);
    }

    /** How the panel lists it (the reply count shows there is a thread to open). */
    public String line() {
        return (needsAttention ? "⚠ " : "") + kind + " · " + status + " · " + author + " · " + anchor
                + (text.isEmpty() ? "" : "  " + text) + (replies.isEmpty() ? "" : "  💬" + replies.size());
    }

    /** The thread as the panel shows it under the selected mark: the mark's own note, then each reply. */
    public List<String> thread() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        out.add(author + ": " + (text.isEmpty() ? kind : kind + " " + text));
        for (Reply r : replies) {
            out.add("↳ " + r.author() + " (" + r.at() + "): " + r.text());
        }
        return out;
    }
}
