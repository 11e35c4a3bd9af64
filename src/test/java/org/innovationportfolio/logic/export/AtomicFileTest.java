package org.innovationportfolio.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.innovationportfolio.logic.RefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path temp;

    @Test
    void aFailedWriteLeavesNoFile() {
        Path target = temp.resolve("export.json");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("{\"half\": ".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(RefusedException.class).hasMessageContaining("disk full").hasMessageContaining("Nothing was written");

        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void aFailedWriteLeavesTheEarlierFileAsItWas() throws Exception {
        Path target = Files.writeString(temp.resolve("export.csv"), "earlier");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("later".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("broken");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(target)).isEqualTo("earlier");
        assertThat(temp).isDirectoryContaining(p -> true).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aSuccessfulWriteReplacesTheFileWhole() throws Exception {
        Path target = Files.writeString(temp.resolve("export.csv"), "a much longer earlier content");

        AtomicFile.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(temp).isDirectoryNotContaining("glob:**.tmp");
    }
}
