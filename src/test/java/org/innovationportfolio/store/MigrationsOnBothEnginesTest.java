package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every migration runs, one version at a time, on Derby and on a real PostgreSQL, and both end with the same
 * tables, columns, types (long text being CLOB on one and TEXT on the other) and keys. Derby's migrations stay
 * byte for byte those laptops have already applied, so an existing portfolio still migrates.
 */
class MigrationsOnBothEnginesTest {

    /**
     * Flyway's checksums of the Derby migrations as released (V1..V7; the files moved to the vendor folder are the
     * same git blobs as before). A laptop's database holds these: a changed file would stop it opening.
     */
    private static final Map<String, Integer> RELEASED_DERBY_CHECKSUMS = new TreeMap<>(Map.of(
            "1", -232664282, "2", 1463603147, "3", -2120081899, "4", -1888772603, "5", 464353599, "6", 1165964497,
            "7", -1114024469));

    @TempDir
    static Path folder;
    static TestPostgres.TestDatabase postgres;

    @BeforeAll
    static void server() {
        postgres = TestPostgres.freshDatabase();
    }

    @AfterAll
    static void drop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void everyMigrationRunsOnDerbyAndOnPostgresqlOneVersionAtATime() throws Exception {
        int latest = StoreTestSupport.latestSchemaVersion();
        Path derby = folder.resolve("step-by-step");
        DerbyFiles.boot(derby, true);
        try {
            Flyway onDerby = null;
            Flyway onPostgres = null;
            for (int version = 1; version <= latest; version++) {
                onDerby = Flyway.configure().dataSource(DerbyFiles.url(derby), null, null)
                        .locations(Migrations.DERBY_LOCATIONS).target(String.valueOf(version)).load();
                onPostgres = Flyway.configure().dataSource(TeamDatabase.dataSource(postgres.address(),
                                postgres.passwords().user(postgres.address()), stored()))
                        .locations(Engine.POSTGRESQL.migrationLocations()).target(String.valueOf(version)).load();

                MigrateResult derbyStep = onDerby.migrate();
                MigrateResult postgresStep = onPostgres.migrate();

                assertThat(derbyStep.migrationsExecuted).as("Derby, version %d", version).isEqualTo(1);
                assertThat(postgresStep.migrationsExecuted).as("PostgreSQL, version %d", version).isEqualTo(1);
                assertThat(derbyStep.targetSchemaVersion).isEqualTo(String.valueOf(version));
                assertThat(postgresStep.targetSchemaVersion).isEqualTo(String.valueOf(version));
            }
            assertThat(onPostgres.info().applied()).extracting(m -> m.getVersion().getVersion())
                    .containsExactlyElementsOf(onDerby.info().applied().length == 0 ? List.of()
                            : java.util.Arrays.stream(onDerby.info().applied())
                                    .map(m -> m.getVersion().getVersion()).toList());
            try (Connection d = DriverManager.getConnection(DerbyFiles.url(derby)); Connection p = postgres.connect()) {
                Map<String, String> derbyColumns = columns(d.getMetaData(), "APP");
                Map<String, String> postgresColumns = columns(p.getMetaData(), "public");
                assertThat(derbyColumns).hasSizeGreaterThan(100);
                assertThat(postgresColumns).isEqualTo(derbyColumns);
                assertThat(primaryKeys(p.getMetaData(), "public")).isEqualTo(primaryKeys(d.getMetaData(), "APP"));
            }
        } finally {
            DerbyFiles.shutdown(derby);
        }
    }

    @Test
    void theDerbyMigrationsAreThoseAlreadyAppliedByTheReleasedApp() throws Exception {
        Path derby = folder.resolve("checksums");
        DerbyFiles.boot(derby, true);
        try {
            Flyway flyway = Flyway.configure().dataSource(DerbyFiles.url(derby), null, null)
                    .locations(Migrations.DERBY_LOCATIONS).load();
            flyway.migrate();
            Map<String, Integer> checksums = new TreeMap<>();
            for (MigrationInfo applied : flyway.info().applied()) {
                if (RELEASED_DERBY_CHECKSUMS.containsKey(applied.getVersion().getVersion())) {
                    checksums.put(applied.getVersion().getVersion(), applied.getChecksum());
                }
                assertThat(applied.getScript()).as("the script name Flyway recorded").doesNotContain("/");
            }
            assertThat(checksums).isEqualTo(RELEASED_DERBY_CHECKSUMS);
        } finally {
            DerbyFiles.shutdown(derby);
        }
    }

