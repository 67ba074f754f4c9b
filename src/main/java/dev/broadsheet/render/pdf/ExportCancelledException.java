package dev.broadsheet.render.pdf;

import java.util.concurrent.CancellationException;

/** The export was cancelled through its {@link ExportProgress}; no file was written or replaced. */
public final class ExportCancelledException extends CancellationException {
    private static final long serialVersionUID = 1L;

    public ExportCancelledException(String message) {
        super(message);
    }
}
