package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as a real second JVM, started the way the jar is. */
class SecondProcessTest {

    @TempDir
    Path temp;

    @Test
    void aSecondCopyOnTheSameDataFolderIsRefusedAndTheFirstKeepsWorking() throws Exception {
        Path data = temp.resolve("data");
        assertThat(Cli.on(data).run("sample", "load").exitCode()).isZero();

        try (Database first = Database.open(data)) {
            ChildRun second = launch(List.of(), "--data-dir", data.toString(), "portfolio", "list", "--format", "json");

            assertThat(second.exitCode()).as(second.toString()).isEqualTo(1);
            assertThat(second.err()).contains("already open").contains("Close the other window first.")
                    .doesNotContain("\tat ");
            assertThat(second.out()).isEmpty();
            int projects = first.store().read(repositories -> repositories.projects().count());
            assertThat(projects).isPositive();
        }
        assertThat(Cli.on(data).run("portfolio", "list", "--format", "json").exitCode()).isZero();
    }

    @Test
    void theCommandLineNeverLoadsJavaFx() throws Exception {
        Path data = temp.resolve("data");

        ChildRun run = launch(List.of("-Xlog:class+load=info:file=" + temp.resolve("classes.txt")),
                "--data-dir", data.toString(), "sample", "load");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        String loaded = Files.readString(temp.resolve("classes.txt"));
        assertThat(loaded).contains("org.innovationportfolio.app.Launcher").doesNotContain(" javafx.");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void withNoCommandTheWindowOpensOnTheDataFolderAndClosesCleanly() throws Exception {
        Path data = temp.resolve("data");
        assertThat(Cli.on(data).run("sample", "load").exitCode()).isZero();

        // Monocle's headless glass stands in for a display; the bench variable closes the window once painted.
        ChildRun run = launch(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"),
                Map.of(BenchCommand.FIRST_SHOWN_VARIABLE, "1"), "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains(BenchCommand.FIRST_SHOWN_MARKER);
        // The window closed the database properly: the command line can open it straight away.
        assertThat(Cli.on(data).run("portfolio", "list", "--format", "json").exitCode()).isZero();
    }

    private ChildRun launch(List<String> jvmOptions, String... args) throws Exception {
        return launch(jvmOptions, Map.of(), args);
    }

    private ChildRun launch(List<String> jvmOptions, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.javaCommand());
        // As the jar would: the production logging set-up, not the tests' logback-test.xml on this classpath.
        command.add("-D" + QuietLogConfigurator.PRODUCTION_PROPERTY + "=true");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", ChildProcesses.classpathOfThisJvm(), Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = temp.resolve("child-out.txt");
        Path err = temp.resolve("child-err.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(temp.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The second JVM did not finish in 120 s");
        }
        return new ChildRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record ChildRun(int exitCode, String out, String err) {
    }
}
