package org.innovationportfolio.logic.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.innovationportfolio.logic.DiskFullException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restore, undo and pack import all copy entries out of a zip: when the disk they are written to is full, that
 * is said, not that the entry is damaged.
 */
class SafeZipReaderDiskFullTest {

    @TempDir
    Path folder;

    @Test
    void anEntryCopiedToAFullDeviceIsAFullDiskNotADamagedEntry() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs Linux's /dev/full");
        byte[] content = new byte[3_500_000];
        new Random(3).nextBytes(content);
        Path zip = folder.resolve("backup.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("db/seg0/c10.dat"));
            out.write(content);
            out.closeEntry();
        }

        Throwable thrown;
        try (SafeZipReader reader = SafeZipReader.open(zip, ZipLimits.PACK); OutputStream device = Files.newOutputStream(full)) {
            thrown = catchThrowable(() -> reader.copyTo("db/seg0/c10.dat", device));
        }

        assertThat(thrown).isInstanceOf(DiskFullException.class)
                .hasMessageStartingWith("There is no space left on the disk with the data folder (4 MB needed).")
                .hasMessageNotContaining("entry");
    }
}
