package dev.broadsheet.model;

/** Where a proof mark stands: open until the layout editor accepts or rejects it, or someone resolves it. */
public enum MarkState {
    OPEN("待处理"),
    /** The correction was carried out (applied as an edit). */
    ACCEPTED("已改"),
    /** The layout editor decided not to carry it out. */
    REJECTED("不改"),
    /** A comment answered or otherwise settled. */
    RESOLVED("已解决");

    private final String label;

    MarkState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == OPEN;
    }
}
