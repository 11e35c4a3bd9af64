package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.innovationportfolio.logic.AlreadyOpenException;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing has no visible delay: the exit backup is written after JavaFX has stopped (no window, not even a "Saving
 * a backup…" one, is left on screen), while the process keeps the data folder locked until the backup is checked
 * and named. The child waits for the test at the start of the exit backup: nothing depends on timing.
 */
class ExitBackupTest {

    @TempDir
    Path dataFolder;

    @Test
    void theExitBackupIsWrittenAfterJavaFxHasStoppedWithTheFolderStillLocked() throws Exception {
        Process child = new ProcessBuilder(HeadlessJava.command(ExitBackupProcess.class,
                List.of(dataFolder.toString()))).redirectErrorStream(true).start();
        List<String> printed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8)); Writer in = new OutputStreamWriter(child.getOutputStream(),
                        StandardCharsets.UTF_8)) {
            String began = readUntil(out, ExitBackupProcess.BEGAN, printed);
            assertThat(began).as("the exit backup began; the child printed:%n%s", String.join("\n", printed))
                    .isEqualTo(ExitBackupProcess.BEGAN + "false");
            assertThatThrownBy(() -> Database.claim(dataFolder).close())
                    .as("a second launch cannot start while the exit backup is written")
                    .isInstanceOf(AlreadyOpenException.class);
            assertThat(automaticBackups()).isEmpty();

            in.write(ExitBackupProcess.GO + "\n");
            in.flush();
            readUntil(out, ExitBackupProcess.RETURNED, printed);
            assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        assertThat(child.exitValue()).as(String.join("\n", printed)).isZero();
        assertThat(automaticBackups()).hasSize(1).allMatch(name -> name.startsWith("auto-") && name.endsWith(".zip"));
        try (Database reopened = Database.open(dataFolder)) {
            List<?> projects = reopened.store().read(r -> r.projects().findAll());
            assertThat(projects).hasSize(3);
        }
    }

    private static String readUntil(BufferedReader out, String prefix, List<String> printed) throws Exception {
        String line;
        while ((line = out.readLine()) != null) {
            printed.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    private List<String> automaticBackups() throws Exception {
        Path backups = dataFolder.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
