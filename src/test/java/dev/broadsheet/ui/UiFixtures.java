package dev.broadsheet.ui;

import dev.broadsheet.edit.DocumentSession;
import dev.broadsheet.model.HeadlineDeck;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Paragraph;
import dev.broadsheet.model.Story;
import dev.broadsheet.model.StorySection;
import dev.broadsheet.store.SampleIssue;
import dev.broadsheet.typeset.LaidOutIssue;
import dev.broadsheet.typeset.StoryReport;
import dev.broadsheet.ui.document.DocumentViewModel;
import dev.broadsheet.ui.document.SessionBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Issues and sessions for the workstation's tests: the bundled sample issue plus one story not yet placed. */
public final class UiFixtures {

    /** A background runner for tests without a window: runs the work at once, on the calling thread. */
    public static final class InlineRunner implements dev.broadsheet.ui.files.BackgroundRunner {
        @Override
        public <T> void run(String description, java.util.concurrent.Callable<T> work,
                            java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    }

    /** The story the tests place: long enough to overflow one default frame and fit in two. */
    public static final String EXTRA_STORY = "s9";

    private UiFixtures() {
    }

    public static Issue sampleWithExtraStory() {
        try {
            return SampleIssue.load().withStory(extraStory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Story extraStory() {
        String sentence = "高新区今年新建的三个产业园区陆续投入使用，园区企业累计吸纳就业人员两千余人。";
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            paragraphs.add(Paragraph.of(sentence.repeat(2)));
        }
        return new Story(EXTRA_STORY, "园区就业", null, HeadlineDeck.of(null, "产业园区吸纳就业两千余人", null), null,
                List.of(new StorySection(null, paragraphs)));
    }

    /** A composer that reports what the test says and places nothing: view-model tests need reports only. */
    public static final class ScriptedComposer implements Function<Issue, LaidOutIssue> {
        public final Map<String, StoryReport> reports = new HashMap<>();
        public int calls;

        @Override
        public LaidOutIssue apply(Issue issue) {
            calls++;
            return new LaidOutIssue(List.of(), reports);
        }
    }

    public static StoryReport overset(String storyId, int characters, int lines) {
        return new StoryReport(storyId, characters, lines, 0, "f1", List.of(), List.of());
    }

    /** A document view model on a real edit session over {@code issue}. */
    public static DocumentViewModel openDocument(Issue issue, Function<Issue, LaidOutIssue> composer) {
        DocumentViewModel document = new DocumentViewModel();
        document.open(new SessionBackend(new DocumentSession(issue), composer, message -> { }), null, "");
        return document;
    }
}
