package org.innovationportfolio.logic;

/**
 * The password given does not open a password-protected portfolio (or backup). Nothing was opened or
 * changed; the user may try again.
 */
public class WrongPasswordException extends RefusedException {
    private static final long serialVersionUID = 1L;

    public WrongPasswordException(String message) {
        super(message);
    }

    public WrongPasswordException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message for a portfolio the password does not open. */
    public static WrongPasswordException forPortfolio(Throwable cause) {
        return new WrongPasswordException("That password does not open this portfolio. Check that Caps Lock is "
                + "off and try again. The password is the one set with File › Protect with a password…; "
                + "without it the portfolio cannot be opened.", cause);
    }
}
