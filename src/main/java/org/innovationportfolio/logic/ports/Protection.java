package org.innovationportfolio.logic.ports;

import java.nio.file.Path;
import java.util.List;

/**
 * Encryption at rest of the portfolio's database: the whole database encrypted (AES, 256-bit key) with a
 * key that only the password unlocks. A forgotten password means the data cannot be recovered. Every
 * method takes the password as a {@code char[]}, which the caller may clear afterwards; none of them
 * keeps the caller's array. Call them outside any {@link Store} read or write; they take a while.
 */
public interface Protection {

    /** What the user is told, once, before a password is set. */
    String FORGOTTEN_PASSWORD_WARNING = "If you forget this password, nobody can open your portfolio or its "
            + "backups again: not you, not your IT team, not the makers of the app. There is no way to reset "
            + "it. Write it down and keep it somewhere safe.";

    /** True when the portfolio is encrypted and opened with a password. */
    boolean isProtected();

    /**
     * Encrypts the portfolio in place with {@code password}. A backup is taken first; if encrypting fails
     * the portfolio is left as it was.
     *
     * @return backups in the data folder made before, which are not protected (they still hold the data
     *     readable by anyone with the files); the caller may offer to delete them with
     *     {@link #deleteUnprotectedBackups}
     * @throws org.innovationportfolio.logic.RefusedException when the password is not acceptable (see
     *     {@link Passwords#problemWith}) or the portfolio is already protected
     */
    List<Path> protect(char[] password);

    /**
     * Changes the password. The data stays encrypted with the same key; only the key's lock changes.
     *
     * @throws WrongPasswordException when {@code current} is not the portfolio's password
     */
    void changePassword(char[] current, char[] replacement);

    /**
     * Decrypts the portfolio in place, so that it opens without a password.
     *
     * @throws WrongPasswordException when {@code current} is not the portfolio's password
     */
    void removeProtection(char[] current);

    /** Deletes the given backups (as returned by {@link #protect}) when they are unprotected backups in the data folder. */
    int deleteUnprotectedBackups(List<Path> backups);
}
