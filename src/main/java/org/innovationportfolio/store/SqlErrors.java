package org.innovationportfolio.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import org.innovationportfolio.logic.AlreadyOpenException;
import org.innovationportfolio.logic.DiskFullException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns database failures into messages a user can act on, logging the technical detail. */
final class SqlErrors {

    private static final Logger LOG = LoggerFactory.getLogger(SqlErrors.class);

    /** Another process (not this JVM) has booted the database. */
    static final String ALREADY_BOOTED = "XSDB6";
    /**
     * The states whose Derby message says the disk is full: XSDG1 "Page could not be written to disk, please
     * check if the disk is full", XSLA4 "Most likely the disk holding the recovery log is full" and XSDFI
     * (the same during recovery). Others (XSLA0 cannot flush the log, XSDF1 cannot create a container file,
     * XSDG3 meta-data could not be accessed) are a full disk only when the I/O failure behind them says so,
     * which {@link DiskFullException#isDiskFull} finds.
     */
    private static final Set<String> DISK_FULL = Set.of("XSDG1", "XSLA4", "XSDFI");
    private static final Set<String> BUSY = Set.of("40001", "40XL1", "40XL2");
    // XSDB9 a damaged stream container, XSDBB an unknown page format (a zeroed page), XSDBC a container header.
    private static final Set<String> DAMAGED = Set.of("XSDG2", "XSDG3", "XSDB0", "XSDB1", "XSDB2", "XSDB3",
            "XSDB4", "XSDB5", "XSDB9", "XSDBB", "XSDBC", "XSLAB", "XSLAE", "XSLAF", "XSLAN");
    /** What to do about a damaged database: a restore works even when the database no longer opens. */
    static final String RESTORE_ADVICE = "Restore your latest backup: File › Restore… in the window, or on the "
            + "command line: innovation-portfolio restore BACKUP-FILE.";

    private SqlErrors() {
    }

    /** The SQLState anywhere in the chain of causes and next-exceptions, or null. */
    static boolean hasState(Throwable failure, String state) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (state.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The most specific SQLState in the chain: Derby wraps the real one inside a general one. */
    static String stateOf(Throwable failure) {
        String found = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && (found == null || isMoreSpecific(s.getSQLState()))) {
                        found = s.getSQLState();
                    }
                }
            }
        }
        return found;
    }

    private static boolean isMoreSpecific(String state) {
        return DISK_FULL.contains(state) || BUSY.contains(state) || DAMAGED.contains(state)
                || ALREADY_BOOTED.equals(state);
    }

    /** The user's exception for a failure while working on the database in {@code dataFolder}. */
    static RuntimeException translate(Throwable failure, Path dataFolder) {
        if (hasState(failure, ALREADY_BOOTED)) {
            LOG.warn("The database in {} is booted by another process", dataFolder, failure);
            return new AlreadyOpenException(dataFolder, failure);
        }
        String state = stateOf(failure);
        if (isDiskFull(failure)) {
            LOG.error("The disk with {} is full (SQLState {})", dataFolder, state, failure);
            return new DiskFullException(0, failure);
        }
        LOG.error("Database failure (SQLState {}) in {}", state, dataFolder, failure);
        return new StoreException(messageFor(state), state, failure);
    }

    /**
     * True when the failure is a full disk: one of Derby's disk-full states, or an I/O failure saying so
     * anywhere behind it (causes, and the next-exceptions Derby chains its detail on).
     */
    static boolean isDiskFull(Throwable failure) {
        if (DiskFullException.isDiskFull(failure)) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (DISK_FULL.contains(s.getSQLState()) || s != sql && DiskFullException.isDiskFull(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static String messageFor(String state) {
        if (state == null) {
            return "The portfolio's database failed: nothing was changed. The details are in the log.";
        }
        if (DISK_FULL.contains(state)) {
            return DiskFullException.message(0);
        }
        if (BUSY.contains(state)) {
            return "Another task was using the same records at that moment: nothing was saved. Try again.";
        }
        if (DAMAGED.contains(state)) {
            return "The portfolio's database is damaged and could not be read. " + RESTORE_ADVICE;
        }
        if (state.startsWith("23")) {
            return "The change breaks a rule of the portfolio's database (code " + state
                    + "): nothing was saved. The details are in the log.";
        }
        if ("22001".equals(state)) {
            return "A value is too long to store: nothing was saved. Shorten it and try again.";
        }
        return "The portfolio's database failed (code " + state + "): nothing was changed. The details are in the log.";
    }
}
