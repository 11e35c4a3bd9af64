package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.innovationportfolio.logic.DiskFullException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk under the folder {@code backup --to} writes into is said as that, naming that folder (not the data
 * folder) and about how much space a backup needs, not as a damaged backup or a bare error.
 */
class FolderBackupDiskFullTest {

    @TempDir
    Path data;

    @Test
    void aFullDiskUnderTheChosenFolderIsSaidAsSuch() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs Linux's /dev/full");
        Throwable fromTheDisk = catchThrowable(() -> {
            try (OutputStream device = Files.newOutputStream(full)) {
                device.write(new byte[64 * 1024]);
            }
        });
        assertThat(fromTheDisk).isInstanceOf(IOException.class);
        // As the backup writer reports it: a full disk, worded for the data folder.
        Exception asTheWriterSaysIt = new DiskFullException(0, fromTheDisk);
        Path stick = Path.of("/media/usb-stick");

        try (Database database = Database.open(data)) {
            database.store().writing(r -> r.projects().save(TestData.fullProject("Bus shelters")));
            String said = FolderBackup.refusalFor(asTheWriterSaysIt, stick, database).getMessage();

            assertThat(said).startsWith("There is no space left on the disk with the folder " + stick + " (about ")
                    .containsPattern("\\(about \\d+ MB needed\\)")
                    .doesNotContain("data folder").doesNotContain("damaged");
        }
    }
}
