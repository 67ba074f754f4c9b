package dev.broadsheet.render.pdf.proof;

import dev.broadsheet.model.Anchor;
import dev.broadsheet.model.Issue;
import dev.broadsheet.model.Mark;
import dev.broadsheet.model.MarkKind;
import dev.broadsheet.model.MarkState;
import dev.broadsheet.render.pdf.PdfExportOptions;
import dev.broadsheet.render.pdf.PdfExporter;
import dev.broadsheet.review.AnchorStatus;
import dev.broadsheet.review.AnchoredMark;
import dev.broadsheet.review.IssueChanges;
import dev.broadsheet.review.TextAnchors;
import dev.broadsheet.store.AtomicFiles;
import dev.broadsheet.typeset.FrameBox;
import dev.broadsheet.typeset.GlyphRun;
import dev.broadsheet.typeset.LaidOutPage;
import dev.broadsheet.typeset.PlacedItem.PlacedLine;
import dev.broadsheet.typeset.TextSlice;
import dev.broadsheet.typeset.PlacedItem.SourceSpan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationStrikeout;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationTextMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * The proof PDF (红样 on screen): the ordinary export of the pages, with every proof mark as a PDF annotation
 * a reader's PDF viewer shows and lists — a highlight (or a strike-out for 删除) over the marked characters,
 * found through the laid-out lines' {@link SourceSpan}s, and a note for marks on a frame, a point, or text
 * that needs attention — and each line changed since the proofread revision flagged by a bar in the margin
 * beside it. The page content is the print export's, untouched: annotations sit on top and can be hidden.
 */
public final class ProofPdf {

    /** What the annotations say, for a reader of the PDF and for tests reading it back. */
    public static final String CHANGED_SUBJECT = "changed since proof";

    private static final PDColor OPEN = rgb(0.86f, 0.08f, 0.08f);
    private static final PDColor ACCEPTED = rgb(0.1f, 0.6f, 0.2f);
    private static final PDColor SETTLED = rgb(0.5f, 0.5f, 0.5f);
    private static final PDColor ATTENTION = rgb(0.95f, 0.55f, 0.0f);
    private static final PDColor CHANGED = rgb(0.1f, 0.35f, 0.9f);
    /** The margin bar: 2 pt wide, 3 pt left of the column (the gutter is about 11 pt). */
    private static final float BAR_WIDTH = 2f;
    private static final float BAR_GAP = 3f;

    private final PdfExporter exporter;

    public ProofPdf(PdfExporter exporter) {
        this.exporter = Objects.requireNonNull(exporter, "exporter");
    }

