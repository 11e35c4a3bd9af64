package org.innovationportfolio.logic;

import java.util.Arrays;

/** The rules a portfolio password must meet, and small helpers for passwords held as {@code char[]}. */
public final class Passwords {

    /** The database engine's own minimum. */
    public static final int MIN_LENGTH = 8;
    /** The environment variable the command line reads a portfolio's password from. */
    public static final String ENVIRONMENT_VARIABLE = "INNOVATION_PORTFOLIO_PASSWORD";

    private Passwords() {
    }

    /**
     * What is wrong with a new password, in plain English, or null when it is acceptable. The rules come
     * from the database engine: at least 8 characters, no comma (it separates the old and new password
     * when one is changed), and no space at either end (the engine drops it).
     */
    public static String problemWith(char[] password) {
        if (password == null || password.length == 0) {
            return "Type a password.";
        }
        if (password.length < MIN_LENGTH) {
            return "The password must be at least " + MIN_LENGTH + " characters long.";
        }
        for (char c : password) {
            if (c == ',') {
                return "The password cannot contain a comma (,). Choose another.";
            }
            if (Character.isISOControl(c)) {
                return "The password cannot contain control characters such as tabs or line breaks.";
            }
        }
        if (Character.isWhitespace(password[0]) || Character.isWhitespace(password[password.length - 1])) {
            return "The password cannot begin or end with a space.";
        }
        return null;
    }

    /** True when both hold the same characters; takes the same time for any two of the same length. */
    public static boolean same(char[] a, char[] b) {
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < a.length; i++) {
            difference |= a[i] ^ b[i];
        }
        return difference == 0;
    }

    /** Overwrites the array, so the password does not linger in memory longer than needed. */
    public static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
