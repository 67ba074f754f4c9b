/**
 * Print-ready PDF and PNG export of laid-out pages ({@link dev.broadsheet.render.pdf.PdfExporter},
 * {@link dev.broadsheet.render.pdf.PngExporter}), drawn with Apache PDFBox from the composer's
 * {@code LaidOutPage} and nothing else.
 *
 * <p>Facts this package relies on (checked by its tests):
 * <ul>
 *   <li>Fonts are embedded as CID TrueType subsets ({@code PDType0Font.load(doc, ttf, true)}); PDFBox 3.0.8 writes
 *       the ToUnicode map from the code points actually shown, so ～ U+FF5E, the ideographic space U+3000 and
 *       – U+2013 come back as typed although the font maps 〜 U+301C, U+2003 and U+2012 to the same glyphs.</li>
 *   <li>The bundled fonts have 1000 units per em, so the PDF's integer /W widths are the exact advances the
 *       composer used; glyphs are placed by Tm and character spacing computed from those widths.</li>
 *   <li>Text is drawn story by story, so content-order extraction gives each story whole. poppler's
 *       {@code pdftotext -raw} still breaks a line after squeezed punctuation (it measures a glyph by its
 *       natural advance, not counting Tc, and sees a half-em overlap); PDFBox and poppler's default mode do not.</li>
 *   <li>A cold command line is mostly class loading: with an AppCDS archive
 *       ({@code java -XX:ArchiveClassesAtExit=app.jsa … export …} once, then {@code -XX:SharedArchiveFile=app.jsa})
 *       and {@code -XX:TieredStopAtLevel=1} it takes half the CPU time.</li>
 * </ul>
 */
package dev.broadsheet.render.pdf;
