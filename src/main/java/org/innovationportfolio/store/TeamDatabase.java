package org.innovationportfolio.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.net.ssl.SSLException;
import org.innovationportfolio.logic.Passwords;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.ports.Store;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team portfolio on a PostgreSQL server: connects (TLS unless the server is on this computer, see
 * {@link PostgresAddress}), brings the schema up to this version of the app with the same migrations as the
 * laptop's Derby database (PostgreSQL's own copies where the SQL must differ), and offers the same {@link Store}
 * and repositories. The server keeps the data and its backups; there is no data folder, folder lock or
 * password protection of our own here.
 */
public final class TeamDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TeamDatabase.class);
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    /** Asks the person for the server's password; null when nobody can be asked or none was given. */
    @FunctionalInterface
    public interface PasswordPrompt {
        char[] ask(String question);

        /** For callers with nobody to ask (tests, scripts). */
        PasswordPrompt NOBODY = question -> null;
    }

    private final PostgresAddress address;
    private final PGSimpleDataSource dataSource;
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private final Jdbi jdbi;
    private final JdbiStore store;
    private final int schemaVersion;
    private volatile boolean closed;

    private TeamDatabase(PostgresAddress address, PGSimpleDataSource dataSource) {
        this.address = address;
        this.dataSource = dataSource;
        this.schemaVersion = migrate(address, dataSource);
        this.jdbi = Jdbi.create(dataSource);
        this.store = new JdbiStore(() -> jdbi, e -> PostgresErrors.translate(e, address), gate.readLock(),
                this::checkOpen);
        store.readOnly(readOnlyReason(jdbi, address));
        LOG.info("Opened the team portfolio {} (schema {})", address, schemaVersion);
    }

    /**
     * Connects to the team portfolio at {@code address} and migrates its schema. The password is the stored one
     * ({@code PGPASSWORD} or the password file); when the server wants one and none is stored, {@code prompt} asks.
     *
     * @throws RefusedException when the server cannot be reached, refuses the user, or its schema is newer than
     *         this app's; the message says what to do
     */
    public static TeamDatabase open(PostgresAddress address, PostgresPasswords passwords, PasswordPrompt prompt) {
        String user = passwords.user(address);
        char[] password = passwords.stored(address, user);
        boolean asked = false;
        try {
            while (true) {
                PGSimpleDataSource dataSource = dataSource(address, user, password);
                try (Connection connection = dataSource.getConnection()) {
                    LOG.debug("Connected to {} as {} (server {})", address, user,
                            connection.getMetaData().getDatabaseProductVersion());
                    return new TeamDatabase(address, dataSource);
                } catch (SQLException e) {
                    if (!asked && password == null && needsPassword(e)) {
                        asked = true;
                        password = prompt.ask("Password for " + user + " at " + address.host() + ": ");
                        if (password != null && password.length > 0) {
                            continue;
                        }
                    }
                    throw cannotConnect(e, address, user, password != null, asked);
                }
            }
        } finally {
            Passwords.clear(password);
        }
    }

    /** The driver's connection settings: TLS as the address says, strings typed by the column they go in. */
    static PGSimpleDataSource dataSource(PostgresAddress address, String user, char[] password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {address.host()});
        dataSource.setPortNumbers(new int[] {address.port()});
        dataSource.setDatabaseName(address.database());
        dataSource.setUser(user);
        if (password != null) {
            // The driver keeps it as a String for the session's reconnections; it is never written anywhere.
            dataSource.setPassword(new String(password));
        }
        dataSource.setSslMode(address.sslMode());
        if (address.sslRootCert() != null) {
            dataSource.setSslRootCert(address.sslRootCert());
        }
        dataSource.setApplicationName("Innovation Portfolio");
        dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        dataSource.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        return dataSource;
    }

    private static int migrate(PostgresAddress address, PGSimpleDataSource dataSource) {
        try {
            return new Migrations(dataSource, Engine.POSTGRESQL).migrate();
        } catch (RefusedException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("Migrating the team portfolio {} failed", address, e);
            throw new StoreException("The team portfolio at " + address + " could not be brought up to this version "
                    + "of Innovation Portfolio (" + e.getMessage() + "). Nothing else was changed. Ask your IT team "
                    + "to check that your user may create tables in the database; the details are in the log.",
                    SqlErrors.stateOf(e), e);
        }
    }

    /**
     * Why the connected user may only read (they lack the editor role's privileges), or null. Asked of the server
     * once, at connect: a role granted or revoked later counts from the next opening.
     */
    private static String readOnlyReason(Jdbi jdbi, PostgresAddress address) {
        boolean canEdit = jdbi.withHandle(h -> h.createQuery("SELECT has_table_privilege('project', 'UPDATE') "
                + "AND has_table_privilege('project', 'INSERT') AND has_table_privilege('change_history', 'INSERT')")
                .mapTo(Boolean.class).one());
        if (canEdit) {
            return null;
        }
        LOG.info("The team portfolio {} is open to read only: this user lacks the editor role", address);
        return READ_ONLY;
    }

    /** What a viewer is told, in the window and when a change is refused. */
    static final String READ_ONLY = "You can read this team portfolio; editing needs the editor role. Ask whoever "
            + "runs the server (team init) to make you a member of it.";

    /**
     * Sets up the team portfolio's roles (see {@link TeamRoles}) as the user this database was opened by, who must
     * own it: all of it or nothing.
     */
    public void setUpRoles(TeamRoles roles) {
        try (Connection connection = dataSource.getConnection()) {
            roles.apply(connection);
        } catch (SQLException e) {
            throw new RefusedException("Could not connect to " + address + " to set up its roles (" + e.getMessage()
                    + "). Nothing was changed.", e);
        }
    }

    /** The logic's view of the team portfolio. */
    public Store store() {
        return store;
    }

    /** The schema version the database is at. */
    public int schemaVersion() {
        return schemaVersion;
    }

    public PostgresAddress address() {
        return address;
    }

    /** The JDBI over the server; for tests that look inside. */
    Jdbi jdbi() {
        return jdbi;
    }

    /** Ends the use of the server: store calls after this are refused. Safe to call more than once. */
    @Override
    public void close() {
        gate.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                dataSource.setPassword(null);
                LOG.info("Closed the team portfolio {}", address);
            }
        } finally {
            gate.writeLock().unlock();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The team portfolio " + address + " is closed.");
        }
    }

    /** The server wants a password and none was sent. */
    private static boolean needsPassword(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return "08004".equals(e.getSQLState()) && message.contains("no password was provided")
                || "28P01".equals(e.getSQLState());
    }

    private static RefusedException cannotConnect(SQLException e, PostgresAddress address, String user,
            boolean hadPassword, boolean asked) {
        String state = e.getSQLState();
        LOG.warn("Could not connect to {} as {} (SQLState {})", address, user, state, e);
        String where = "the team portfolio at " + address;
        if ("28P01".equals(state) || "08004".equals(state) && hadPassword) {
            return new RefusedException("The server refused the password for " + user + " at " + address.host()
                    + (asked ? "." : " (from PGPASSWORD or your PostgreSQL password file).")
                    + " Check the password and try again; nothing was opened.", e);
        }
        if ("08004".equals(state)) {
            return new RefusedException("The server needs a password for " + user + " and none was given. Put it in "
                    + "your PostgreSQL password file (~/.pgpass, or %APPDATA%\\postgresql\\pgpass.conf on Windows), "
                    + "or run the app where it can ask you.", e);
        }
        if ("28000".equals(state)) {
            return new RefusedException("The server does not let " + user + " connect to " + where + " this way ("
                    + e.getMessage() + "). Ask your IT team to allow your user, over TLS.", e);
        }
        if ("3D000".equals(state)) {
            return new RefusedException("The server at " + address.host() + " has no database called '"
                    + address.database() + "'. Check the address, or ask your IT team to create it.", e);
        }
        if (hasCause(e, SSLException.class) || String.valueOf(e.getMessage()).contains("SSL")) {
            return new RefusedException("The encrypted connection to " + where + " could not be made ("
                    + e.getMessage() + "). The app checks the server's certificate against the certificate authority "
                    + "in ~/.postgresql/root.crt (or the one given with sslrootcert= in the address); ask your IT "
                    + "team for it.", e);
        }
        return new RefusedException("Innovation Portfolio could not reach " + where + " (" + e.getMessage()
                + "). Check the address and your network, or ask your IT team whether the server is running.", e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The user's exception for a failure while working on the server. */
    static final class PostgresErrors {

        private PostgresErrors() {
        }

        static RuntimeException translate(JdbiException failure, PostgresAddress address) {
            String state = SqlErrors.stateOf(failure);
            LOG.error("Team portfolio failure (SQLState {}) at {}", state, address, failure);
            if (state != null && state.startsWith("08")) {
                return new StoreException("The connection to the team portfolio's server (" + address.host() + ") "
                        + "failed: nothing was saved. Check your network and try again.", state, failure);
            }
            if ("42501".equals(state)) {
                return new RefusedException(READ_ONLY + " Nothing was changed.", failure);
            }
            if ("40P01".equals(state)) {
                return new StoreException(SqlErrors.messageFor("40001"), state, failure);
            }
            return new StoreException(SqlErrors.messageFor(state), state, failure);
        }
    }
}
