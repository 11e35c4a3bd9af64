package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path temp;

    @Test
    void optionWinsOverTheEnvironmentVariable() {
        Path chosen = DataFolder.choose(temp.resolve("option"), Map.of(DataFolder.HOME_VARIABLE, temp.resolve("env").toString()));

        assertThat(chosen).isEqualTo(temp.resolve("option"));
    }

    @Test
    void environmentVariableWinsOverTheOsDefault() {
        Path chosen = DataFolder.choose(null, Map.of(DataFolder.HOME_VARIABLE, temp.resolve("env").toString()));

        assertThat(chosen).isEqualTo(temp.resolve("env"));
    }

    @Test
    void environmentVariableIsUsedByCommands() {
        Path home = temp.resolve("from-env");

        Cli.Result result = Cli.withoutDataDir().withEnv(DataFolder.HOME_VARIABLE, home.toString()).run("sample", "load");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains(home.toString());
    }

    @Test
    void osDefaultsFollowEachPlatformsConvention() {
        assertThat(DataFolder.osDefault("Linux", Map.of(), "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/innovation-portfolio"));
        assertThat(DataFolder.osDefault("Linux", Map.of("XDG_DATA_HOME", "/data/ann"), "/home/ann"))
                .isEqualTo(Path.of("/data/ann/innovation-portfolio"));
        assertThat(DataFolder.osDefault("Linux", Map.of("XDG_DATA_HOME", "relative/ignored"), "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/innovation-portfolio"));
        assertThat(DataFolder.osDefault("Mac OS X", Map.of(), "/Users/ann"))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Innovation Portfolio"));
        assertThat(DataFolder.osDefault("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/ann/AppData/Local"), "/c/Users/ann"))
                .isEqualTo(Path.of("/c/Users/ann/AppData/Local/InnovationPortfolio"));
    }

    @Test
    void onWindowsTheDataLivesInLocalAppDataWithSpacesAndLettersBeyondAscii() {
        Map<String, String> env = Map.of("LOCALAPPDATA", "/c/Users/Zoë Ann/AppData/Local");

        assertThat(DataFolder.choose(null, env, "Windows 10", "/c/Users/Zoë Ann"))
                .isEqualTo(Path.of("/c/Users/Zoë Ann/AppData/Local", "InnovationPortfolio"));
        // No LOCALAPPDATA (a stripped-down environment): the same folder under the user's home.
        assertThat(DataFolder.choose(null, Map.of("LOCALAPPDATA", " "), "Windows 11", "/c/Users/Zoë Ann"))
                .isEqualTo(Path.of("/c/Users/Zoë Ann", "AppData", "Local", "InnovationPortfolio"));
        // The option and INNOVATION_PORTFOLIO_HOME still come first.
        assertThat(DataFolder.choose(null, Map.of("LOCALAPPDATA", "/c/x", DataFolder.HOME_VARIABLE, "/d/ip"),
                "Windows 11", "/c/Users/ann")).isEqualTo(Path.of("/d/ip"));
    }

    @Test
    void aDataFolderWithSpacesAndLettersBeyondAsciiWorksForEveryCommand() throws Exception {
        Path data = temp.resolve("Zoë's data – März 2026");
        Path pack = temp.resolve("Pack für Zoë – 1.ippack");

        assertThat(Cli.on(data).run("sample", "load").exitCode()).isZero();
        assertThat(Cli.on(data).run("pack", "export", "--out", pack.toString(), "--sender", "Zoë").exitCode()).isZero();
        Cli.Result imported = Cli.on(temp.resolve("Ämter data")).run("pack", "import", pack.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(Cli.on(temp.resolve("Ämter data")).run("portfolio", "list", "--format", "csv").out())
                .contains("Mockingbird");
    }

    @Test
    void newFolderIsPrivateToItsOwner() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path folder = temp.resolve("a").resolve("portfolio");

        DataFolder.prepare(folder);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    void dataDirThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder.txt"), "x");

        Cli.Result result = Cli.on(file).run("portfolio", "list", "--format", "json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(file + " is a file, not a folder. Choose a folder with --data-dir.");
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void dataDirThatCannotBeCreatedIsRefused() throws Exception {
        // A regular file as the parent: creation fails even for root, who ignores permissions.
        Path file = Files.writeString(temp.resolve("plain-file"), "x");
        Path impossible = file.resolve("portfolio");

        Cli.Result result = Cli.on(impossible).run("sample", "load");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Innovation Portfolio cannot write to " + impossible)
                .contains("Choose a folder you can write to with --data-dir, or fix its permissions.");
        assertThat(result.err()).doesNotContain("\tat ");
    }

    @Test
    void readOnlyDataDirIsRefused() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path folder = Files.createDirectory(temp.resolve("read-only"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        // Root writes regardless of permission bits, so only a real user can see this refusal.
        assumeTrue(!Files.isWritable(folder), "not running as root");
        try {
            Cli.Result result = Cli.on(folder).run("sample", "load");

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("cannot write to " + folder);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
