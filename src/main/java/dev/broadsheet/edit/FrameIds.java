package dev.broadsheet.edit;

import dev.broadsheet.model.Issue;
import java.util.Set;

/** New frame ids, unique across the issue (a thread names frames on several pages). */
public final class FrameIds {
    private FrameIds() {
    }

    /** The first id {@code prefix1, prefix2, …} that no frame of the issue has. */
    public static String fresh(Issue issue, String prefix) {
        Set<String> used = PageEdits.frameIds(issue);
        for (int n = 1; ; n++) {
            String id = prefix + n;
            if (!used.contains(id)) {
                return id;
            }
        }
    }

    /** {@code count} fresh ids that differ from each other. */
    public static java.util.List<String> fresh(Issue issue, String prefix, int count) {
        Set<String> used = PageEdits.frameIds(issue);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int n = 1; ids.size() < count; n++) {
            String id = prefix + n;
            if (!used.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
