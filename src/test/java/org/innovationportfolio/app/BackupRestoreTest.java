package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore} through the launcher, on a real database. */
class BackupRestoreTest {

    @TempDir
    Path temp;

    private Path data;
    private Cli cli;
    private Path backup;

    @BeforeEach
    void setUp() {
        data = temp.resolve("data");
        cli = Cli.on(data);
        backup = temp.resolve("portfolio.backup");
        assertThat(cli.run("sample", "load").exitCode()).isZero();
    }

    @Test
    void backupSaysWhereAndHowBig() {
        Cli.Result result = cli.run("backup", "--out", backup.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains(backup.toString()).containsPattern("\\(\\d+(\\.\\d)? (MB|KB|bytes)\\)");
        assertThat(backup).isNotEmptyFile();
        assertThat(temp).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void backupIntoAMissingFolderIsRefusedAndLeavesNoFile() {
        Path target = temp.resolve("no-such-folder").resolve("portfolio.backup");

        Cli.Result result = cli.run("backup", "--out", target.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isNotBlank().doesNotContain("\tat ");
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void restoreBringsBackExactlyWhatWasBackedUp() {
        byte[] before = listJson();
        assertThat(cli.run("backup", "--out", backup.toString()).exitCode()).isZero();
        deleteOneProject();
        assertThat(listJson()).isNotEqualTo(before);

        Cli.Result restored = cli.run("restore", backup.toString());

        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        assertThat(restored.out()).startsWith("Restored ").contains(backup.toString());
        assertThat(listJson()).isEqualTo(before);
    }

    @Test
    void restoreOfATruncatedBackupIsRefusedAndChangesNothing() throws Exception {
        cli.run("backup", "--out", backup.toString());
        byte[] whole = Files.readAllBytes(backup);
        Path truncated = Files.write(temp.resolve("truncated.backup"), Arrays.copyOf(whole, whole.length / 2));
        deleteOneProject();

        assertRefusedAndUnchanged(truncated);
    }

    @Test
    void restoreOfATamperedBackupIsRefusedAndChangesNothing() throws Exception {
        cli.run("backup", "--out", backup.toString());
        byte[] bytes = Files.readAllBytes(backup);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64 && i < bytes.length; i++) {
            bytes[i] ^= 0x5A;
        }
        Path tampered = Files.write(temp.resolve("tampered.backup"), bytes);
        deleteOneProject();

        assertRefusedAndUnchanged(tampered);
    }

    @Test
    void restoreOfAForeignFileIsRefusedAndChangesNothing() throws Exception {
        Path foreign = Files.writeString(temp.resolve("notes.txt"), "Minutes of the improvement board\n");

        assertRefusedAndUnchanged(foreign);
    }

    @Test
    void restoreOfAMissingFileIsRefused() {
        Cli.Result result = cli.run("restore", temp.resolve("nothing-here.backup").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("nothing-here.backup");
    }

    private void assertRefusedAndUnchanged(Path badFile) {
        byte[] before = listJson();

        Cli.Result result = cli.run("restore", badFile.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).isNotBlank().doesNotContain("\tat ");
        assertThat(listJson()).isEqualTo(before);
    }

    private byte[] listJson() {
        Cli.Result result = cli.run("portfolio", "list", "--format", "json");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result.outBytes();
    }

    private void deleteOneProject() {
        try (Database database = Database.open(data)) {
            database.store().writing(repositories -> {
                UUID first = repositories.projects().findAll().get(0).id();
                assertThat(repositories.projects().delete(first)).isTrue();
            });
        }
    }
}
