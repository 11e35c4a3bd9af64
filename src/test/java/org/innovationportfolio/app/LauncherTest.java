package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path temp;

    @Test
    void versionPrintsTheApplicationNameAndVersion() {
        Cli.Result result = Cli.bare("--version");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).matches("Innovation Portfolio \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Cli.Result result = Cli.bare("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--data-dir", "sample", "catalogue", "portfolio", "backup", "restore",
                "Exit codes");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void helpOfASubcommandShowsItsOptions() {
        Cli.Result result = Cli.bare("portfolio", "list", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--format", "--out");
    }

    @Test
    void versionAndHelpDoNotCreateTheDataFolder() {
        Path folder = temp.resolve("never-made");

        Cli.on(folder).run("--version");
        Cli.on(folder).run("--help");

        assertThat(folder).doesNotExist();
    }

    @Test
    void unknownCommandIsAUsageErrorWithAHint() {
        Cli.Result result = Cli.on(temp.resolve("data")).run("frobnicate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("frobnicate").contains("--help");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownFormatIsAUsageErrorListingTheValidValues() {
        Cli.Result result = Cli.on(temp.resolve("data")).run("portfolio", "list", "--format", "xml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("xml").contains("csv").contains("json");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void missingFormatIsAUsageError() {
        Cli.Result result = Cli.on(temp.resolve("data")).run("catalogue", "export");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--format");
    }

    @Test
    void aGroupWithoutItsSubcommandIsAUsageError() {
        Cli.Result result = Cli.on(temp.resolve("data")).run("sample");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("subcommand");
    }

    @Test
    void aBadTodayVariableIsRefusedWithTheExpectedForm() {
        Cli.Result result = Cli.on(temp.resolve("data")).withEnv(Launcher.TODAY_VARIABLE, "23/11/2026")
                .run("portfolio", "list", "--format", "json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("YYYY-MM-DD");
    }

    @Test
    void commandsLeaveNoDerbyLogInTheWorkingDirectory() {
        Path data = temp.resolve("data");
        Cli.on(data).run("sample", "load");
        Cli.on(data).run("portfolio", "list", "--format", "json");
        Cli.on(data).run("catalogue", "export", "--format", "csv");

        assertThat(Path.of("derby.log")).doesNotExist();
        assertThat(data.resolve("logs").resolve(LogSetup.LOG_FILE)).exists();
    }

    @Test
    void dataDirMayComeAfterTheSubcommand() {
        Path data = temp.resolve("after");

        Cli.Result result = Cli.bare("sample", "load", "--data-dir", data.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains(data.toString());
        assertThat(Files.isDirectory(data)).isTrue();
    }
}
