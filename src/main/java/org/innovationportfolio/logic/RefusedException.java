package org.innovationportfolio.logic;

/**
 * The input or the request was refused and nothing was changed. The message is for the user: what
 * was wrong and what to do. The command line turns it into exit code 1.
 */
public class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RefusedException(String message) {
        super(message);
    }

    public RefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