    @Test
    void aDerbyPortfolioMadeBeforeTheVendorFoldersOpensAndMigrates() throws Exception {
        // The released app's layout: every migration in one folder. Its database is stopped at V5, as a laptop
        // not yet updated would be; opening it now validates what was applied and applies the rest.
        Path released = folder.resolve("released-migrations");
        Files.createDirectories(released);
        for (String location : Migrations.DERBY_LOCATIONS) {
            copyMigrations(location.substring("classpath:".length()), released);
        }
        Path dataFolder = Files.createDirectories(folder.resolve("laptop"));
        Path derby = dataFolder.resolve(Database.DATABASE_FOLDER);
        DerbyFiles.boot(derby, true);
        try {
            Flyway.configure().dataSource(DerbyFiles.url(derby), null, null)
                    .locations("filesystem:" + released).target("5").load().migrate();
        } finally {
            DerbyFiles.shutdown(derby);
        }

        try (Database database = Database.open(dataFolder)) {
            assertThat(database.schemaVersion()).isEqualTo(StoreTestSupport.latestSchemaVersion());
        }
        DerbyFiles.boot(derby, false);
        try (Connection connection = DriverManager.getConnection(DerbyFiles.url(derby))) {
            assertThat(SchemaFingerprint.of(connection).differenceFrom(
                    SchemaFingerprint.reference(StoreTestSupport.latestSchemaVersion()))).isNull();
        } finally {
            DerbyFiles.shutdown(derby);
        }
    }

    private static char[] stored() {
        return postgres.passwords().stored(postgres.address(), postgres.passwords().user(postgres.address()));
    }

    private static void copyMigrations(String classpathFolder, Path target) throws IOException, URISyntaxException {
        Path source = Path.of(MigrationsOnBothEnginesTest.class.getResource("/" + classpathFolder).toURI());
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Files.copy(in, target.resolve(file.getFileName().toString()));
                }
            }
        }
    }

    /** Every column of the portfolio's tables (not Flyway's) as "table.column" to its engine-neutral type. */
    private static Map<String, String> columns(DatabaseMetaData meta, String schema) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (table.startsWith("flyway") || !isTable(meta, schema, rs.getString("TABLE_NAME"))) {
                    continue;
                }
                columns.put(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        type(rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE")) + ("NO".equals(rs.getString(
                                "IS_NULLABLE")) ? " NOT NULL" : ""));
            }
        }
        return columns;
    }

    private static boolean isTable(DatabaseMetaData meta, String schema, String table) throws SQLException {
        try (ResultSet rs = meta.getTables(null, schema, table, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    /** The type as both engines can say it: CLOB (Derby) and unbounded text (PostgreSQL) are both long text. */
    private static String type(int jdbcType, int size) {
        return switch (jdbcType) {
            case Types.CLOB -> "long text";
            case Types.VARCHAR -> size >= 1_000_000_000 ? "long text" : "varchar(" + size + ")";
            case Types.CHAR -> "char(" + size + ")";
            case Types.BOOLEAN, Types.BIT -> "boolean";
            case Types.INTEGER -> "integer";
            case Types.BIGINT -> "bigint";
            case Types.DATE -> "date";
            default -> "jdbc type " + jdbcType;
        };
    }

    private static Map<String, List<String>> primaryKeys(DatabaseMetaData meta, String schema) throws SQLException {
        Map<String, List<String>> keys = new TreeMap<>();
        TreeSet<String> tables = new TreeSet<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (!rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT).startsWith("flyway")) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        for (String table : tables) {
            List<String> key = new ArrayList<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
                while (rs.next()) {
                    key.add(rs.getShort("KEY_SEQ") + ":" + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            key.sort(null);
            keys.put(table.toLowerCase(Locale.ROOT), key);
        }
        return keys;
    }
}
