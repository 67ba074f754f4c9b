package dev.broadsheet.render.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Which pages to export, by page number (版次): {@code 1-4}, {@code 3}, {@code 1,3,5-6}, or every page.
 * Numbers are the pages' own numbers, not positions in the list.
 */
public record PageRange(List<Span> spans) {

    /** Every page. */
    public static final PageRange ALL = new PageRange(List.of());

    /** One inclusive span of page numbers. */
    public record Span(int first, int last) {
        public Span {
            if (first < 1 || last < first) {
                throw new IllegalArgumentException("not a page span: " + first + "-" + last);
            }
        }
    }

    public PageRange {
        spans = List.copyOf(spans);
    }

    /**
     * Parses the command line's {@code --pages} value. Throws {@link IllegalArgumentException} with a message
     * that quotes the text and says what is expected.
     */
    public static PageRange parse(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("all")) {
            return ALL;
        }
        List<Span> spans = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            try {
                int dash = p.indexOf('-');
                if (dash < 0) {
                    int n = Integer.parseInt(p);
                    spans.add(new Span(n, n));
                } else {
                    spans.add(new Span(Integer.parseInt(p.substring(0, dash).strip()),
                            Integer.parseInt(p.substring(dash + 1).strip())));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a page range: '" + text
                        + "' (expected page numbers from 1, such as 3, 1-4 or 1,3-5)", e);
            }
        }
        return new PageRange(spans);
    }

    public boolean contains(int pageNumber) {
        if (spans.isEmpty()) {
            return true;
        }
        for (Span s : spans) {
            if (pageNumber >= s.first && pageNumber <= s.last) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        if (spans.isEmpty()) {
            return "all";
        }
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(s.first);
            if (s.last != s.first) {
                b.append('-').append(s.last);
            }
        }
        return b.toString();
    }
}
