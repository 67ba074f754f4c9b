/**
 * The page canvas: {@link dev.broadsheet.ui.canvas.PageCanvas} (Control), its skin and behaviour.
 *
 * <p>How the window uses it:
 * <pre>{@code
 * PageCanvas canvas = new PageCanvas(fonts, new IssueComposer(fonts)::compose); // or a caching Function<Issue, LaidOutIssue>
 * canvas.setSession(documentSession);          // dev.broadsheet.edit.DocumentSession; null shows nothing
 * canvas.setPageNumber(5);                     // 版次 of the page shown
 * canvas.issueFolderProperty().bind(folder);   // where photos' relative paths point (images load in the background)
 * canvas.fitPage(); canvas.fitWidth(); canvas.setZoom(2.0);   // 1.0 = printed size on a 96 dpi screen
 * canvas.selectedFrameIdsProperty();           // immutable Set<String>, bidirectionally bindable
 * canvas.showBaselineGridProperty();
 * canvas.laidOutIssueProperty();               // the session's issue as composed: StoryReports for the story list
 * canvas.messageProperty();                    // refused commands, failed image imports: for the status bar
 * canvas.execute(command);                     // run an EditCommand on the session; false (and a message) if refused
 * }</pre>
 * The story list starts a drag with {@link dev.broadsheet.ui.canvas.PageCanvas#STORY_ID_FORMAT} carrying the story
 * id; PNG/JPEG files dropped on the canvas go through {@link dev.broadsheet.ui.canvas.ImageImporter} (default
 * {@link dev.broadsheet.ui.canvas.CopyIntoIssueFolder}). Undo and redo are the session's (the canvas does not
 * consume Ctrl+Z, so menu accelerators reach it); the canvas handles arrows, Shift+arrows, Delete/Backspace and
 * Escape when it has the focus. Node ids: {@code page-canvas}, {@code page-canvas-viewport},
 * {@code page-canvas-ruler-top}, {@code page-canvas-ruler-left}, {@code overset-<frameId>},
 * {@code underset-<frameId>}.
 */
package dev.broadsheet.ui.canvas;
