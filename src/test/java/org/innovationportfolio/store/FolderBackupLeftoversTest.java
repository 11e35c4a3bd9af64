package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup --to FOLDER} after a backup into that folder was cut short: our own half-written files from
 * before are deleted, and nothing else in the user's folder is touched.
 */
class FolderBackupLeftoversTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;
    @TempDir
    Path usb;

    private Path file(String name, Instant modified) throws IOException {
        Path file = Files.writeString(usb.resolve(name), "half a backup");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void theNextBackupIntoTheFolderDeletesOnlyOurStaleCheckingFiles() throws IOException {
        Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
        Instant future = Instant.now().plus(1, ChronoUnit.HOURS);
        Path checking = file(".checking-portfolio-backup-2026-12-01-101500.zip", hourAgo);
        Path checkingSecond = file(".checking-portfolio-backup-2026-12-01-101500-2.zip", hourAgo);
        Path temporary = file("..checking-portfolio-backup-2026-12-01-101500.zip." + UUID.randomUUID() + ".tmp",
                hourAgo);
        // Another copy of the app writing into the same (shared) folder now: newer than this backup, left alone.
        Path someoneElses = file(".checking-portfolio-backup-2026-12-03-095959.zip", future);
        Path goodBackup = file("portfolio-backup-2026-12-01-101500.zip", hourAgo);
        Path notOurs = file(".checking-holiday-photos.zip", hourAgo);
        Path notOursEither = file(".checking-portfolio-backup-2026-12-01-101500.zip.bak", hourAgo);

        Path written;
        try (Database database = Database.open(data)) {
            database.store().writing(r -> r.projects().save(TestData.bareProject("Kept")));
            written = FolderBackup.into(database, usb, CLOCK);
        }

        assertThat(written).exists();
        assertThat(checking).doesNotExist();
        assertThat(checkingSecond).doesNotExist();
        assertThat(temporary).doesNotExist();
        assertThat(someoneElses).exists();
        assertThat(goodBackup).exists();
        assertThat(notOurs).exists();
        assertThat(notOursEither).exists();
    }
}
