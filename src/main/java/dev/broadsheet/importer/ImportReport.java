package dev.broadsheet.importer;

import java.util.List;
import java.util.Locale;

/**
 * What an import recognised and what needs a person's look; printed by {@code broadsheet import} and shown by
 * the workstation after File ▸ Import.
 */
public record ImportReport(String source, String encoding, boolean encodingDetected, SourceForm form, int lineCount,
                           List<StorySummary> stories, List<PhotoSummary> photos, int unsortedParagraphs,
                           List<Notice> notices) {
    public ImportReport {
        stories = List.copyOf(stories);
        photos = List.copyOf(photos);
        notices = List.copyOf(notices);
    }

    public record StorySummary(String id, String slug, String kicker, String headline, String subhead, int datelines,
                               List<String> reporters, List<String> correspondents, int paragraphs, int characters) {
    }

    public record PhotoSummary(String id, String title, String credit, int captionCharacters) {
    }

    /** True when something was left unsorted or a guess wants checking. */
    public boolean needsReview() {
        return unsortedParagraphs > 0 || !notices.isEmpty();
    }

    public int datelineCount() {
        return stories.stream().mapToInt(StorySummary::datelines).sum();
    }

    public long deckCount() {
        return stories.stream().filter(s -> s.headline() != null).count();
    }

    /** The report as the command prints it. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("Imported ").append(source).append(" (").append(encoding).append(encodingDetected ? ", detected" : ", as given")
                .append("; ").append(form.description()).append(", ").append(lineCount).append(" lines)\n");
        b.append(String.format(Locale.ROOT, "Recognised: %d stories, %d headline decks, %d datelines, %d photos%n",
                stories.size(), deckCount(), datelineCount(), photos.size()));
        for (StorySummary s : stories) {
            b.append("  ").append(s.id()).append("  ");
            if (s.kicker() != null) {
                b.append("[引] ").append(s.kicker()).append("  ");
            }
            b.append("[主] ").append(s.headline() == null ? "—" : s.headline());
            if (s.subhead() != null) {
                b.append("  [副] ").append(s.subhead());
            }
            b.append('\n');
            b.append("      ").append(s.paragraphs()).append(" paragraphs, ").append(s.characters()).append(" 字");
            if (s.datelines() > 0) {
                b.append(", ").append(s.datelines()).append(s.datelines() == 1 ? " dateline" : " datelines");
            }
            if (!s.reporters().isEmpty()) {
                b.append(", 记者 ").append(String.join(" ", s.reporters()));
            }
            if (!s.correspondents().isEmpty()) {
                b.append(", 通讯员 ").append(String.join(" ", s.correspondents()));
            }
            b.append('\n');
        }
        for (PhotoSummary p : photos) {
            b.append("  ").append(p.id()).append("  photo").append(p.title().isEmpty() ? "" : " 「" + p.title() + "」")
                    .append(p.credit().isEmpty() ? "" : ", " + p.credit() + " 摄").append(", caption ")
                    .append(p.captionCharacters()).append(" 字, waiting for its image file\n");
        }
        if (unsortedParagraphs > 0) {
            b.append("Unsorted: ").append(unsortedParagraphs).append(" paragraphs in 未归类, flagged for review\n");
        }
        if (notices.isEmpty()) {
            b.append("Nothing needs a look.\n");
        } else {
            b.append("Needs a look (").append(notices.size()).append("):\n");
            for (Notice n : notices) {
                b.append("  ").append(n).append('\n');
            }
        }
        return b.toString();
    }
}
