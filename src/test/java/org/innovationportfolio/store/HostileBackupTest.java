package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup made hostile with Derby itself (an installed jar on the database class path, a function, a
 * table replaced by a view that calls it, settings that beat the app's) must be refused without
 * running anything in it: the canary file the code would write must never appear.
 */
class HostileBackupTest {

    @TempDir
    Path live;
    @TempDir
    Path source;
    @TempDir
    Path elsewhere;
    Database database;
    Project kept;

    @BeforeEach
    void livePortfolio() {
        kept = TestData.bareProject("The live portfolio");
        database = Database.open(live);
        database.store().writing(r -> r.projects().save(kept));
    }

    @AfterEach
    void close() {
        database.close();
        RestoreCanary.canary = null;
    }

    @Test
    void aBackupHoldingAnInstalledJarIsRefusedAndItsCodeNeverRuns() throws Exception {
        Path canary = elsewhere.resolve("canary-from-jar.txt");
        Path backup = backupWithAnInstalledJar(canary);

        assertRefusedWithoutRunningAnything(backup, canary, "holds program code");
    }

    @Test
    void theRestoreWindowsPreviewOfABackupHoldingAJarIsRefusedAndItsCodeNeverRuns() throws Exception {
        Path canary = elsewhere.resolve("canary-from-preview.txt");
        Path backup = backupWithAnInstalledJar(canary);

        assertThatThrownBy(() -> new AutoBackups(database, java.time.Clock.systemUTC()).preview(backup))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("holds program code");
        assertThat(canary).doesNotExist();
        List<Project> projects = database.store().read(r -> r.projects().findAll());
        assertThat(projects).containsExactly(kept);
    }

    /** A backup whose project table is a view calling a function in a jar installed in the database. */
    private Path backupWithAnInstalledJar(Path canary) throws Exception {
        Path jar = canaryJar(canary);
        Path backup = hostileBackup(statement -> {
            statement.execute("CALL SQLJ.INSTALL_JAR('" + jar.toUri() + "', 'APP.CANARY', 0)");
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.classpath', 'APP.CANARY')");
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.propertiesOnly', 'true')");
            statement.execute("CREATE FUNCTION canary() RETURNS INT PARAMETER STYLE JAVA NO SQL LANGUAGE JAVA "
                    + "EXTERNAL NAME 'hostile.Canary.touch'");
            replaceProjectTableByAViewCalling(statement, "canary()");
            // The hostile database itself proves the trap works: reading the view runs the jar's code.
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM project")) {
                rows.next();
            }
            assertThat(canary).as("the trap is armed").exists();
        });
        Files.delete(canary); // written again as the backup was made: the hostile database is the attacker's own
        return backup;
    }

    @Test
    void aBackupWhoseTableIsAViewCallingAFunctionIsRefusedBeforeAnyQueryRunsIt() throws Exception {
        Path canary = elsewhere.resolve("canary-from-class-path.txt");
        RestoreCanary.canary = canary;
        Path backup = hostileBackup(statement -> {
            statement.execute("CREATE FUNCTION canary() RETURNS INT PARAMETER STYLE JAVA NO SQL LANGUAGE JAVA "
                    + "EXTERNAL NAME '" + RestoreCanary.class.getName() + ".touch'");
            replaceProjectTableByAViewCalling(statement, "canary()");
        });
        Files.deleteIfExists(canary); // the hostile database is the attacker's own: making its backup ran the view

        assertRefusedWithoutRunningAnything(backup, canary, "its database is not one Innovation Portfolio made");
    }

    @Test
    void aBackupWhoseDatabaseSettingsWouldBeatTheAppsIsRefused() throws Exception {
        Path backup = hostileBackup(statement -> {
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.propertiesOnly', 'true')");
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.sqlAuthorization', 'false')");
        });

        assertRefusedWithoutRunningAnything(backup, elsewhere.resolve("no-canary"), "derby.database.propertiesOnly");
    }

    @Test
    void aBackupWithAnExtraTriggerIsRefused() throws Exception {
        Path backup = hostileBackup(statement -> statement.execute(
                "CREATE TRIGGER spy AFTER INSERT ON project FOR EACH ROW DELETE FROM setting"));

        assertRefusedWithoutRunningAnything(backup, elsewhere.resolve("no-canary"),
                "it has trigger APP.SPY, which the app never makes");
    }

    private void assertRefusedWithoutRunningAnything(Path backup, Path canary, String message) {
        assertThatThrownBy(() -> database.restoreFrom(backup))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining(message)
                .hasMessageContaining("Nothing was restored.");

        assertThat(canary).doesNotExist();
        List<Project> projects = database.store().read(r -> r.projects().findAll());
        assertThat(projects).containsExactly(kept);
        assertThat(live.resolve(Restore.BACKUPS)).doesNotExist();
    }

    /** Work done on the hostile database with plain SQL, as an attacker would. */
    @FunctionalInterface
    private interface Sabotage {
        void on(Statement statement) throws Exception;
    }

    /** A genuine backup of a portfolio that was then changed by {@code sabotage} through Derby itself. */
    private Path hostileBackup(Sabotage sabotage) throws Exception {
        Path backup = elsewhere.resolve("hostile-backup.zip");
        try (Database made = Database.open(source)) {
            made.store().writing(r -> r.projects().save(TestData.bareProject("Bait")));
            try (Connection connection = DriverManager.getConnection(DerbyFiles.url(made.databaseFolder()));
                    Statement statement = connection.createStatement()) {
                sabotage.on(statement);
            }
            made.backupTo(backup);
        }
        return backup;
    }

    /** Drops the foreign keys that point at the project table, the table, and puts a view in its place. */
    private static void replaceProjectTableByAViewCalling(Statement statement, String function) throws SQLException {
        List<String> dropForeignKeys = new ArrayList<>();
        try (ResultSet keys = statement.executeQuery("SELECT t.TABLENAME, c.CONSTRAINTNAME FROM SYS.SYSFOREIGNKEYS f "
                + "JOIN SYS.SYSCONSTRAINTS c ON c.CONSTRAINTID = f.CONSTRAINTID "
                + "JOIN SYS.SYSTABLES t ON t.TABLEID = c.TABLEID "
                + "JOIN SYS.SYSCONSTRAINTS k ON k.CONSTRAINTID = f.KEYCONSTRAINTID "
                + "JOIN SYS.SYSTABLES r ON r.TABLEID = k.TABLEID WHERE r.TABLENAME = 'PROJECT'")) {
            while (keys.next()) {
                dropForeignKeys.add("ALTER TABLE \"" + keys.getString(1) + "\" DROP CONSTRAINT \"" + keys.getString(2)
                        + "\"");
            }
        }
        for (String sql : dropForeignKeys) {
            statement.execute(sql);
        }
        statement.execute("DROP TABLE project");
        statement.execute("CREATE VIEW project (id) AS SELECT CAST('x' AS CHAR(36)) FROM SYSIBM.SYSDUMMY1 WHERE "
                + function + " = 1");
    }

    /** A jar holding {@code hostile.Canary.touch()}, which writes {@code canary}: compiled here, as an attacker would. */
    private Path canaryJar(Path canary) throws IOException {
        Path sources = Files.createDirectories(elsewhere.resolve("src/hostile"));
        Path classes = Files.createDirectories(elsewhere.resolve("classes"));
        Path java = Files.writeString(sources.resolve("Canary.java"), "package hostile;\n"
                + "public class Canary {\n"
                + "    public static int touch() throws java.io.IOException {\n"
                + "        java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + canary.toString().replace("\\", "\\\\") + "\"), \"the backup's code ran\");\n"
                + "        return 1;\n"
                + "    }\n"
                + "}\n", StandardCharsets.UTF_8);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, "-d", classes.toString(), java.toString())).isZero();
        Path jar = elsewhere.resolve("canary.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry("hostile/Canary.class"));
            zip.write(Files.readAllBytes(classes.resolve("hostile/Canary.class")));
            zip.closeEntry();
        }
        return jar;
    }
}
