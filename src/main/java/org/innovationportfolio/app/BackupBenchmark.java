package org.innovationportfolio.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.innovationportfolio.logic.sample.LargePortfolio;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.AutoBackups;
import org.innovationportfolio.store.Database;

/**
 * {@code bench --backups}: how long the automatic backups take, for the sample and for 1,000 projects. The start
 * backup runs beside the window (the window waits for none of it); the exit backup is what closing waits for.
 * In one JVM, after an untimed warm-up; each start backup on a new day (the clock moved on), each exit backup after
 * a change.
 */
final class BackupBenchmark {

    private final PrintStream out;
    private final int runs;

    BackupBenchmark(PrintStream out, int runs) {
        this.out = out;
        this.runs = runs;
    }

    void run(ChildProcesses children) throws IOException {
        Path sample = Files.createDirectories(children.newFolder());
        try (Database database = Database.open(sample)) {
            SampleLoader.load(database.store(), Clock.systemDefaultZone());
            measure("sample", database);
        }
        Path large = Files.createDirectories(children.newFolder());
        try (Database database = Database.open(large)) {
            List<Project> projects = LargePortfolio.of(1000, LocalDate.now());
            database.store().writing(r -> projects.forEach(r.projects()::save));
            measure("1,000 projects", database);
        }
    }

    /**
     * Closing the real application (a child JVM with a window, after one change): from the close request to the
     * window hidden (what the user waits for) and to the process's exit (after the exit backup is checked and named).
     */
    void closing(ChildProcesses children, List<String> launcher) throws IOException {
        Path sample = Files.createDirectories(children.newFolder());
        try (Database database = Database.open(sample)) {
            SampleLoader.load(database.store(), Clock.systemDefaultZone());
        }
        closing("sample", children, launcher, sample);
        Path large = Files.createDirectories(children.newFolder());
        try (Database database = Database.open(large)) {
            List<Project> projects = LargePortfolio.of(1000, LocalDate.now());
            database.store().writing(r -> projects.forEach(r.projects()::save));
        }
        closing("1,000 projects", children, launcher, large);
    }

    private void closing(String what, ChildProcesses children, List<String> launcher, Path folder) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("--data-dir", folder.toString()));
        java.util.Map<String, String> env = java.util.Map.of(BenchCommand.FIRST_SHOWN_VARIABLE, "1",
                BenchCommand.CLOSE_AFTER_CHANGE_VARIABLE, "1");
        List<Double> hidden = new ArrayList<>();
        List<Double> exited = new ArrayList<>();
        for (int i = -1; i < runs; i++) { // run -1 is the warm-up (and takes the day's start backup)
            double[] times = children.closeTimes(command, env, BenchCommand.CLOSE_REQUESTED_MARKER,
                    BenchCommand.WINDOW_HIDDEN_MARKER);
            if (i >= 0) {
                hidden.add(times[0]);
                exited.add(times[1]);
            }
        }
        report("close request to window hidden, " + what, hidden);
        report("close request to process exit, " + what, exited);
    }

    private void measure(String what, Database database) throws IOException {
        List<Double> start = new ArrayList<>();
        List<Double> exit = new ArrayList<>();
        long size = 0;
        for (int i = -1; i < runs; i++) { // run -1 is the warm-up
            Clock day = Clock.offset(Clock.systemDefaultZone(), Duration.ofDays(2L * (i + 2)));
            AutoBackups backups = new AutoBackups(database, day);
            backups.sessionStarted();
            long began = System.nanoTime();
            Path written = backups.backUpAtStart().written().orElseThrow().file();
            double startSeconds = (System.nanoTime() - began) / 1e9;
            size = Files.size(written);
            Project changed = database.store().read(r -> r.projects().findAll().get(0));
            database.store().writing(r -> r.projects().save(changed));
            AutoBackups later = new AutoBackups(database, Clock.offset(day, Duration.ofHours(3)));
            began = System.nanoTime();
            later.backUpOnExit();
            double exitSeconds = (System.nanoTime() - began) / 1e9;
            if (i >= 0) {
                start.add(startSeconds);
                exit.add(exitSeconds);
            }
        }
        report("automatic backup at start, " + what, start);
        report("automatic backup at exit, " + what, exit);
        out.println(String.format(Locale.UK, "%-44s %s bytes (start waits for none of it: it runs beside the window)",
                "backup size, " + what, String.format(Locale.UK, "%,d", size)));
        out.flush();
    }

    private void report(String what, List<Double> seconds) {
        StringBuilder each = new StringBuilder();
        seconds.forEach(s -> each.append(String.format(Locale.UK, " %.2f", s)));
        out.println(String.format(Locale.UK, "%-44s %6.2f s   (runs:%s)", what, BenchCommand.median(seconds), each));
        out.flush();
    }
}
