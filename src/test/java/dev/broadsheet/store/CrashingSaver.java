package dev.broadsheet.store;

import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.StorySection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The victim of {@link CrashSafetyTest}: a tiny program that loads an issue and saves it in a loop, each
 * save a different version, printing "saved N" after each, until it is killed. With {@code --saves N} it
 * stops by itself (used once to record a class-data archive that makes the 200 starts faster).
 */
public final class CrashingSaver {
    private CrashingSaver() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long limit = args.length > 2 && args[1].equals("--saves") ? Long.parseLong(args[2]) : Long.MAX_VALUE;
        IssueStore store = new IssueStore();
        Issue issue = store.load(dir);
        System.out.println("loaded " + issue.revision());
        System.out.flush();
        for (long i = 0; i < limit; i++) {
            issue = store.save(dir, version(issue, issue.revision() + 1));
            System.out.println("saved " + issue.revision());
            System.out.flush();
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
