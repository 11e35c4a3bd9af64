package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup --to FOLDER} through the launcher, on a real database and real folders. */
class BackupToFolderTest {

    @TempDir
    Path temp;

    private Path data;
    private Cli cli;
    private Path stick;

    @BeforeEach
    void setUp() throws Exception {
        data = temp.resolve("data");
        cli = Cli.on(data);
        stick = Files.createDirectory(temp.resolve("usb-stick"));
        assertThat(cli.run("sample", "load").exitCode()).isZero();
    }

    @Test
    void writesADatedCheckedOwnerOnlyBackupThatRestores() throws Exception {
        byte[] before = cli.run("portfolio", "list", "--format", "json").outBytes();

        Cli.Result result = cli.run("backup", "--to", stick.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Path written = stick.resolve("portfolio-backup-" + Cli.TODAY + "-120000.zip");
        assertThat(names()).containsExactly(written.getFileName().toString());
        assertThat(result.out()).contains(written.toString()).contains("checked");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-------");
        }
        assertThat(cli.run("restore", written.toString()).exitCode()).isZero();
        assertThat(cli.run("portfolio", "list", "--format", "json").outBytes()).isEqualTo(before);
    }

    @Test
    void aSecondBackupInTheSameSecondGetsItsOwnName() throws Exception {
        assertThat(cli.run("backup", "--to", stick.toString()).exitCode()).isZero();
        assertThat(cli.run("backup", "--to", stick.toString()).exitCode()).isZero();

        assertThat(names()).containsExactly("portfolio-backup-" + Cli.TODAY + "-120000-2.zip",
                "portfolio-backup-" + Cli.TODAY + "-120000.zip");
    }

    @Test
    void aMissingFolderIsRefusedInPlainEnglish() {
        Path missing = temp.resolve("not-plugged-in");

        Cli.Result result = cli.run("backup", "--to", missing.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("The folder " + missing + " does not exist").doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aFileInsteadOfAFolderIsRefused() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "mine");

        Cli.Result result = cli.run("backup", "--to", file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("is a file, not a folder");
        assertThat(file).hasContent("mine");
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefusedAndLeftEmpty() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(stick, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(stick), "running as a user who can write anywhere (root)");

            Cli.Result result = cli.run("backup", "--to", stick.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("You do not have permission to write to the folder " + stick)
                    .doesNotContain("\tat ");
            assertThat(names()).isEmpty();
        } finally {
            Files.setPosixFilePermissions(stick, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFolderInsideTheDataFolderIsRefused() throws Exception {
        Path inside = Files.createDirectories(data.resolve("mine"));

        Cli.Result result = cli.run("backup", "--to", inside.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("inside the data folder");
        try (Stream<Path> files = Files.list(inside)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void outAndToTogetherOrNeitherIsAUsageError() {
        Cli.Result both = cli.run("backup", "--to", stick.toString(), "--out", temp.resolve("b.zip").toString());
        Cli.Result neither = cli.run("backup");

        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("--out").contains("--to");
    }

    @Test
    void theHelpDescribesTo() {
        Cli.Result help = cli.run("backup", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--to=FOLDER").contains("checked");
    }

    private java.util.List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(stick)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
