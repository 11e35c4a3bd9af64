package org.innovationportfolio.ui;

import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.innovationportfolio.logic.ports.Protection;

/**
 * Asks the user for passwords. View models talk to this interface, so tests can answer for the user; the
 * answers are {@code char[]} for the caller to clear.
 */
public interface PasswordQuestions {

    /** A new password, typed twice, after the warning that a forgotten one cannot be recovered; empty if cancelled. */
    Optional<char[]> askNewPassword();

    /** The current password and a new one (typed twice); [current, new], or empty if cancelled. */
    Optional<char[][]> askChange();

    /** The current password, to confirm removing the protection; empty if cancelled. */
    Optional<char[]> askCurrent();

    /** The dialogs over {@code owner}. */
    static PasswordQuestions fx(Window owner) {
        return new PasswordQuestions() {
            @Override
            public Optional<char[]> askNewPassword() {
                return new PasswordDialog(owner, "Protect with a password", "Protect the portfolio with a password",
                        "The portfolio's database and its backups will be encrypted, and the app will ask for this "
                                + "password every time it starts. At least 8 characters, without commas.\n\n"
                                + Protection.FORGOTTEN_PASSWORD_WARNING
                                + "\n\nAttached documents are kept as they are, not encrypted.",
                        "Protect", List.of(new PasswordDialog.Field("_New password:", true),
                                new PasswordDialog.Field("_Type it again:", true)), true)
                        .showAndWait().map(typed -> {
                            org.innovationportfolio.logic.Passwords.clear(typed[1]);
                            return typed[0];
                        });
            }

            @Override
            public Optional<char[][]> askChange() {
                return new PasswordDialog(owner, "Change password", "Change the portfolio's password",
                        "Type the current password, then the new one twice. At least 8 characters, without commas. "
                                + "Backups made before the change still open with the old password.\n\n"
                                + Protection.FORGOTTEN_PASSWORD_WARNING,
                        "Change password", List.of(new PasswordDialog.Field("_Current password:", false),
                                new PasswordDialog.Field("_New password:", true),
                                new PasswordDialog.Field("_Type it again:", true)), true)
                        .showAndWait().map(typed -> {
                            org.innovationportfolio.logic.Passwords.clear(typed[2]);
                            return new char[][] {typed[0], typed[1]};
                        });
            }

            @Override
            public Optional<char[]> askCurrent() {
                return new PasswordDialog(owner, "Remove password protection", "Remove the password protection?",
                        "The portfolio's database will be decrypted, so that anyone who can read the files on this "
                                + "computer can read the portfolio, and the app no longer asks for a password. Backups "
                                + "already made stay protected by their password. Type the current password to go on.",
                        "Remove protection", List.of(new PasswordDialog.Field("_Current password:", false)), false)
                        .showAndWait().map(typed -> typed[0]);
            }
        };
    }
}
