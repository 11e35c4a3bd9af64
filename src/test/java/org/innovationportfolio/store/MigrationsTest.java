package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick check on every open that skips Flyway when the schema is already current, and only then. */
class MigrationsTest {

    @TempDir
    Path folder;

    @Test
    void theShippedVersionsAreTheMigrationFiles() {
        int latest = StoreTestSupport.latestSchemaVersion();

        assertThat(Migrations.shippedVersions())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, latest).boxed().toList());
    }

    @Test
    void theShippedVersionsAreListedInsideAJarToo() throws Exception {
        Path jar = folder.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"db/", "db/migration/", "db/migration/V1__first.sql",
                "db/migration/V12__twelfth.sql", "db/migration/R__repeatable.sql", "db/migration/notes.txt",
                "db/migration/old/V99__elsewhere.sql", "other/V50__other.sql"}) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    out.write("-- test".getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(Migrations.shippedVersions(loader)).containsExactly(1, 12);
        }
    }

    @Test
    void eachEngineShipsTheSharedMigrationsAndItsOwnInsideAJar() throws Exception {
        Path jar = folder.resolve("vendors.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"db/", "db/migration/", "db/migration/V2__shared.sql", "db/vendor/",
                "db/vendor/derby/", "db/vendor/derby/V1__derby.sql", "db/vendor/postgresql/",
                "db/vendor/postgresql/V1__postgresql.sql", "db/vendor/postgresql/V3__only_postgresql.sql"}) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    out.write("-- test".getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(Migrations.shippedVersions(loader, Engine.DERBY)).containsExactly(1, 2);
            assertThat(Migrations.shippedVersions(loader, Engine.POSTGRESQL)).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aCurrentSchemaIsReadWithoutFlyway() {
        try (Database database = Database.open(folder)) {
            assertThat(migrations(database).currentWithoutFlyway()).contains(StoreTestSupport.latestSchemaVersion());
        }
    }

    @Test
    void aPendingMigrationIsLeftToFlyway() {
        try (Database database = Database.open(folder)) {
            StoreTestSupport.execute(database, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '"
                    + StoreTestSupport.latestSchemaVersion() + "'");

            assertThat(migrations(database).currentWithoutFlyway()).isEmpty();
        }
    }

    @Test
    void aFailedMigrationIsLeftToFlyway() {
        try (Database database = Database.open(folder)) {
            StoreTestSupport.execute(database, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE "
                    + "WHERE \"version\" = '1'");

            assertThat(migrations(database).currentWithoutFlyway()).isEmpty();
        }
    }

    @Test
    void aNewDatabaseIsLeftToFlyway() throws Exception {
        Path db = folder.resolve("db");
        DerbyFiles.boot(db, true);
        try {
            assertThat(new Migrations(DerbyFiles.url(db)).currentWithoutFlyway()).isEmpty();
        } finally {
            DerbyFiles.shutdown(db);
        }
    }

    private static Migrations migrations(Database database) {
        return new Migrations(DerbyFiles.url(database.databaseFolder()));
    }
}
