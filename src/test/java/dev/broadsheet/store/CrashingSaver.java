package dev.broadsheet.store;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.StorySection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The victim of {@link CrashSafetyTest}: a tiny program that loads an issue and saves it in a loop, each
 * save a different version, appending "saved N" to a progress file after each, until it is killed. With {@code --saves N} it
 * stops by itself (used once to record a class-data archive that makes the 200 starts faster).
 */
public final class CrashingSaver {
    private CrashingSaver() {
    }

    /** {@code CrashingSaver ISSUE_DIR PROGRESS_FILE [--saves N]}. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path progress = Path.of(args[1]);
        long limit = args.length > 3 && args[2].equals("--saves") ? Long.parseLong(args[3]) : Long.MAX_VALUE;
        IssueStore store = new IssueStore();
        Issue issue = store.load(dir);
        // Reports go to a file with one unbuffered write each: once write() returns, a SIGKILL cannot lose them.
        try (FileChannel report = FileChannel.open(progress, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            for (long i = 0; i < limit; i++) {
                issue = store.save(dir, version(issue, issue.revision() + 1));
                report.write(ByteBuffer.wrap(("saved " + issue.revision() + "\n").getBytes(StandardCharsets.US_ASCII)));
            }
        }
    }

    /**
     * The content that belongs to a revision: masthead and the first story's length change with it, so a
     * file mixing two versions (or the wrong revision with the right text) would be noticed.
     */
    static Issue version(Issue issue, long revision) {
        Issue named = issue.withMasthead(mastheadOf(revision), issue.date(), issue.issueNumber());
        var story = named.stories().get(0);
        List<StorySection> sections = new ArrayList<>(story.sections());
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < 1 + revision % 7; i++) {
            paragraphs.add(Paragraph.of("第" + revision + "版第" + i + "段。" + "内容".repeat(40)));
        }
        sections.set(0, new StorySection(sections.get(0).dateline(), paragraphs));
        return named.withStory(story.withSections(sections));
    }

    static String mastheadOf(long revision) {
        return "第" + revision + "次保存";
    }
}
