package org.innovationportfolio.store;

import org.innovationportfolio.logic.RefusedException;

/**
 * The database could not do what was asked. The message is for the user (what happened, what to
 * do); the technical cause is attached and has been logged. It is a {@link RefusedException} because the
 * transaction was rolled back (nothing changed), so the window and the command line show its message as it is.
 */
public class StoreException extends RefusedException {
    private static final long serialVersionUID = 1L;

    private final String sqlState;

    public StoreException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** The SQLState behind the failure, or null when it did not come from SQL. */
    public String sqlState() {
        return sqlState;
    }
}
