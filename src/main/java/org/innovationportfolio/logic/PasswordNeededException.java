package org.innovationportfolio.logic;

/** The portfolio is protected with a password and none was given, so it was not opened. */
public class PasswordNeededException extends RefusedException {
    private static final long serialVersionUID = 1L;

    public PasswordNeededException(String message) {
        super(message);
    }
}
