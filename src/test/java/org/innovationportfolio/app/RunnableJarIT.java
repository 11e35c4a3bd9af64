package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, started as a user starts it ({@code java -jar}), on a machine with no display:
 * subcommands work headless and never load a JavaFX class.
 */
class RunnableJarIT {

    private static final Path JAR = Path.of("target", "innovation-portfolio.jar");

    @TempDir
    Path work;

    private record Run(int exitCode, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-verbose:class");
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.redirectOutput(work.resolve("out.txt").toFile());
        builder.redirectError(work.resolve("err.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the jar finished").isTrue();
        return new Run(process.exitValue(),
                Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsTheAppNameWithoutJavaFx() throws Exception {
        Run run = java("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Innovation Portfolio");
        assertThat(run.out()).doesNotContain("javafx.");
    }

    @Test
    void subcommandsRunHeadlessAndNeverLoadJavaFx() throws Exception {
        Path data = work.resolve("data");
        Run load = java("--data-dir", data.toString(), "sample", "load");
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).doesNotContain("javafx.");

        Run list = java("--data-dir", data.toString(), "portfolio", "list", "--format", "json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("\"stage\"").doesNotContain("javafx.");
        assertThat(work.resolve("derby.log")).doesNotExist();
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Run run = java("no-such-command");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
