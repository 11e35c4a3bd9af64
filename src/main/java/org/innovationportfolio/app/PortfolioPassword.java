package org.innovationportfolio.app;

import java.io.Console;
import java.nio.file.Path;
import org.innovationportfolio.logic.Passwords;
import org.innovationportfolio.logic.RefusedException;

/**
 * The password of a protected portfolio for a command: from the environment variable
 * {@code INNOVATION_PORTFOLIO_PASSWORD}, else typed at the console (not echoed) when there is one. Never an
 * option, so it is never on a command line that a process list shows.
 */
final class PortfolioPassword {

    private PortfolioPassword() {
    }

    /** No password could be had: the command line's usage error (exit 2). */
    static final class Unavailable extends RefusedException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /**
     * The password, for the caller to clear once used.
     *
     * @param what what it opens, for the console prompt ("the portfolio in …")
     * @throws Unavailable when the variable is not set and there is no console to ask at
     */
    static char[] obtain(CliContext context, String what) {
        String fromEnvironment = context.env().get(Passwords.ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for %s: ", what);
            if (typed != null && typed.length > 0) {
                return typed;
            }
            throw new Unavailable("No password was typed, so " + what + " was not opened.");
        }
        throw new Unavailable(capitalised(what) + " is protected with a password. Set the environment variable "
                + Passwords.ENVIRONMENT_VARIABLE + " to the password, or run the command in a terminal to be asked "
                + "for it. Nothing was done.");
    }

    /** The portfolio's password when it is protected, else null. */
    static char[] forFolder(CliContext context, Path folder) {
        if (!org.innovationportfolio.store.Database.isProtected(folder)) {
            return null;
        }
        return obtain(context, "the portfolio in " + folder);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
