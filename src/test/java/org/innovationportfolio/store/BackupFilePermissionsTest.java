package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups hold private notes: only their owner may read them, and a crash leaves no half-written copies. */
class BackupFilePermissionsTest {

    private static final String UUID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "owner-only permissions are checked where the file system has POSIX permissions");
    }

    @Test
    void aBackupFileIsReadableByItsOwnerOnly() throws IOException {
        Path backup = elsewhere.resolve("portfolio-backup.zip");
        try (Database database = Database.open(folder)) {
            database.store().writing(r -> r.projects().save(TestData.fullProject("Private notes inside")));
            database.backupTo(backup);
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
    }

    @Test
    void openingDeletesTheTemporaryFilesACrashLeftAndMakesEarlierBackupsOwnerOnly() throws IOException {
        Database.open(folder).close();
        Path backups = Files.createDirectories(folder.resolve("backups"));
        Path halfWritten = Files.writeString(backups.resolve(".before-import-20261201.zip." + UUID + ".tmp"), "half");
        Path earlier = Files.writeString(backups.resolve("before-import-20261130.zip"), "an earlier backup");
        Files.setPosixFilePermissions(earlier, PosixFilePermissions.fromString("rw-r--r--"));
        Path someoneElses = Files.writeString(backups.resolve("notes.tmp"), "not ours");
        Path halfCopied = Files.writeString(Files.createDirectories(folder.resolve("documents").resolve(UUID))
                .resolve("board-paper.pdf.restoring.part"), "half");

        Database.open(folder).close();

        assertThat(halfWritten).doesNotExist();
        assertThat(halfCopied).doesNotExist();
        assertThat(someoneElses).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(earlier))).isEqualTo("rw-------");
    }
}
