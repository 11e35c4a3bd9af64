package org.innovationportfolio.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain-JDBC helpers for looking inside a database the way the app would not. */
final class StoreTestSupport {

    /** The highest V&lt;n&gt;__ migration in src/main/resources/db/migration. */
    static final int LATEST_SCHEMA = 3;

    private StoreTestSupport() {
    }

    static int countRows(Database database, String table) {
        try (Connection c = DriverManager.getConnection(DerbyFiles.url(database.databaseFolder()));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(Database database, String sql) {
        try (Connection c = DriverManager.getConnection(DerbyFiles.url(database.databaseFolder()));
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
