package dev.broadsheet.ui.files;

/** The questions the file workflow asks the user; dialogs in the workstation, scripted answers in tests. */
public interface UserPrompts {

    enum SaveChoice { SAVE, DISCARD, CANCEL }

    SaveChoice askToSaveChanges(String issueName);

    boolean offerRecovery(String issueName);

    void showError(String message);

    void showReport(String title, String text);
}
