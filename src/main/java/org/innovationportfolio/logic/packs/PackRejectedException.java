package org.innovationportfolio.logic.packs;

import org.innovationportfolio.logic.RefusedException;

/**
 * A pack file was refused before anything in the portfolio changed. The message says what is wrong
 * with the file and what to do about it.
 */
public class PackRejectedException extends RefusedException {
    private static final long serialVersionUID = 1L;

    public PackRejectedException(String message) {
        super(message);
    }

    public PackRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
