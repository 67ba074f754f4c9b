package dev.broadsheet.typeset;

import dev.broadsheet.model.FrameContent;
import dev.broadsheet.model.ImageFit;
import dev.broadsheet.model.Photo;
import dev.broadsheet.model.TextRole;
import dev.broadsheet.model.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets a photo frame: the image on top, then the photo's title (PHOTO_TITLE style), then the caption
 * (CAPTION style, justified, 2 em indent like body text) ending with the credit as printed on the reference
 * page: {@code …注意事项。　禄建海 摄}. The image box fills what the text leaves.
 *
 * <p>The composer knows no image sizes (it does no I/O): for FIT and FILL the image box is the clip and the
 * renderer keeps the aspect ratio inside it; for CROP the box is the clip scaled by the frame's scale and
 * moved by its pan.
 */
final class PhotoSetter {
    /** Space between the image and the text under it. */
    static final double IMAGE_TEXT_GAP = 3;

    private PhotoSetter() {
    }

    static List<PlacedItem> set(Photo photo, FrameContent.PhotoImage content, FrameGeometry frame, TextSetter setter) {
        List<PlacedItem> text = new ArrayList<>();
        double y = 0; // depth of the text block, laid out first from 0 and moved under the image afterwards
        List<PlacedItem.PlacedLine> lines = new ArrayList<>();
        String photoId = content.photoId();
        if (photo != null && !photo.title().isBlank()) {
            TextStyle style = setter.style(TextRole.PHOTO_TITLE);
            y = setLines(setter.plain(photo.title().strip(), style), style, TextRole.PHOTO_TITLE, 0, frame, setter,
                    photoId, y, lines, text, 0);
        }
        if (photo != null && (!photo.caption().isBlank() || !photo.credit().isBlank())) {
            TextStyle style = setter.style(TextRole.CAPTION);
            String caption = photo.caption().strip();
            if (!photo.credit().isBlank()) {
                // The credit closes the caption after an ideographic space: 禄建海 摄 (NEWSROOM.md "Photos").
                caption = (caption.isEmpty() ? "" : caption + "\u3000") + photo.credit().strip() + " 摄";
            }
            double indent = setter.styles.composition().firstLineIndentEm() * style.size().toPoints();
            // A caption's paragraphs are separated by line breaks (the importer keeps them so): each is set as
            // its own paragraph with the caption's first-line indent; blank ones are skipped.
            int from = 0;
            while (from <= caption.length()) {
                int newline = caption.indexOf('\n', from);
                int to = newline < 0 ? caption.length() : newline;
                String paragraph = caption.substring(from, to);
                int lead = paragraph.length() - paragraph.stripLeading().length();
                if (!paragraph.isBlank()) {
                    y = setLines(setter.plain(paragraph.strip(), style), style, TextRole.CAPTION, indent, frame,
                            setter, photoId, y, lines, text, from + lead);
                }
                from = to + 1;
            }
        }
        double textDepth = y;
        double imageHeight = Math.max(0, frame.height() - textDepth - (textDepth > 0 ? IMAGE_TEXT_GAP : 0));
        double textTop = frame.y() + imageHeight + (textDepth > 0 ? IMAGE_TEXT_GAP : 0);
        List<PlacedItem> out = new ArrayList<>();
        double imageX = frame.x();
        double imageY = frame.y();
        double imageW = frame.width();
        double imageH = imageHeight;
        if (content.fit() == ImageFit.CROP) {
            imageW = frame.width() * content.scale();
            imageH = imageHeight * content.scale();
            imageX += content.panX().toPoints();
            imageY += content.panY().toPoints();
        }
        out.add(new PlacedItem.PlacedImage(frame.id(), photoId, photo == null ? null : photo.imagePath(),
                frame.x(), frame.y(), frame.width(), imageHeight, imageX, imageY, imageW, imageH));
        for (PlacedItem item : text) {
            out.add(shift(item, textTop));
        }
        return out;
    }

    private static double setLines(StyledText styled, TextStyle style, TextRole role, double indent, FrameGeometry frame,
                                   TextSetter setter, String photoId, double top, List<PlacedItem.PlacedLine> lines,
                                   List<PlacedItem> out, int sourceOffset) {
        ParagraphComposer.ComposedParagraph composed = setter.composer.compose(styled, frame.width(), indent,
                style.alignment());
        double y = top;
        int index = (int) lines.stream().filter(l -> l.role() == role).count();
        for (ParagraphComposer.ComposedLine line : composed.lines()) {
            double baseline = TextSetter.baseline(y, style);
            List<GlyphRun> runs = new ArrayList<>();
            TextSetter.emit(styled, line, frame.x(), baseline, new LineSink() {
                @Override
                public void run(GlyphRun run) {
                    runs.add(run);
                }

                @Override
                public void missing(int i, int codePoint, double x, double width, double size) {
                    out.add(new PlacedItem.MissingGlyphMarker(frame.id(), null, codePoint, x, baseline, width, size));
                }
            });
            PlacedItem.PlacedLine placed = new PlacedItem.PlacedLine(frame.id(), null, role, 0, index++, frame.x(),
                    baseline, frame.width(), runs, new PlacedItem.SourceSpan(-1, role == TextRole.CAPTION ? 1 : 0,
                    sourceOffset + styled.offsets[line.start()], sourceOffset + styled.offsets[line.end()]));
            lines.add(placed);
            out.add(placed);
            y += style.leading().toPoints();
        }
        return y;
    }

    /** Moves an item laid out from y = 0 down by {@code dy}. */
    private static PlacedItem shift(PlacedItem item, double dy) {
        if (item instanceof PlacedItem.PlacedLine l) {
            List<GlyphRun> runs = new ArrayList<>();
            for (GlyphRun r : l.runs()) {
                runs.add(new GlyphRun(r.faceId(), r.size(), r.text(), r.x(), r.baseline() + dy));
            }
            return new PlacedItem.PlacedLine(l.frameId(), l.storyId(), l.role(), l.column(), l.lineIndex(), l.x(),
                    l.baseline() + dy, l.measure(), runs, l.source());
        }
        if (item instanceof PlacedItem.MissingGlyphMarker m) {
            return new PlacedItem.MissingGlyphMarker(m.frameId(), m.storyId(), m.codePoint(), m.x(), m.baseline() + dy,
                    m.width(), m.size());
        }
        return item;
    }
}
