package dev.broadsheet.app;

import dev.broadsheet.ui.WorkstationApp;

/**
 * Starts the workstation. A plain class, not the {@code Application} subclass: with JavaFX on the class
 * path (PDFBox has no module descriptor, so the app runs on the class path) the launcher must not extend
 * {@code Application} (BUILD-FACTS.md "Packaging").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        WorkstationApp.launchWith(args);
    }
}
