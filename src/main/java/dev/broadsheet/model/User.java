package dev.broadsheet.model;

import java.util.Objects;

/** A person at the workstation: what locks, reviews and sign-off record. */
public record User(String name, Role role) {
    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
