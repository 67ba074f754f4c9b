package dev.broadsheet.store;

import dev.broadsheet.model.Role;
import dev.broadsheet.model.User;

/**
 * Who sits at this workstation, as the user set it in the preferences; a blank name means "my OS account
 * name". What locks, reviews and sign-off record is {@link #toUser()}.
 */
public record UserProfile(String name, Role role) {
    public UserProfile {
        name = name == null ? "" : name.strip();
        if (role == null) {
            role = Role.LAYOUT_EDITOR;
        }
    }

    /** The OS account (the {@code user.name} property) as a layout editor: the profile before anyone sets one. */
    public static UserProfile fromOsAccount() {
        return new UserProfile("", Role.LAYOUT_EDITOR);
    }

    /** The person: the name set in the preferences, else the OS account name. */
    public User toUser() {
        String account = System.getProperty("user.name", "");
        return new User(!name.isEmpty() ? name : !account.isBlank() ? account : "unknown", role);
    }
}
