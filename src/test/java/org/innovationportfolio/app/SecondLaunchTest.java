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

/**
 * The window in one JVM, second launches in others, all started the way the jar is: a second launch with a
 * pack hands it to the window and ends with 0; with nothing, it brings the window forward; a command is still
 * refused while the window holds the data folder. The window's log shows what it was asked.
 */
class SecondLaunchTest {

    private static final long GUARD_SECONDS = 120;

    @TempDir
    Path temp;

    @Test
    void aSecondLaunchHandsItsPackToTheOpenWindowAndCommandsAreStillRefused() throws Exception {
        Path data = temp.resolve("data");
        assertThat(Cli.on(data).run("sample", "load").exitCode()).isZero();
        Path pack = temp.resolve("from Sam – Überblick.ippack");
        assertThat(Cli.on(data).run("pack", "export", "--out", pack.toString(), "--sender", "Sam Patel")
                .exitCode()).isZero();

        Process window = start(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"),
                "window", "--data-dir", data.toString());
        try {
            Path token = data.resolve(Handoff.FOLDER).resolve(Handoff.TOKEN);
            awaitTrue(() -> Files.exists(token) || !window.isAlive(), "the window listens");
            assertThat(window.isAlive()).as(output("window")).isTrue();

            ChildRun handed = run("handed", "--data-dir", data.toString(), pack.toString());
            assertThat(handed.exitCode()).as(handed.toString()).isZero();
            assertThat(handed.out()).contains("Innovation Portfolio is already open: " + pack.getFileName()
                    + " is shown there.");

            ChildRun forward = run("forward", "--data-dir", data.toString());
            assertThat(forward.exitCode()).as(forward.toString()).isZero();
            assertThat(forward.out()).contains("its window was brought forward");

            ChildRun command = run("command", "--data-dir", data.toString(), "portfolio", "list", "--format", "json");
            assertThat(command.exitCode()).as(command.toString()).isEqualTo(1);
            assertThat(command.err()).contains("Innovation Portfolio is already open on this data folder")
                    .contains("Close the other window first.");
            assertThat(command.out()).isEmpty();

            Path log = LogSetup.logFile(data);
            awaitTrue(() -> Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8)
                    .contains("The window was asked to open the pack " + pack), "the window opens the pack");
            awaitTrue(() -> Files.readString(log, StandardCharsets.UTF_8).contains("The window was asked to come forward"),
                    "the window comes forward");
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).doesNotContain("Refused a message");
        } finally {
            window.destroy();
            if (!window.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)) {
                window.destroyForcibly();
            }
        }
    }

    private Process start(List<String> jvmOptions, String name, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ChildProcesses.javaCommand());
        command.add("-D" + QuietLogConfigurator.PRODUCTION_PROPERTY + "=true");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", ChildProcesses.classpathOfThisJvm(), Launcher.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(temp.toFile())
                .redirectOutput(temp.resolve(name + "-out.txt").toFile())
                .redirectError(temp.resolve(name + "-err.txt").toFile()).start();
    }

    private ChildRun run(String name, String... args) throws Exception {
        Process process = start(List.of(), name, args);
        if (!process.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The second launch did not finish in " + GUARD_SECONDS + " s");
        }
        return new ChildRun(process.exitValue(), Files.readString(temp.resolve(name + "-out.txt")),
                Files.readString(temp.resolve(name + "-err.txt")));
    }

    private String output(String name) throws Exception {
        return Files.readString(temp.resolve(name + "-out.txt")) + Files.readString(temp.resolve(name + "-err.txt"));
    }

    /** Waits until {@code condition} holds; the limit only stops a broken run from hanging. */
    private void awaitTrue(Condition condition, String what) throws Exception {
        java.util.function.Supplier<String> describe = () -> {
            try {
                Path log = LogSetup.logFile(temp.resolve("data"));
                return "\nThe window's log:\n" + (Files.exists(log) ? Files.readString(log) : "(none)")
                        + "\nIts output:\n" + output("window");
            } catch (Exception e) {
                return e.toString();
            }
        };
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not seen in " + GUARD_SECONDS + " s: " + what + describe.get());
            }
            Thread.sleep(100);
        }
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private record ChildRun(int exitCode, String out, String err) {
    }
}
