package dev.broadsheet.model;

/** The roles on a page (NEWSROOM.md "Proofreading and sign-off"). */
public enum Role {
    LAYOUT_EDITOR("版面编辑"),
    DESIGNER("美编"),
    PROOFREADER("校对"),
    DUTY_EDITOR("值班总编");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
