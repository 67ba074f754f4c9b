package dev.broadsheet.typeset;

import dev.broadsheet.fonts.FontProvider;
import dev.broadsheet.model.Frame;
import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Page;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.StyleSheet;
import dev.broadsheet.model.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Composes an issue: the one place where line breaks are decided (ARCHITECTURE.md). A pure function of the
 * issue and the fonts — the same issue always gives the same {@link LaidOutIssue}.
 *
 * <p>Only what an edit touched is composed again: each story's composition is cached under the inputs that
 * determine it — the story record, the shape of its frames (size, text columns and gutter, content and thread
 * order; not their position) and the style sheet — compared with the records' {@code equals}. The model is
 * immutable, so an edit that replaces one story leaves every other key equal and their compositions are
 * reused. Stories and photos are set in frame-local coordinates and moved to their frames' places when the
 * page is assembled, so moving a frame without resizing it re-breaks nothing. Photos are cached the same way.
 * Safe for use from several threads.
 */
public final class IssueComposer {
    private static final int CACHE_SIZE = 512;
    private static final int PARAGRAPH_CACHE_SIZE = 8192;

    private final FontProvider fonts;
    private final Map<Object, Object> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private long compositions;
    /**
     * Composed paragraphs by their text, faces, measure and settings: an edit inside a story re-breaks only
     * the paragraphs it changed (or that moved to a column of another width).
     */
    private final Map<Object, ParagraphComposer.ComposedParagraph> paragraphCache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, ParagraphComposer.ComposedParagraph> eldest) {
            return size() > PARAGRAPH_CACHE_SIZE;
        }
    };

    public IssueComposer(FontProvider fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** Everything a story's composition depends on; frames by shape only, so a move leaves the key equal. */
    private record StoryKey(Story story, List<FrameGeometry.Shape> textFrames, List<FrameGeometry.Shape> headlineFrames,
                            StyleSheet styles) {
    }

    private record PhotoKey(Photo photo, FrameContent.PhotoImage content, FrameGeometry.Shape frame, StyleSheet styles) {
    }

    /**
     * A frame's items from one (frame-local) composition, moved to (x, y) on the page: compared by the
     * identity of the composed list, so an unchanged frame re-uses its placed items without copying them.
     */
    private static final class PlacedKey {
        private final List<PlacedItem> local;
        private final double x;
        private final double y;

        PlacedKey(List<PlacedItem> local, double x, double y) {
            this.local = local;
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PlacedKey k && k.local == local && Double.compare(k.x, x) == 0
                    && Double.compare(k.y, y) == 0;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(local) * 31 + Double.hashCode(x) * 17 + Double.hashCode(y);
        }
    }

    private final Map<PlacedKey, List<PlacedItem>> placed = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PlacedKey, List<PlacedItem>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** Composes every page of the issue, and a report for every story (placed or not). */
    public LaidOutIssue compose(Issue issue) {
        StyleSheet styles = issue.styles();
        TextSetter setter = new TextSetter(fonts, styles, paragraphCache);
        Map<String, List<FrameGeometry>> textFrames = new LinkedHashMap<>();
        Map<String, List<FrameGeometry>> headlineFrames = new LinkedHashMap<>();
        for (Page page : issue.pages()) {
            for (Frame frame : page.frames()) {
                if (frame.content() instanceof FrameContent.StoryText t) {
                    textFrames.computeIfAbsent(t.storyId(), k -> new ArrayList<>())
                            .add(FrameGeometry.of(page.number(), frame, page.size(), page.grid()));
                } else if (frame.content() instanceof FrameContent.HeadlineText h) {
                    headlineFrames.computeIfAbsent(h.storyId(), k -> new ArrayList<>())
                            .add(FrameGeometry.of(page.number(), frame, page.size(), page.grid()));
                }
            }
        }
        // Thread order (Issue#threadOf): by threadIndex, pages in issue order for equal indices.
        textFrames.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(
                g -> ((FrameContent.StoryText) g.frame().content()).threadIndex())));
        Map<String, StoryFlow.Composition> stories = new LinkedHashMap<>();
        Map<String, StoryReport> reports = new LinkedHashMap<>();
        for (Story story : issue.stories()) {
            List<FrameGeometry> text = textFrames.getOrDefault(story.id(), List.of());
            List<FrameGeometry> heads = headlineFrames.getOrDefault(story.id(), List.of());
            StoryKey key = new StoryKey(story, shapes(text), shapes(heads), styles);
            // Set in frame-local coordinates; composePage moves each frame's items to where the frame is.
            StoryFlow.Composition composition = (StoryFlow.Composition) cached(key,
                    () -> StoryFlow.compose(story, local(text), local(heads), setter));
            stories.put(story.id(), composition);
            reports.put(story.id(), composition.report());
        }
        List<LaidOutPage> pages = new ArrayList<>();
        for (Page page : issue.pages()) {
            pages.add(composePage(issue, page, setter, stories));
        }
        return new LaidOutIssue(pages, reports);
    }

    private LaidOutPage composePage(Issue issue, Page page, TextSetter setter, Map<String, StoryFlow.Composition> stories) {
        List<FrameBox> boxes = new ArrayList<>();
        List<PlacedItem> items = new ArrayList<>(PageFurniture.header(page, setter));
        for (Frame frame : page.frames()) {
            FrameGeometry g = FrameGeometry.of(page.number(), frame, page.size(), page.grid());
            FrameContent content = frame.content();
            if (content instanceof FrameContent.StoryText t) {
                boxes.add(box(g, FrameBox.Kind.STORY, t.storyId()));
                items.addAll(place(itemsOf(stories.get(t.storyId()), frame.id()), g));
            } else if (content instanceof FrameContent.HeadlineText h) {
                boxes.add(box(g, FrameBox.Kind.HEADLINE, h.storyId()));
                items.addAll(place(itemsOf(stories.get(h.storyId()), frame.id()), g));
            } else if (content instanceof FrameContent.PhotoImage photoImage) {
                boxes.add(box(g, FrameBox.Kind.PHOTO, photoImage.photoId()));
                Photo photo = issue.photo(photoImage.photoId()).orElse(null);
                PhotoKey key = new PhotoKey(photo, photoImage, g.shape(), setter.styles);
                @SuppressWarnings("unchecked")
                List<PlacedItem> photoItems = (List<PlacedItem>) cached(key,
                        () -> List.copyOf(PhotoSetter.set(photo, photoImage, g.local(), setter)));
                items.addAll(place(photoItems, g));
            } else if (content instanceof FrameContent.Rule rule) {
                boxes.add(box(g, FrameBox.Kind.RULE, null));
                items.add(PageFurniture.rule(g, rule));
            }
        }
        return new LaidOutPage(page.number(), page.size().width().toPoints(), page.size().height().toPoints(), boxes, items);
    }

    private static List<FrameGeometry.Shape> shapes(List<FrameGeometry> frames) {
        List<FrameGeometry.Shape> shapes = new ArrayList<>(frames.size());
        frames.forEach(g -> shapes.add(g.shape()));
        return List.copyOf(shapes);
    }

    private static List<FrameGeometry> local(List<FrameGeometry> frames) {
        List<FrameGeometry> local = new ArrayList<>(frames.size());
        frames.forEach(g -> local.add(g.local()));
        return local;
    }

    /** A frame's frame-local items moved to the frame's place on the page (cached per composition and place). */
    private List<PlacedItem> place(List<PlacedItem> local, FrameGeometry g) {
        if (local.isEmpty() || (g.x() == 0 && g.y() == 0)) {
            return local;
        }
        PlacedKey key = new PlacedKey(local, g.x(), g.y());
        synchronized (cache) {
            List<PlacedItem> hit = placed.get(key);
            if (hit != null) {
                return hit;
            }
        }
        List<PlacedItem> moved = Translation.translate(local, g.x(), g.y());
        synchronized (cache) {
            placed.put(key, moved);
        }
        return moved;
    }

    private static List<PlacedItem> itemsOf(StoryFlow.Composition composition, String frameId) {
        if (composition == null) {
            return List.of(); // a frame for a story the issue does not hold
        }
        return composition.itemsByFrame().getOrDefault(frameId, List.of());
    }

    private static FrameBox box(FrameGeometry g, FrameBox.Kind kind, String contentId) {
        return new FrameBox(g.id(), kind, contentId, g.x(), g.y(), g.width(), g.height(), g.columns(), g.columnWidth(),
                g.gutter());
    }

    private Object cached(Object key, java.util.function.Supplier<Object> compute) {
        synchronized (cache) {
            Object hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Object value = compute.get();
        synchronized (cache) {
            compositions++;
            cache.put(key, value);
        }
        return value;
    }

    /** How many story and photo compositions were computed rather than taken from the cache (for tests). */
    long compositionsComputed() {
        synchronized (cache) {
            return compositions;
        }
    }
}
