package org.innovationportfolio.model;

/**
 * A value the user (or a file) gave that breaks a rule of the domain. The message is written for
 * the person reading it: what was wrong and what to do.
 */
public class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }
}