    /**
     * The proof PDF as bytes.
     *
     * @param issue   the issue the pages were composed from (for the marked paragraphs' text)
     * @param pages   its laid-out pages; those {@code options} selects are exported
     * @param marks   the marks placed on {@code issue} ({@code ReviewSet.placeOn})
     * @param changes what changed since the proofread revision, or null for none
     */
    public byte[] toBytes(Issue issue, List<LaidOutPage> pages, PdfExportOptions options, List<AnchoredMark> marks,
                          IssueChanges changes) throws IOException {
        byte[] plain = exporter.toBytes(pages, options);
        List<LaidOutPage> selected = pages.stream().filter(p -> options.pages().contains(p.pageNumber())).toList();
        try (PDDocument document = Loader.loadPDF(plain)) {
            for (int i = 0; i < selected.size(); i++) {
                annotate(document, document.getPage(i), selected.get(i), issue, marks, changes, options);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length + 16 * 1024);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Writes the proof PDF to {@code target}, atomically. */
    public void write(Issue issue, List<LaidOutPage> pages, PdfExportOptions options, List<AnchoredMark> marks,
                      IssueChanges changes, Path target) throws IOException {
        AtomicFiles.write(target, toBytes(issue, pages, options, marks, changes), null, AtomicFiles.Durability.FORCE_TO_DISK);
    }

    private static void annotate(PDDocument document, PDPage pdPage, LaidOutPage page, Issue issue, List<AnchoredMark> marks,
                                 IssueChanges changes, PdfExportOptions options) throws IOException {
        Placement at = new Placement(pdPage.getTrimBox() != null ? pdPage.getTrimBox() : pdPage.getMediaBox());
        List<PDAnnotation> annotations = new ArrayList<>(pdPage.getAnnotations());
        Calendar when = GregorianCalendar.from(options.exportTime().atZone(options.zone()));
        for (AnchoredMark placed : marks) {
            Mark mark = placed.mark();
            PDAnnotationMarkup a;
            if (mark.anchor() instanceof Anchor.TextAnchor t) {
                a = placed.status() == AnchorStatus.NEEDS_ATTENTION ? attentionNote(page, at, t) : textMark(page, at, issue, mark, t);
            } else if (mark.anchor() instanceof Anchor.FrameAnchor f) {
                a = f.page() == page.pageNumber() ? frameNote(page, at, f) : null;
            } else {
                Anchor.PointAnchor p = (Anchor.PointAnchor) mark.anchor();
                a = p.page() == page.pageNumber() ? note(at.x(p.x().toPoints()), at.y(p.y().toPoints())) : null;
            }
            if (a == null) {
                continue;
            }
            a.setTitlePopup(mark.author());
            a.setSubject(mark.kind().label() + " · " + mark.state().label());
            a.setContents(contents(placed));
            a.setAnnotationName(mark.id());
            a.setCreationDate(GregorianCalendar.from(mark.created().atZone(options.zone())));
            a.setModifiedDate(when);
            PDColor colour = placed.needsAttention() ? ATTENTION : colour(mark.state());
            // A highlight multiplies over the glyphs: a light tint keeps the marked words readable.
            a.setColor(a instanceof PDAnnotationHighlight ? tint(colour) : colour);
            a.setPrinted(true);
            a.constructAppearances(document);
            annotations.add(a);
        }
        if (changes != null) {
            flagChanges(document, page, at, changes, annotations);
        }
        pdPage.setAnnotations(annotations);
    }

    /** The text of a mark's annotation: what to do, the comment, and the replies. */
    static String contents(AnchoredMark placed) {
        Mark m = placed.mark();
        StringBuilder b = new StringBuilder(m.kind().label());
        if (m.anchor() instanceof Anchor.TextAnchor t && !t.quote().isEmpty()) {
            b.append(" “").append(t.quote()).append('”');
        }
        if (!m.replacement().isEmpty()) {
            b.append(" → “").append(m.replacement()).append('”');
        }
        if (!m.comment().isEmpty()) {
            b.append("\n").append(m.comment());
        }
        if (placed.status() == AnchorStatus.NEEDS_ATTENTION) {
            b.append("\n⚠ ").append(placed.note());
        }
        m.replies().forEach(r -> b.append("\n— ").append(r.author()).append(": ").append(r.text()));
        return b.toString();
    }

    private static PDColor colour(MarkState state) {
        return switch (state) {
            case OPEN -> OPEN;
            case ACCEPTED -> ACCEPTED;
            case REJECTED, RESOLVED -> SETTLED;
        };
    }

    // ---------------------------------------------------------------- text marks

    /** One line's part of a text range: its left and right x, and the line's top and bottom. */
    private static PDAnnotationMarkup textMark(LaidOutPage page, Placement at, Issue issue, Mark mark, Anchor.TextAnchor t) {
        String paragraph = TextAnchors.paragraphText(issue, t.storyId(), t.section(), t.paragraph()).orElse(null);
        if (paragraph == null) {
            return null;
        }
        List<TextSlice> slices = new ArrayList<>();
        for (PlacedLine line : page.lines()) {
            SourceSpan s = line.source();
            if (s == null || !t.storyId().equals(line.storyId()) || s.section() != t.section() || s.paragraph() != t.paragraph()) {
                continue;
            }
            int from = Math.max(t.start(), s.start());
            int to = Math.min(t.end(), s.end());
            boolean point = t.start() == t.end() && s.start() <= t.start() && t.start() <= s.end();
            if (from < to || point) {
                TextSlice.of(line, paragraph, from, Math.max(from, to)).ifPresent(slices::add);
                if (point) {
                    break;
                }
            }
        }
        if (slices.isEmpty()) {
            return null;   // the marked text is on another page
        }
        if (t.start() == t.end()) {
            TextSlice s = slices.get(0);
            return note(at.x(s.x1()), at.y(s.top()));
        }
        PDAnnotationTextMarkup markup = mark.kind() == MarkKind.DELETE ? new PDAnnotationStrikeout() : new PDAnnotationHighlight();
        float[] quads = new float[slices.size() * 8];
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i < slices.size(); i++) {
            TextSlice s = slices.get(i);
            float left = at.x(s.x1());
            float right = at.x(s.x2());
            float top = at.y(s.top());
            float bottom = at.y(s.bottom());
            // Quad points as viewers expect them: upper-left, upper-right, lower-left, lower-right.
            float[] q = {left, top, right, top, left, bottom, right, bottom};
            System.arraycopy(q, 0, quads, i * 8, 8);
            minX = Math.min(minX, left);
            maxX = Math.max(maxX, right);
            minY = Math.min(minY, bottom);
            maxY = Math.max(maxY, top);
        }
        markup.setQuadPoints(quads);
        markup.setRectangle(new PDRectangle(minX, minY, maxX - minX, maxY - minY));
        return markup;
    }

    // ---------------------------------------------------------------- notes

    private static PDAnnotationText note(float x, float y) {
        PDAnnotationText note = new PDAnnotationText();
        note.setName(PDAnnotationText.NAME_COMMENT);
        note.setRectangle(new PDRectangle(x, y - 18, 18, 18));
        return note;
    }

    private static PDAnnotationText frameNote(LaidOutPage page, Placement at, Anchor.FrameAnchor f) {
        return page.frames().stream().filter(b -> b.frameId().equals(f.frameId())).findFirst()
                .map(b -> note(at.x(b.x() + b.width()) - 18, at.y(b.y())))
                .orElse(null);
    }

    /** A mark that could not be placed on its words: a note at its story's first frame on this page. */
    private static PDAnnotationText attentionNote(LaidOutPage page, Placement at, Anchor.TextAnchor t) {
        for (FrameBox b : page.frames()) {
            if (t.storyId().equals(b.contentId()) && b.kind() == FrameBox.Kind.STORY) {
                return note(at.x(b.x()), at.y(b.y()));
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- what changed since proof

    private static void flagChanges(PDDocument document, LaidOutPage page, Placement at, IssueChanges changes,
                                    List<PDAnnotation> annotations) throws IOException {
        for (PlacedLine line : page.lines()) {
            SourceSpan s = line.source();
            if (s == null || line.storyId() == null || s.section() < 0) {
                continue;
            }
            List<IssueChanges.TextChange> touching = changes.text().stream().filter(c -> c.storyId().equals(line.storyId())
                    && c.touches(s.section(), s.paragraph(), s.start(), s.end())).toList();
            if (touching.isEmpty()) {
                continue;
            }
            double size = line.runs().stream().mapToDouble(GlyphRun::size).max().orElse(9);
            float left = at.x(line.x()) - BAR_GAP - BAR_WIDTH;
            float bottom = at.y(line.baseline() + size * 0.12);
            PDAnnotationSquare bar = new PDAnnotationSquare();
            bar.setRectangle(new PDRectangle(left, bottom, BAR_WIDTH, (float) size));
            bar.setColor(CHANGED);
            bar.setInteriorColor(CHANGED);
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            bar.setBorderStyle(border);
            bar.setSubject(CHANGED_SUBJECT);
            StringBuilder text = new StringBuilder("changed since revision " + changes.baseRevision());
            for (IssueChanges.TextChange c : touching) {
                if (!c.was().isEmpty()) {
                    text.append("\nwas: ").append(c.was());
                }
            }
            bar.setContents(text.toString());
            bar.setPrinted(true);
            bar.constructAppearances(document);
            annotations.add(bar);
        }
        for (IssueChanges.FrameChange f : changes.frames()) {
            if (f.page() != page.pageNumber() || f.kind() == IssueChanges.FrameChange.Kind.REMOVED) {
                continue;
            }
            page.frames().stream().filter(b -> b.frameId().equals(f.frameId())).findFirst().ifPresent(b -> {
                PDAnnotationSquare box = new PDAnnotationSquare();
                box.setRectangle(new PDRectangle(at.x(b.x()), at.y(b.y() + b.height()), (float) b.width(), (float) b.height()));
                box.setColor(CHANGED);
                PDBorderStyleDictionary border = new PDBorderStyleDictionary();
                border.setWidth(1);
                border.setStyle(PDBorderStyleDictionary.STYLE_DASHED);
                box.setBorderStyle(border);
                box.setSubject(CHANGED_SUBJECT);
                box.setContents("frame " + f.frameId() + " " + f.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + " since revision " + changes.baseRevision());
                box.setPrinted(true);
                box.constructAppearances(document);
                annotations.add(box);
            });
        }
    }

    // ---------------------------------------------------------------- coordinates

    /** From laid-out page coordinates (points from the trim box's top-left, y down) to PDF user space. */
    private record Placement(PDRectangle trim) {
        float x(double x) {
            return (float) (trim.getLowerLeftX() + x);
        }

        float y(double y) {
            return (float) (trim.getUpperRightY() - y);
        }
    }

    private static PDColor tint(PDColor colour) {
        float[] c = colour.getComponents();
        return rgb(0.45f + 0.55f * c[0], 0.45f + 0.55f * c[1], 0.45f + 0.55f * c[2]);
    }

    private static PDColor rgb(float r, float g, float b) {
        return new PDColor(new float[] {r, g, b}, PDDeviceRGB.INSTANCE);
    }
}
