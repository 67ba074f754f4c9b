package dev.broadsheet.ui.proof;

import dev.broadsheet.review.AnchoredMark;

/**
 * One line of the marks panel: what the mark is, where, by whom, and where it stands.
 *
 * @param anchor          the anchor as placed on the issue now (e.g. {@code story s1 §0 ¶1 [7,13) “膜生物反应器”})
 * @param kind            the GB/T 14706 kind's label (批注, 改正 …)
 * @param status          the mark's state label (待处理, 已改 …)
 * @param needsAttention  an open mark whose words could not be found again: a person must look at it
 * @param placed          the mark as placed, for decisions
 */
public record MarkRow(String id, String kind, String anchor, String author, String status, boolean needsAttention,
                      String text, AnchoredMark placed) {

    static MarkRow of(AnchoredMark m) {
        var mark = m.mark();
        String text = mark.replacement().isEmpty() ? mark.comment()
                : "→ “" + mark.replacement() + "”" + (mark.comment().isEmpty() ? "" : "  " + mark.comment());
        return new MarkRow(mark.id(), mark.kind().label(), mark.anchor().describe(), mark.author(), mark.state().label(),
                m.needsAttention(), text, m);
    }

    /** How the panel lists it. */
    public String line() {
        return (needsAttention ? "⚠ " : "") + kind + " · " + status + " · " + author + " · " + anchor
                + (text.isEmpty() ? "" : "  " + text);
    }
}
