package dev.broadsheet.render.pdf;

/**
 * What a long export tells its caller, and how the caller stops it: the workstation's progress bar listens
 * here, and its Cancel button answers {@link #isCancelled()}. Called on the exporting thread.
 */
public interface ExportProgress {

    /** A listener that shows nothing and never cancels. */
    ExportProgress NONE = new ExportProgress() {
    };

    /**
     * One more step is done.
     *
     * @param done  steps finished so far (pages drawn, then the file written)
     * @param total steps in all: one per page plus one for writing the file
     * @param what  a short description of the step just finished, such as {@code "page 3"}
     */
    default void stepDone(int done, int total, String what) {
    }

    /** Asked before every step; when it answers true the export stops and leaves no file behind. */
    default boolean isCancelled() {
        return false;
    }
}
