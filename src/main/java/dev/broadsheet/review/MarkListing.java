package dev.broadsheet.review;

import dev.broadsheet.model.Mark;

/** One-line descriptions of marks, for the command line and refusal messages. */
public final class MarkListing {
    private MarkListing() {
    }

    /** {@code 李校对-1  改正  待处理  李校对  story s1 §0 ¶1 [5,8) “膜生物” → “膜生物学”  (moved …)}. */
    public static String line(AnchoredMark placed) {
        Mark m = placed.mark();
        StringBuilder b = new StringBuilder();
        b.append(m.id()).append("  ").append(m.kind().label()).append("  ").append(m.state().label())
                .append("  ").append(m.author()).append("  ").append(m.anchor().describe());
        if (!m.replacement().isEmpty()) {
            b.append(" → “").append(m.replacement()).append('”');
        }
        if (!m.comment().isEmpty()) {
            b.append("  ").append(m.comment());
        }
        if (placed.status() != AnchorStatus.IN_PLACE) {
            b.append("  [").append(placed.status() == AnchorStatus.MOVED ? "moved"
                            : placed.needsAttention() ? "NEEDS ATTENTION" : "text changed since")
                    .append(": ").append(placed.note()).append(']');
        }
        if (!m.replies().isEmpty()) {
            b.append("  (").append(m.replies().size()).append(m.replies().size() == 1 ? " reply)" : " replies)");
        }
        return b.toString();
    }
}
