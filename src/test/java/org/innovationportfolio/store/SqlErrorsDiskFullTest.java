package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.innovationportfolio.logic.DiskFullException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Derby's ways of saying the disk is full become the one plain message, never "damaged" or a bare code. */
class SqlErrorsDiskFullTest {

    static final String FULL = "There is no space left on the disk with the data folder. Nothing was changed, and no "
            + "backup or pack is damaged: free some space on that disk and try again.";

    @TempDir
    Path dataFolder;

    private RuntimeException translated(SQLException failure) {
        return SqlErrors.translate(new RuntimeException("wrapped by the transaction", failure), dataFolder);
    }

    @Test
    void derbysDiskFullStatesAreAFullDisk() {
        for (String state : new String[] {"XSDG1", "XSLA4", "XSDFI"}) {
            assertThat(translated(new SQLException("Derby says the disk is full", state)))
                    .as(state).isInstanceOf(DiskFullException.class).hasMessage(FULL);
        }
    }

    @Test
    void aDamageStateWrappingNoSpaceLeftIsAFullDiskNotDamage() {
        SQLException metaData = new SQLException("Meta-data for Container(0, 1) could not be accessed", "XSDG3",
                new IOException("No space left on device"));
        SQLException flush = new SQLException("Cannot flush the log file to disk", "XSLA0");
        flush.setNextException(new SQLException("Java exception", "XJ001",
                new FileSystemException("log2.dat", null, "No space left on device")));

        assertThat(translated(metaData)).isInstanceOf(DiskFullException.class).hasMessage(FULL);
        assertThat(translated(flush)).isInstanceOf(DiskFullException.class).hasMessage(FULL);
    }

    @Test
    void realDamageIsStillDamageAndAMissingLogIsNotAFullDisk() {
        assertThat(translated(new SQLException("Invalid checksum on Page", "XSDG3")))
                .isNotInstanceOf(DiskFullException.class).hasMessageContaining("damaged");
        assertThat(translated(new SQLException("Cannot find log file", "XSLAB")))
                .isNotInstanceOf(DiskFullException.class).hasMessageContaining("damaged");
        assertThat(translated(new SQLException("Container was opened in read-only mode", "40XD1")))
                .isNotInstanceOf(DiskFullException.class);
    }
}
