package org.innovationportfolio.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.innovationportfolio.logic.RefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}, for developers: whole-process wall-clock figures, each the median of several
 * child JVMs started with this JVM's java and classpath, as a user would start the jar.
 */
@Command(name = "bench", hidden = true, description = "For developers: times whole processes (start-up, sample load, "
        + "portfolio list, first window against a bare JavaFX window and a plain TableView window) as medians of child JVM runs.")
final class BenchCommand implements Callable<Integer> {

    /** When set, the application's window prints {@link #FIRST_SHOWN_MARKER} once painted, then closes. */
    static final String FIRST_SHOWN_VARIABLE = "INNOVATION_PORTFOLIO_BENCH_FIRST_SHOWN";
    /** With {@link #FIRST_SHOWN_VARIABLE}: the window changes one project, then closes (for the exit backup). */
    static final String CLOSE_AFTER_CHANGE_VARIABLE = "INNOVATION_PORTFOLIO_BENCH_CLOSE_AFTER_CHANGE";
    static final String CLOSE_REQUESTED_MARKER = "innovation-portfolio: close requested";
    static final String WINDOW_HIDDEN_MARKER = "innovation-portfolio: window hidden";
    /** The line a child prints when its first window has been painted. */
    static final String FIRST_SHOWN_MARKER = "innovation-portfolio: first window shown";

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Timed runs per figure (default 5).")
    private int runs;

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N", description = "Untimed runs first (default 1).")
    private int warmups;

    @Option(names = "--windows-only", description = "Only the first-window figures (needs a display).")
    private boolean windowsOnly;

    @Option(names = "--backups", description = "Only the automatic-backup figures: time the start and exit backups take "
            + "for the sample and for 1,000 projects.")
    private boolean backupsOnly;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        if (runs < 1 || warmups < 0) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 1 and --warmup at least 0.");
        }
        try (ChildProcesses children = ChildProcesses.inTemporaryFolder()) {
            context.out().println(AppVersion.banner() + ": whole-process wall-clock, median of " + runs + " run"
                    + (runs == 1 ? "" : "s") + " after " + warmups + " warm-up" + (warmups == 1 ? "" : "s") + ".");
            context.out().println("java: " + children.java() + " (" + Runtime.version() + "), "
                    + Runtime.getRuntime().availableProcessors() + " processors");

            if (backupsOnly) {
                new BackupBenchmark(context.out(), runs).run(children);
                String missing = missingDisplay();
                if (missing != null) {
                    context.out().println("Closing figures skipped: " + missing);
                } else {
                    new BackupBenchmark(context.out(), runs).closing(children, launcher(List.of()));
                }
                return 0;
            }
            if (!windowsOnly) {
                report("--version", measure(() -> children.untilExit(launcher(List.of("--version")))));
                report("sample load (empty folder)", measure(() -> children.untilExit(
                        launcher(List.of("--data-dir", children.newFolder().toString(), "sample", "load")))));
            }
            Path sample = children.newFolder();
            children.untilExit(launcher(List.of("--data-dir", sample.toString(), "sample", "load")));
            if (!windowsOnly) {
                report("portfolio list --format json", measure(() -> children.untilExit(
                        launcher(List.of("--data-dir", sample.toString(), "portfolio", "list", "--format", "json")))));
            }
            windows(children, sample);
        }
        return 0;
    }

    private void windows(ChildProcesses children, Path sample) {
        String missing = missingDisplay();
        if (missing != null) {
            context.out().println("Window figures skipped: " + missing);
            return;
        }
        try {
            List<Double> app = measure(() -> children.untilMarker(launcher(List.of("--data-dir", sample.toString())),
                    Map.of(FIRST_SHOWN_VARIABLE, "1"), FIRST_SHOWN_MARKER));
            report("first window (application)", app);
            List<Double> bare = measure(() -> children.untilMarker(
                    List.of(children.java(), "-cp", children.classpath(), BareWindow.class.getName()),
                    Map.of(), FIRST_SHOWN_MARKER));
            report("first window (bare JavaFX)", bare);
            List<Double> table = measure(() -> children.untilMarker(
                    List.of(children.java(), "-cp", children.classpath(), BareWindow.class.getName(), BareWindow.TABLE),
                    Map.of(), FIRST_SHOWN_MARKER));
            report("first window (plain TableView)", table);
            ratio("application / bare window", median(app) / median(bare));
            ratio("plain TableView / bare window", median(table) / median(bare));
            ratio("application / plain TableView", median(app) / median(table));
        } catch (RefusedException e) {
            context.out().println("Window figures failed: " + e.getMessage());
        }
    }

    private void ratio(String what, double value) {
        context.out().println(String.format(Locale.UK, "%-32s %6.2f", what, value));
    }

    /** Null when windows can be shown, else why not. */
    private String missingDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (!linux) {
            return null;
        }
        boolean x11 = notBlank(context.env().get("DISPLAY"));
        boolean wayland = notBlank(context.env().get("WAYLAND_DISPLAY"));
        return x11 || wayland ? null : "there is no display ($DISPLAY is not set). Run under 'xvfb-run -a' to get them.";
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private List<String> launcher(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(ChildProcesses.javaCommand(), "-cp", ChildProcesses.classpathOfThisJvm(),
                Launcher.class.getName()));
        command.addAll(arguments);
        return command;
    }

    /** Runs the warm-ups, then the timed runs; seconds per timed run. */
    private List<Double> measure(ChildProcesses.TimedRun run) {
        for (int i = 0; i < warmups; i++) {
            run.seconds();
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            seconds.add(run.seconds());
        }
        return seconds;
    }

    private void report(String what, List<Double> seconds) {
        StringBuilder each = new StringBuilder();
        seconds.forEach(s -> each.append(String.format(Locale.UK, " %.2f", s)));
        context.out().println(String.format(Locale.UK, "%-32s %6.2f s   (runs:%s)", what, median(seconds), each));
        context.out().flush();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
