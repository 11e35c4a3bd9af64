package org.innovationportfolio.logic.backup;

/**
 * A zip file was refused before anything was taken from it. {@link #problem()} says why, so each
 * caller (restore, pack import) can word its own message; {@link #getMessage()} is a plain default.
 */
public class UnsafeZipException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What was wrong with the file. */
    public enum Problem {
        EMPTY, NOT_A_ZIP, TOO_MANY_ENTRIES, TOO_LARGE, UNSAFE_NAME, DUPLICATE_NAME, DAMAGED_ENTRY, NO_SUCH_ENTRY
    }

    private final Problem problem;
    private final String entry;

    public UnsafeZipException(Problem problem, String entry, String message) {
        this(problem, entry, message, null);
    }

    public UnsafeZipException(Problem problem, String entry, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.entry = entry;
    }

    public Problem problem() {
        return problem;
    }

    /** The entry at fault, or null when the fault is the whole file. */
    public String entry() {
        return entry;
    }
}
