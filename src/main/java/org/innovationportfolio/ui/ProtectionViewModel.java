package org.innovationportfolio.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.innovationportfolio.logic.Passwords;
import org.innovationportfolio.logic.ports.Protection;

/**
 * File › Protect with a password…, Change password… and Remove password protection…: asks for the
 * passwords, does the work in the background with its progress in the status bar, and says what happened.
 */
public final class ProtectionViewModel {

    private final Protection protection;
    private final PasswordQuestions passwords;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper isProtected = new ReadOnlyBooleanWrapper();

    public ProtectionViewModel(Protection protection, PasswordQuestions passwords, DialogService dialogs,
            TaskRunner tasks) {
        this.protection = protection;
        this.passwords = passwords;
        this.dialogs = dialogs;
        this.tasks = tasks;
        isProtected.set(protection.isProtected());
    }

    /** True while the portfolio is protected: which of the commands the File menu offers. */
    public ReadOnlyBooleanProperty protectedProperty() {
        return isProtected.getReadOnlyProperty();
    }

    /** File › Protect with a password…. */
    public void protect() {
        Optional<char[]> chosen = passwords.askNewPassword();
        if (chosen.isEmpty()) {
            return;
        }
        char[] password = chosen.get();
        tasks.run("Protecting the portfolio with a password", progress -> {
            progress.message("Encrypting the portfolio…");
            try {
                return protection.protect(password);
            } finally {
                Passwords.clear(password);
            }
        }, unprotected -> {
            isProtected.set(protection.isProtected());
            dialogs.showInformation("Protect with a password", "The portfolio is protected",
                    "The portfolio's database is encrypted, and its backups will be too. The app will ask for the "
                            + "password each time it starts.\n\n" + Protection.FORGOTTEN_PASSWORD_WARNING);
            offerToDelete(unprotected);
        }, message -> {
            isProtected.set(protection.isProtected());
            dialogs.showError("The portfolio was not protected", message);
        });
    }

    private void offerToDelete(List<Path> unprotected) {
        if (unprotected.isEmpty()) {
            return;
        }
        StringBuilder list = new StringBuilder();
        unprotected.stream().limit(8).forEach(p -> list.append("\n• ").append(p.getFileName()));
        if (unprotected.size() > 8) {
            list.append("\n• and ").append(unprotected.size() - 8).append(" more");
        }
        if (!dialogs.confirm("Protect with a password", "Delete the " + unprotected.size() + " unprotected backups?",
                "These backups in the data folder were made before the portfolio was protected, so anyone who can "
                        + "read the files can still read them:" + list + "\n\nDelete them, or keep them and move them "
                        + "somewhere safe yourself.", "Delete them", "Keep them")) {
            return;
        }
        tasks.run("Deleting the unprotected backups", progress -> protection.deleteUnprotectedBackups(unprotected),
                deleted -> dialogs.showInformation("Protect with a password", "Unprotected backups deleted",
                        deleted + " unprotected backups were deleted."),
                message -> dialogs.showError("The unprotected backups were not all deleted", message));
    }

    /** File › Change password…. */
    public void changePassword() {
        Optional<char[][]> chosen = passwords.askChange();
        if (chosen.isEmpty()) {
            return;
        }
        char[] current = chosen.get()[0];
        char[] replacement = chosen.get()[1];
        tasks.run("Changing the password", progress -> {
            try {
                protection.changePassword(current, replacement);
                return Boolean.TRUE;
            } finally {
                Passwords.clear(current);
                Passwords.clear(replacement);
            }
        }, done -> dialogs.showInformation("Change password", "The password is changed",
                "From now on the portfolio opens with the new password. Backups made before the change still open "
                        + "with the old one.\n\n" + Protection.FORGOTTEN_PASSWORD_WARNING),
                message -> dialogs.showError("The password was not changed", message));
    }

    /** File › Remove password protection…. */
    public void removeProtection() {
        Optional<char[]> chosen = passwords.askCurrent();
        if (chosen.isEmpty()) {
            return;
        }
        char[] current = chosen.get();
        tasks.run("Removing the password protection", progress -> {
            progress.message("Decrypting the portfolio…");
            try {
                protection.removeProtection(current);
                return Boolean.TRUE;
            } finally {
                Passwords.clear(current);
            }
        }, done -> {
            isProtected.set(protection.isProtected());
            dialogs.showInformation("Remove password protection", "The password protection is removed",
                    "The portfolio opens without a password. Backups made while it was protected still need the "
                            + "password it had then.");
        }, message -> {
            isProtected.set(protection.isProtected());
            dialogs.showError("The password protection was not removed", message);
        });
    }
}
