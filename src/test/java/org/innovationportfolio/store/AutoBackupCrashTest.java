package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A crash while an automatic backup is written (a child JVM killed at each point where a file exists and is not
 * yet a checked backup) leaves nothing counted as a good backup, and the next start deletes what it left.
 * The child says when it has reached the point and waits there: nothing depends on timing.
 */
class AutoBackupCrashTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(AutoBackups.Checkpoint.class)
    void aBackupKilledHalfWayIsNeverCountedAndItsFilesAreDeletedAtTheNextStart(AutoBackups.Checkpoint killedAt)
            throws Exception {
        try (Database database = Database.open(folder)) {
            database.store().writing(r -> r.projects().save(TestData.fullProject("Private note inside")));
        }

        List<String> said = runUntilKilled(killedAt);

        assertThat(said).contains(AutoBackupChild.REACHED + killedAt).doesNotContain("finished");
        assertThat(names()).as("a file was left half-way").anyMatch(n -> n.startsWith(AutoBackups.CHECKING_PREFIX))
                .noneMatch(n -> n.startsWith(AutoBackups.AUTOMATIC_PREFIX));
        Path stale = Files.writeString(folder.resolve("backups").resolve("." + AutoBackups.CHECKING_PREFIX
                + "auto-2025-03-03-091200.zip.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "half a zip");

        try (Database database = Database.open(folder)) {
            assertThat(stale).doesNotExist();
            assertThat(names()).as("the next start deletes what the crash left").isEmpty();
            MovableClock clock = new MovableClock(Instant.parse("2025-03-03T10:00:00Z"), ZoneId.of("Europe/London"));
            AutoBackups backups = new AutoBackups(database, clock);
            assertThat(backups.list()).isEmpty();
            assertThat(backups.lastGood()).isEmpty();
            assertThat(backups.backUpAtStart().written()).as("the day's backup is taken again").isPresent();
        }
    }

    private List<String> runUntilKilled(AutoBackups.Checkpoint killedAt) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), AutoBackupChild.class.getName(), folder.toString(),
                killedAt.name());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.equals(AutoBackupChild.REACHED + killedAt)) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                    break;
                }
            }
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }
        return lines;
    }

    private List<String> names() throws IOException {
        Path backups = folder.resolve("backups");
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
