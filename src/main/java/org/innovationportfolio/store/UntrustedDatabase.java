package org.innovationportfolio.store;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.Passwords;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.WrongPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proves that a database from outside (a backup being restored) is exactly one the app makes and that
 * every page of it reads, without running anything it holds. It is booted with Derby's own protections
 * on (SQL authorization, no database class path, authentication off), its own settings are
 * checked (a database can say its settings beat ours), its catalogue is compared with what the shipped
 * migrations make (no view, function, procedure, trigger, type or jar of anyone else's), and only then
 * are its tables checked page by page and read row by row.
 */
final class UntrustedDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(UntrustedDatabase.class);
    private static final String NOTHING = " Nothing was restored.";

    /**
     * Set as system properties while the database boots. Derby lets system properties set in the JVM
     * beat the database's own, unless the database sets {@code derby.database.propertiesOnly}: so that one,
     * and every setting below, must also be absent from the database itself (checked after boot, before
     * any query that could reach its tables).
     */
    private static final Map<String, String> PROTECTIONS = Map.of(
            "derby.database.sqlAuthorization", "true",
            "derby.database.classpath", "",
            "derby.connection.requireAuthentication", "false");

    /** Database settings an app's database never has; any of them in a backup is refused. */
    private static final List<String> FOREIGN_SETTINGS = List.of(
            "derby.database.propertiesOnly", "derby.database.classpath", "derby.database.sqlAuthorization",
            "derby.connection.requireAuthentication", "derby.authentication.provider",
            "derby.authentication.server", "derby.authentication.ldap.searchBase",
            "derby.authentication.ldap.searchFilter", "derby.authentication.ldap.searchAuthDN",
            "derby.authentication.native.passwordLifetimeMillis", "derby.database.defaultConnectionMode",
            "derby.database.fullAccessUsers", "derby.database.readOnlyAccessUsers",
            "derby.language.logStatementText", "derby.storage.useDefaultFilePermissions");

    private static final Object PROPERTIES = new Object();

    private final Path folder;
    private final char[] password;

    UntrustedDatabase(Path folder) {
        this(folder, null);
    }

    /**
     * @param password the password to boot it with when it is encrypted (the portfolio's); null for none.
     *     Not copied: the caller clears it after {@link #check}.
     */
    UntrustedDatabase(Path folder, char[] password) {
        this.folder = folder;
        this.password = password;
    }

    /**
     * Boots the database, checks it whole, and shuts it down again.
     *
     * @param schemaVersion the schema the backup's manifest says it has
     * @param projects how many projects it should hold, or -1 when the manifest does not say
     * @throws RefusedException saying what is wrong, when it is not a sound database of the app's
     */
    void check(int schemaVersion, int projects) {
        checkThenRead(schemaVersion, projects, connection -> null);
    }

    /** Reads from a database that has passed every check of {@link #check}, through its protected connection. */
    @FunctionalInterface
    interface CheckedRead<T> {
        T read(Connection connection) throws SQLException;
    }

    /**
     * As {@link #check}, then reads from the checked database before it is shut down (for a restore's preview):
     * the read runs only once its settings and catalogue are proved the app's, so nothing in it is run.
     */
    <T> T checkThenRead(int schemaVersion, int projects, CheckedRead<T> read) {
        SchemaFingerprint expected = SchemaFingerprint.reference(schemaVersion);
        synchronized (PROPERTIES) {
            Map<String, String> before = protect();
            long start = System.nanoTime();
            try (Connection connection = DriverManager.getConnection(DerbyFiles.url(folder), bootAttributes())) {
                long booted = System.nanoTime();
                refuseForeignSettings(connection);
                String difference = SchemaFingerprint.of(connection).differenceFrom(expected);
                long compared = System.nanoTime();
                if (difference != null) {
                    LOG.warn("The backup's database in {} is not the app's: {}", folder, difference);
                    throw new RefusedException("This backup was refused: its database is not one Innovation Portfolio "
                            + "made (" + difference + "). It may have been changed to run code on your computer, so "
                            + "nothing in it was run. Restore a backup you made with the app." + NOTHING);
                }
                try (Statement statement = connection.createStatement()) {
                    // Compiled plans are stored in the database: make Derby compile its own from the checked text.
                    statement.execute("CALL SYSCS_UTIL.SYSCS_INVALIDATE_STORED_STATEMENTS()");
                }
                checkEveryTable(connection, projects);
                T result = read.read(connection);
                LOG.info("Checked the backup's database in {} ms (boot {} ms, settings and catalogue {} ms, every "
                        + "page and row {} ms)", millis(System.nanoTime() - start), millis(booted - start),
                        millis(compared - booted), millis(System.nanoTime() - compared));
                return result;
            } catch (SQLException e) {
                if (DerbyFiles.isWrongPassword(e)) {
                    LOG.warn("The backup's database in {} does not open with the portfolio's password", folder);
                    throw new WrongPasswordException("This backup is protected with a password, and "
                            + (password == null ? "this portfolio has none to open it with"
                                    : "it is not this portfolio's current password (the backup may have been made "
                                    + "before the password was changed)")
                            + ". Restore it with the password it was made with: on the command line, give that "
                            + "password in " + Passwords.ENVIRONMENT_VARIABLE + " or type it when asked." + NOTHING, e);
                }
                if (SqlErrors.isDiskFull(e)) {
                    // Booting writes its log: a full disk here says nothing about the backup.
                    LOG.warn("The backup's database in {} could not be opened: the disk is full", folder, e);
                    throw new DiskFullException(0, e);
                }
                LOG.warn("The backup's database in {} does not open or read", folder, e);
                throw new RefusedException("The backup is damaged: its database does not open or cannot be read "
                        + "in full. Try an earlier backup." + NOTHING, e);
            } finally {
                DerbyFiles.shutdown(folder);
                restore(before);
            }
        }
    }

    /** Only the boot password, and only for an encrypted database: nothing the backup could use to widen access. */
    private java.util.Properties bootAttributes() {
        java.util.Properties attributes = new java.util.Properties();
        if (DerbyFiles.isEncrypted(folder)) {
            if (password == null) {
                throw new WrongPasswordException("This backup is protected with a password, and this portfolio has "
                        + "none to open it with. Restore it with the password it was made with: on the command line, "
                        + "give it in " + Passwords.ENVIRONMENT_VARIABLE + " or type it when asked." + NOTHING);
            }
            attributes.setProperty("bootPassword", new String(password));
        }
        return attributes;
    }

    private static void refuseForeignSettings(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String key : FOREIGN_SETTINGS) {
                try (ResultSet value = statement.executeQuery(
                        "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('" + key + "')")) {
                    if (value.next() && value.getString(1) != null) {
                        throw new RefusedException("This backup was refused: its database sets " + key
                                + ", which Innovation Portfolio never does (it could make the database run code or "
                                + "ignore the app's protections). Restore a backup you made with the app." + NOTHING);
                    }
                }
            }
        }
    }

    /** Every page of every table and index (SYSCS_CHECK_TABLE), then every row and column read. */
    private static void checkEveryTable(Connection connection, int expectedProjects) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT t.TABLENAME FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s "
                        + "ON s.SCHEMAID = t.SCHEMAID WHERE s.SCHEMANAME = 'APP' AND t.TABLETYPE = 'T' "
                        + "ORDER BY t.TABLENAME")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                try (ResultSet checked = statement.executeQuery(
                        "VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE('APP', '" + table.replace("'", "''") + "')")) {
                    if (!checked.next() || checked.getInt(1) != 1) {
                        throw new SQLException("Table " + table + " failed its consistency check");
                    }
                }
                counts.put(table, readEveryRow(statement, "APP." + quoted));
            }
        }
        LOG.debug("Read every row of the backup's tables: {}", counts);
        Long projects = counts.get("PROJECT");
        if (expectedProjects >= 0 && (projects == null || projects != expectedProjects)) {
            throw new RefusedException("The backup is damaged: it should hold " + expectedProjects
                    + " projects but holds " + (projects == null ? 0 : projects) + "." + NOTHING);
        }
    }

    private static long readEveryRow(Statement statement, String table) throws SQLException {
        long count = 0;
        try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = rows.getMetaData().getColumnCount();
            int[] types = new int[columns + 1];
            for (int i = 1; i <= columns; i++) {
                types[i] = rows.getMetaData().getColumnType(i);
            }
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    readWhole(rows, i, types[i]);
                }
                count++;
            }
        }
        return count;
    }

    /** Reads a value to its end, so a long value's overflow pages are read too. */
    private static void readWhole(ResultSet rows, int column, int type) throws SQLException {
        try {
            if (type == Types.CLOB) {
                try (Reader reader = rows.getCharacterStream(column)) {
                    if (reader != null) {
                        reader.transferTo(java.io.Writer.nullWriter());
                    }
                }
            } else if (type == Types.BLOB || type == Types.LONGVARBINARY) {
                try (InputStream in = rows.getBinaryStream(column)) {
                    if (in != null) {
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                }
            } else {
                rows.getObject(column);
            }
        } catch (java.io.IOException e) {
            throw new SQLException("Could not read a long value", e);
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static Map<String, String> protect() {
        Map<String, String> before = new LinkedHashMap<>();
        PROTECTIONS.forEach((key, value) -> {
            before.put(key, System.getProperty(key));
            System.setProperty(key, value);
        });
        return before;
    }

    private static void restore(Map<String, String> before) {
        before.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }
}
