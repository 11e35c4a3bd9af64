package org.innovationportfolio.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.innovationportfolio.logic.RefusedException;

/**
 * Starts and times child JVMs for {@code bench}, from just before {@link ProcessBuilder#start()}
 * to the process's exit or a marker line on its output; their folders are deleted on close.
 */
final class ChildProcesses implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 120;

    /** One timed child run. */
    @FunctionalInterface
    interface TimedRun {
        double seconds();
    }

    private final Path work;
    private int folders;

    private ChildProcesses(Path work) {
        this.work = work;
    }

    static ChildProcesses inTemporaryFolder() throws IOException {
        return new ChildProcesses(Files.createTempDirectory("innovation-portfolio-bench-"));
    }

    /** The java this JVM was started with, so children run on the same runtime. */
    static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static String classpathOfThisJvm() {
        return System.getProperty("java.class.path");
    }

    String java() {
        return javaCommand();
    }

    String classpath() {
        return classpathOfThisJvm();
    }

    /** A new, not yet created folder: the application creates it, as on first use. */
    Path newFolder() {
        folders++;
        return work.resolve("data-" + folders);
    }

    /** Seconds from start to exit; a non-zero exit is a failure. */
    double untilExit(List<String> command) {
        return untilExit(command, Map.of());
    }

    /** As {@link #untilExit(List)}, with these variables added to the child's environment. */
    double untilExit(List<String> command, Map<String, String> environment) {
        return untilExit(command, environment, TIMEOUT_SECONDS);
    }

    /** As {@link #untilExit(List, Map)}, giving up after {@code timeoutSeconds}. */
    double untilExit(List<String> command, Map<String, String> environment, long timeoutSeconds) {
        Path errors = errorFile();
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile());
        builder.environment().putAll(environment);
        try {
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw failed(command, "did not finish in " + timeoutSeconds + " s", errors);
            }
            long end = System.nanoTime();
            if (process.exitValue() != 0) {
                throw failed(command, "exit code " + process.exitValue(), errors);
            }
            return (end - start) / 1e9;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefusedException("Interrupted.", e);
        }
    }

    /** Seconds from start to the marker line on standard output; the child is then left to close, or stopped. */
    double untilMarker(List<String> command, Map<String, String> environment, String marker) {
        Path errors = errorFile();
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        builder.environment().putAll(environment);
        Process process = null;
        try {
            long start = System.nanoTime();
            process = builder.start();
            Process child = process;
            // Read on the common pool so a child that never prints the marker can be timed out.
            Long seen = CompletableFuture.supplyAsync(() -> nanosAtMarker(child, marker))
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (seen == null) {
                process.waitFor(5, TimeUnit.SECONDS);
                throw failed(command, "exited without showing a window", errors);
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            return (seen - start) / 1e9;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TimeoutException e) {
            throw failed(command, "showed no window in " + TIMEOUT_SECONDS + " s", errors);
        } catch (ExecutionException e) {
            throw failed(command, "could not be read: " + e.getCause(), errors);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefusedException("Interrupted.", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * Runs a window child that closes itself after a change: seconds from the line saying the close was requested to
     * the line saying the window was hidden, and to the process's exit (which waits for the exit backup).
     */
    double[] closeTimes(List<String> command, Map<String, String> environment, String requested, String hidden) {
        Path errors = errorFile();
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        builder.environment().putAll(environment);
        Process process = null;
        try {
            process = builder.start();
            Process child = process;
            long[] seen = CompletableFuture.supplyAsync(() -> {
                long[] at = {0, 0};
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.contains(requested)) {
                            at[0] = System.nanoTime();
                        } else if (line.contains(hidden) && at[1] == 0) {
                            at[1] = System.nanoTime();
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return at;
            }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw failed(command, "did not exit", errors);
            }
            long exited = System.nanoTime();
            if (seen[0] == 0 || seen[1] == 0 || process.exitValue() != 0) {
                throw failed(command, "did not close as asked (exit code " + process.exitValue() + ")", errors);
            }
            return new double[] {(seen[1] - seen[0]) / 1e9, (exited - seen[0]) / 1e9};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TimeoutException e) {
            throw failed(command, "did not close in " + TIMEOUT_SECONDS + " s", errors);
        } catch (ExecutionException e) {
            throw failed(command, "could not be read: " + e.getCause(), errors);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefusedException("Interrupted.", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    private static Long nanosAtMarker(Process process, String marker) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.contains(marker)) {
                    return System.nanoTime();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path errorFile() {
        try {
            return Files.createTempFile(work, "stderr-", ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RefusedException failed(List<String> command, String what, Path errors) {
        String tail;
        try {
            String text = Files.readString(errors, StandardCharsets.UTF_8).strip();
            tail = text.isEmpty() ? "" : " Its last error output: " + text.substring(Math.max(0, text.length() - 600));
        } catch (IOException e) {
            tail = "";
        }
        String args = String.join(" ", command.subList(Math.min(3, command.size()), command.size()));
        return new RefusedException("The child run '" + args + "' " + what + "." + tail);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> paths = Files.walk(work)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
