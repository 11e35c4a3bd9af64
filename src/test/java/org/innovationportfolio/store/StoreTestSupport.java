package org.innovationportfolio.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain-JDBC helpers for looking inside a database the way the app would not. */
final class StoreTestSupport {

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

    /**
     * The highest V&lt;n&gt;__ migration this build ships for Derby (shared or Derby's own), so tests follow new
     * migrations without edits.
     */
    static int latestSchemaVersion() {
        int latest = 0;
        for (String location : Migrations.DERBY_LOCATIONS) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(
                    StoreTestSupport.class.getResource("/" + location.substring("classpath:".length())).toURI()))) {
                latest = Math.max(latest, files.map(f -> f.getFileName().toString())
                        .filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0));
            } catch (java.io.IOException | java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return latest;
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
