package dev.broadsheet.edit;

/** Told of every change of a {@link DocumentSession}, on the thread that made it. */
@FunctionalInterface
public interface SessionListener {
    void sessionChanged(SessionEvent event);
}
