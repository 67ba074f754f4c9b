package dev.broadsheet.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One issue of a paper: its pages, and the stories and photos placed on them.
 *
 * @param masthead    the paper's name (报名)
 * @param issueNumber the running number printed in the header (总第 N 期), as text
 * @param edition     the edition (e.g. 城市版); may be empty
 * @param sections    the issue's sections (叠), e.g. A叠 要闻
 * @param revision    raised by the store on every save; reviews refer to it
 */
public record Issue(String masthead, LocalDate date, String issueNumber, String edition, List<String> sections,
                    StyleSheet styles, List<Page> pages, List<Story> stories, List<Photo> photos, long revision) {
    public Issue {
        masthead = masthead == null ? "" : masthead;
        issueNumber = issueNumber == null ? "" : issueNumber;
        edition = edition == null ? "" : edition;
        sections = Lists.copy(sections);
        if (styles == null) {
            styles = StyleSheet.DEFAULT;
        }
        pages = Lists.copy(pages);
        stories = Lists.copy(stories);
        photos = Lists.copy(photos);
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative");
        }
    }

    public Optional<Story> story(String id) {
        return stories.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Photo> photo(String id) {
        return photos.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Page> page(int number) {
        return pages.stream().filter(p -> p.number() == number).findFirst();
    }

    public Issue withPages(List<Page> newPages) {
        return new Issue(masthead, date, issueNumber, edition, sections, styles, newPages, stories, photos, revision);
    }

    public Issue withPage(Page replacement) {
        List<Page> copy = new ArrayList<>(pages);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).number() == replacement.number()) {
                copy.set(i, replacement);
                return withPages(copy);
            }
        }
        copy.add(replacement);
        return withPages(copy);
    }

    public Issue withStories(List<Story> newStories) {
        return new Issue(masthead, date, issueNumber, edition, sections, styles, pages, newStories, photos, revision);
    }

    public Issue withStory(Story replacement) {
        List<Story> copy = new ArrayList<>(stories);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(replacement.id())) {
                copy.set(i, replacement);
                return withStories(copy);
            }
        }
        copy.add(replacement);
        return withStories(copy);
    }

    public Issue withPhotos(List<Photo> newPhotos) {
        return new Issue(masthead, date, issueNumber, edition, sections, styles, pages, stories, newPhotos, revision);
    }

    public Issue withPhoto(Photo replacement) {
        List<Photo> copy = new ArrayList<>(photos);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(replacement.id())) {
                copy.set(i, replacement);
                return withPhotos(copy);
            }
        }
        copy.add(replacement);
        return withPhotos(copy);
    }

    public Issue withStyles(StyleSheet newStyles) {
        return new Issue(masthead, date, issueNumber, edition, sections, newStyles, pages, stories, photos, revision);
    }

    public Issue withRevision(long newRevision) {
        return new Issue(masthead, date, issueNumber, edition, sections, styles, pages, stories, photos, newRevision);
    }

    public Issue withMasthead(String newMasthead, LocalDate newDate, String newIssueNumber) {
        return new Issue(newMasthead, newDate, newIssueNumber, edition, sections, styles, pages, stories, photos, revision);
    }

    /** Where a story is placed: the frames that hold its text, in thread order. */
    public List<PlacedFrame> threadOf(String storyId) {
        List<PlacedFrame> thread = new ArrayList<>();
        for (Page page : pages) {
            for (Frame frame : page.frames()) {
                if (frame.content() instanceof FrameContent.StoryText t && t.storyId().equals(storyId)) {
                    thread.add(new PlacedFrame(page.number(), frame));
                }
            }
        }
        thread.sort(java.util.Comparator.comparingInt(pf -> ((FrameContent.StoryText) pf.frame().content()).threadIndex()));
        return thread;
    }

    /** A frame together with the number of the page it sits on. */
    public record PlacedFrame(int pageNumber, Frame frame) {
        public PlacedFrame {
            Objects.requireNonNull(frame, "frame");
        }
    }
}
