package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, started with {@code java -jar} exactly as the command-line contract says. */
class LauncherJarIT {

    private static final Path JAR = Path.of("target", "innovation-portfolio.jar").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void jarPrintsItsVersionFromTheBuild() throws Exception {
        Run run = java("--version");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).matches("Innovation Portfolio \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jarLoadsTheSampleAndListsItHeadlessWithNothingInTheWorkingDirectory() throws Exception {
        Path data = temp.resolve("data");

        Run load = java("--data-dir", data.toString(), "sample", "load");
        Run list = java("portfolio", "list", "--format", "json", "--data-dir", data.toString());

        assertThat(load.exitCode()).as(load.toString()).isZero();
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).startsWith("[\n").contains("\"financialYear\"");
        assertThat(load.err() + list.err()).isEmpty();
        assertThat(temp.resolve("work")).isEmptyDirectory();
        assertThat(data.resolve("logs").resolve(LogSetup.LOG_FILE)).exists();
    }

    @Test
    void jarReportsUsageErrorsWithExitCodeTwo() throws Exception {
        Run run = java("portfolio", "list", "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("csv, json");
    }

    private Run java(String... args) throws Exception {
        Path work = Files.createDirectories(temp.resolve("work"));
        List<String> command = new ArrayList<>(List.of(ChildProcesses.javaCommand(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar did not finish in 120 s: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String err) {
    }
}
