package dev.broadsheet.model;

import java.util.List;
import java.util.Objects;

/**
 * What opens a story's first paragraph: 本报讯（记者高轶鹏 通讯员王梦可）, or a wire dateline such as
 * 新华社北京5月1日电（记者…）. The label is set in bold (NEWSROOM.md "Bylines"); reporters (记者) and
 * correspondents (通讯员) are kept as names so that the role words are structure, not text.
 */
public record Dateline(String label, List<String> reporters, List<String> correspondents) {
    public Dateline {
        Objects.requireNonNull(label, "label");
        reporters = Lists.copy(reporters);
        correspondents = Lists.copy(correspondents);
    }

    /** The parenthesised credit as printed, e.g. （记者高轶鹏 通讯员王梦可）, or "" when there are no names. */
    public String creditText() {
        if (reporters.isEmpty() && correspondents.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("（");
        if (!reporters.isEmpty()) {
            b.append("记者").append(String.join(" ", reporters));
        }
        if (!correspondents.isEmpty()) {
            if (!reporters.isEmpty()) {
                b.append(' ');
            }
            b.append("通讯员").append(String.join(" ", correspondents));
        }
        return b.append('）').toString();
    }
}
