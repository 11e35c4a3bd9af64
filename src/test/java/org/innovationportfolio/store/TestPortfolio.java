package org.innovationportfolio.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.innovationportfolio.logic.ports.Store;
import org.jdbi.v3.core.Jdbi;

/**
 * A portfolio for repository tests on either engine: a laptop's Derby database in a folder, or a team portfolio
 * in a fresh database on the test PostgreSQL server ({@link TestPostgres}). Both are opened as the app opens them.
 */
abstract class TestPortfolio implements AutoCloseable {

    /** Opens a new, empty portfolio on {@code engine}; Derby's lives in {@code folder}. */
    static TestPortfolio open(Engine engine, Path folder) {
        return switch (engine) {
            case DERBY -> new OnDerby(folder);
            case POSTGRESQL -> new OnPostgresql();
        };
    }

    abstract Store store();

    /** The JDBI the store works through, for tests that watch the SQL sent. */
    abstract Jdbi jdbi();

    /** Rows in {@code table}, counted with plain SQL outside the app. */
    int countRows(String table) {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    abstract Connection connect() throws SQLException;

    @Override
    public abstract void close();

    private static final class OnDerby extends TestPortfolio {
        private final Database database;

        OnDerby(Path folder) {
            try {
                this.database = Database.open(Files.createDirectories(folder.resolve("derby-portfolio")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        Store store() {
            return database.store();
        }

        @Override
        Jdbi jdbi() {
            return database.jdbi();
        }

        @Override
        Connection connect() throws SQLException {
            return DriverManager.getConnection(DerbyFiles.url(database.databaseFolder()));
        }

        @Override
        public void close() {
            database.close();
        }
    }

    private static final class OnPostgresql extends TestPortfolio {
        private final TestPostgres.TestDatabase server;
        private final TeamDatabase database;

        OnPostgresql() {
            this.server = TestPostgres.freshDatabase();
            TeamDatabase opened;
            try {
                opened = server.open();
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            this.database = opened;
        }

        @Override
        Store store() {
            return database.store();
        }

        @Override
        Jdbi jdbi() {
            return database.jdbi();
        }

        @Override
        Connection connect() throws SQLException {
            return server.connect();
        }

        @Override
        public void close() {
            database.close();
            server.close();
        }
    }
}
