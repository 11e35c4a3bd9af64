package org.innovationportfolio.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.innovationportfolio.logic.AlreadyOpenException;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.NoteKind;
import org.innovationportfolio.model.OutcomeDirection;
import org.innovationportfolio.model.Programme;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.RiskStatus;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void migratesAnEmptyDatabaseToTheLatestSchema() throws SQLException {
        try (Database database = Database.open(folder)) {
            assertThat(database.schemaVersion()).isEqualTo(StoreTestSupport.latestSchemaVersion());
            assertThat(database.dataFolder()).isEqualTo(folder.toAbsolutePath());
            assertThat(tables(database)).contains("CATALOGUE_SOURCE", "INNOVATION", "INNOVATION_LEAD_ORG",
                    "INNOVATION_PARTNER", "INNOVATION_THEME", "INNOVATION_FACT", "PROJECT", "PROJECT_TAG", "PARTNER",
                    "STATUS_UPDATE", "MILESTONE", "FUNDING_LINE", "OUTCOME_MEASURE", "OUTCOME_ACTUAL", "RISK", "NOTE",
                    "SETTING", "BRIEFING_PACK", "BRIEFING_PROJECT", "BRIEFING_MILESTONE");
        }
        assertThat(folder.resolve("db")).isDirectory();
        assertThat(folder.resolve(".lock")).exists();
    }

    @Test
    void everyEnumNameFitsItsColumn() throws SQLException {
        Map<String, Class<? extends Enum<?>>> columns = new LinkedHashMap<>();
        columns.put("INNOVATION.PROGRAMME", Programme.class);
        columns.put("INNOVATION.STRAND", Strand.class);
        columns.put("INNOVATION_THEME.THEME", Theme.class);
        columns.put("PROJECT.STAGE", Stage.class);
        columns.put("PROJECT.ORIGIN", Provenance.Origin.class);
        columns.put("STATUS_UPDATE.RAG", Rag.class);
        columns.put("MILESTONE.STATUS", MilestoneStatus.class);
        columns.put("FUNDING_LINE.FUNDING_TYPE", FundingType.class);
        columns.put("FUNDING_LINE.STATUS", FundingStatus.class);
        columns.put("OUTCOME_MEASURE.DIRECTION", OutcomeDirection.class);
        columns.put("RISK.STATUS", RiskStatus.class);
        columns.put("NOTE.NOTE_KIND", NoteKind.class);
        try (Database database = Database.open(folder);
                Connection c = DriverManager.getConnection(DerbyFiles.url(database.databaseFolder()))) {
            for (Map.Entry<String, Class<? extends Enum<?>>> column : columns.entrySet()) {
                String[] tableAndColumn = column.getKey().split("\\.");
                int size;
                try (ResultSet rs = c.getMetaData().getColumns(null, "APP", tableAndColumn[0], tableAndColumn[1])) {
                    assertThat(rs.next()).as(column.getKey()).isTrue();
                    size = rs.getInt("COLUMN_SIZE");
                }
                for (Enum<?> value : column.getValue().getEnumConstants()) {
                    assertThat(value.name().length()).as(column.getKey() + " " + value.name()).isLessThanOrEqualTo(size);
                }
            }
        }
    }

    @Test
    void reopeningKeepsTheDataAndDoesNotMigrateAgain() {
        Project project = TestData.fullProject("Kept across restarts");
        try (Database database = Database.open(folder)) {
            database.store().writing(r -> r.projects().save(project));
        }
        try (Database database = Database.open(folder)) {
            List<Project> all = database.store().read(r -> r.projects().findAll());
            assertThat(all).containsExactly(project);
            assertThat(database.schemaVersion()).isEqualTo(StoreTestSupport.latestSchemaVersion());
        }
    }

    @Test
    void aFolderWithASemicolonInItsPathIsRefusedInWordsAndLeftEmpty() throws Exception {
        Path semicolon = Files.createDirectory(folder.resolve("Children's services; innovation"));

        assertThatThrownBy(() -> Database.open(semicolon))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("has a semicolon (;) in its path")
                .hasMessageContaining("--data-dir");
        try (var left = Files.list(semicolon)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void secondOpenOnTheSameFolderIsRefusedAndTheFirstKeepsWorking() {
        try (Database first = Database.open(folder)) {
            assertThatThrownBy(() -> Database.open(folder))
                    .isInstanceOf(AlreadyOpenException.class)
                    .hasMessage("Innovation Portfolio is already open on this data folder (" + folder.toAbsolutePath()
                            + "). Close the other window first.");

            Project project = TestData.bareProject("Still works");
            first.store().writing(r -> r.projects().save(project));
            int count = first.store().read(r -> r.projects().count());
            assertThat(count).isEqualTo(1);
        }
        try (Database again = Database.open(folder)) {
            assertThat(again.schemaVersion()).isEqualTo(StoreTestSupport.latestSchemaVersion());
        }
    }

    @Test
    void secondProcessIsRefusedWhileTheFolderIsOpen() throws Exception {
        try (Database first = Database.open(folder)) {
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OpenFromAnotherProcess.class.getName(),
                    folder.toString())
                    .redirectErrorStream(false)
                    .start();
            String out = new String(other.getInputStream().readAllBytes(), UTF_8);
            other.getErrorStream().transferTo(OutputStream.nullOutputStream());

            assertThat(other.waitFor()).isEqualTo(OpenFromAnotherProcess.REFUSED);
            assertThat(out).contains("Innovation Portfolio is already open on this data folder (" + folder.toAbsolutePath()
                    + "). Close the other window first.");
            int count = first.store().read(r -> r.projects().count());
            assertThat(count).isZero();
        }
    }

    @Test
    void derbyBootedByAnotherProcessIsReportedAsAlreadyOpen() throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dderby.stream.error.file=" + folder.resolve("other-derby.log"),
                "-cp", System.getProperty("java.class.path"), OpenFromAnotherProcess.class.getName(),
                folder.toString(), "--derby-only")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), UTF_8));
            assertThat(out.readLine()).isEqualTo("booted");

            // Derby itself refuses with XSDB6: our folder lock was free, so this is the second line of defence.
            assertThatThrownBy(() -> Database.open(folder))
                    .isInstanceOf(AlreadyOpenException.class)
                    .hasMessage("Innovation Portfolio is already open on this data folder (" + folder.toAbsolutePath()
                            + "). Close the other window first.");
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }
        try (Database database = Database.open(folder)) {
            assertThat(database.schemaVersion()).isEqualTo(StoreTestSupport.latestSchemaVersion());
        }
    }

    @Test
    void databaseWithANewerSchemaIsRefusedAndLeftUntouched() throws SQLException {
        try (Database database = Database.open(folder)) {
            StoreTestSupport.execute(database, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", "
                    + "\"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", "
                    + "\"execution_time\", \"success\") VALUES (99, '99', 'from the future', 'SQL', "
                    + "'V99__future.sql', 0, 'test', 0, TRUE)");
            StoreTestSupport.execute(database, "CREATE TABLE future_table (id INT)");
        }
        List<String> before = historyAndTables();

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOf(RefusedException.class)
                .isNotInstanceOf(AlreadyOpenException.class)
                .hasMessageContaining("newer version of Innovation Portfolio (schema 99)")
                .hasMessageContaining("Update the app");

        assertThat(historyAndTables()).isEqualTo(before);
        // The refusal released the folder: a second attempt is refused for the same reason, not as "already open".
        assertThatThrownBy(() -> Database.open(folder)).isNotInstanceOf(AlreadyOpenException.class);
    }

    @Test
    void openPutsBackADatabaseSetAsideByARestoreThatWasCutOff() throws Exception {
        Project project = TestData.bareProject("Set aside");
        try (Database database = Database.open(folder)) {
            database.store().writing(r -> r.projects().save(project));
        }
        // As if the power failed between moving the old database aside and moving the restored one in.
        Files.move(folder.resolve("db"), folder.resolve(".db-before-restore-1700000000000"));
        Files.createDirectories(folder.resolve(".restore-half-unpacked/db"));

        try (Database database = Database.open(folder)) {
            List<Project> all = database.store().read(r -> r.projects().findAll());
            assertThat(all).containsExactly(project);
        }
        assertThat(folder.resolve(".db-before-restore-1700000000000")).doesNotExist();
        assertThat(folder.resolve(".restore-half-unpacked")).doesNotExist();
    }

    @Test
    void closeIsIdempotentAndTheStoreRefusesWorkAfterwards() {
        Database database = Database.open(folder);
        database.close();
        database.close();

        assertThatThrownBy(() -> database.store().read(r -> r.projects().count()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> database.backupTo(folder.resolve("backup.zip")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> database.restoreFrom(folder.resolve("backup.zip")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(folder.resolve("backup.zip")).doesNotExist();
    }

    @Test
    void derbyLogGoesThroughSlf4jNeverIntoTheWorkingDirectory() {
        boolean logWasThere = Files.exists(Path.of("derby.log"));
        try (Database database = Database.open(folder)) {
            assertThat(database.schemaVersion()).isEqualTo(StoreTestSupport.latestSchemaVersion());
        }

        assertThat(System.getProperty("derby.stream.error.method")).isEqualTo(DerbyLog.METHOD);
        assertThat(folder.resolve("derby.log")).doesNotExist();
        if (!logWasThere) {
            assertThat(Path.of("derby.log")).doesNotExist();
        }
    }

    @Test
    void instantsRoundTripExactlyAtEveryPrecisionAndRange() {
        for (Instant instant : List.of(Instant.parse("2025-03-03T10:15:30Z"), Instant.parse("2025-03-03T10:15:30.1Z"),
                Instant.parse("2025-03-03T10:15:30.000001Z"), Instant.parse("2025-03-03T10:15:30.999999999Z"),
                Instant.EPOCH, Instant.MIN, Instant.MAX, Instant.parse("0001-01-01T00:00:00Z"))) {
            String stored = SqlValues.instant(instant);
            assertThat(stored.length()).isLessThanOrEqualTo(40);
            assertThat(Instant.parse(stored)).isEqualTo(instant);
        }
        // Fixed width, so text order is time order.
        assertThat(SqlValues.instant(Instant.parse("2025-03-03T10:15:30.9Z")))
                .isLessThan(SqlValues.instant(Instant.parse("2025-03-03T10:15:31Z")));
    }

    private static List<String> tables(Database database) throws SQLException {
        try (Connection c = DriverManager.getConnection(DerbyFiles.url(database.databaseFolder()))) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
                }
            }
            return names;
        }
    }

    private List<String> historyAndTables() throws SQLException {
        Path db = folder.resolve("db");
        List<String> seen = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(DerbyFiles.url(db));
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                seen.add(rs.getString(1) + ":" + rs.getBoolean(2));
            }
            try (ResultSet tables = c.getMetaData().getTables(null, "APP", "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    seen.add(tables.getString("TABLE_NAME"));
                }
            }
        } finally {
            DerbyFiles.shutdown(db);
        }
        return seen;
    }
}
