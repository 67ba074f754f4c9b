package dev.broadsheet.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of the issue format's history: turns the JSON tree of schema version {@link #fromVersion()} into
 * that of the next version. Steps work on the tree, not on model classes, so that an old file can still
 * be read after the model has moved on; each step is a class of its own and never changes once released.
 */
public interface Migration {

    /** The schema version this step reads; it writes {@code fromVersion() + 1}. */
    int fromVersion();

    /**
     * Rewrites the tree (without its {@code schemaVersion} key) into the next version's shape.
     *
     * @throws IllegalArgumentException with a plain message when the old file holds something the step cannot carry over
     */
    ObjectNode apply(ObjectNode issue);
}
