package dev.broadsheet.ui.files;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * One background thread for the workstation's file work, so loads and saves run in order and never on the
 * FX thread. {@link #busyProperty()} and {@link #messageProperty()} drive the status bar's progress.
 */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "broadsheet-io");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private int running;

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        running++;
        busy.set(true);
        message.set(description);
        task.setOnSucceeded(e -> {
            finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }

    private void finished() {
        running--;
        if (running == 0) {
            busy.set(false);
            message.set("");
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
