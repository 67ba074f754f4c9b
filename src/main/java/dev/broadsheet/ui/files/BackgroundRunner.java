package dev.broadsheet.ui.files;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs disk work off the FX thread and hands the result back on it. The workstation uses
 * {@link FxBackgroundRunner} (a JavaFX {@code Task} per job, with its progress shown in the status bar);
 * view-model tests run the work inline.
 */
public interface BackgroundRunner {

    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
