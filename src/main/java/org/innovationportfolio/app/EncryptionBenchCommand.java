package org.innovationportfolio.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.innovationportfolio.logic.Passwords;
import org.innovationportfolio.logic.sample.LargePortfolio;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench encryption}, for developers: the cost of encryption at rest, plain against protected, on
 * {@code portfolio list} of a large portfolio and on importing a pack of it into an empty portfolio. Whole
 * processes (child JVMs, the password given in their environment), and the list also in this process (open,
 * read every project for the list, close), which leaves out the JVM's start.
 */
@Command(name = "encryption", description = "For developers: times portfolio list and pack import on a plain and on a "
        + "password-protected (encrypted) portfolio, as medians of child JVM runs, with the ratios (goal <= 1.25).")
final class EncryptionBenchCommand implements Callable<Integer> {

    private static final String PASSWORD = "bench password 1";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** Generous: the shared build machine can be very busy. */
    private static final long TIMEOUT = 1800;

    private final CliContext context;

    @Option(names = "--projects", defaultValue = "1000", paramLabel = "N", description = "Projects (default 1000).")
    private int projects;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "Timed runs per figure (default 5).")
    private int runs;

    EncryptionBenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        try (ChildProcesses children = ChildProcesses.inTemporaryFolder()) {
            context.out().printf(Locale.UK, "Encryption at rest: %d projects, median of %d runs after 1 warm-up%n",
                    projects, runs);
            List<Project> portfolio = LargePortfolio.of(projects, TODAY);
            Path plain = portfolioOf(children, portfolio, null);
            Path secret = portfolioOf(children, portfolio, PASSWORD.toCharArray());
            Map<String, String> withPassword = Map.of(Passwords.ENVIRONMENT_VARIABLE, PASSWORD);

            // Plain and protected runs take turns, so a change in the machine's load falls on both alike.
            List<List<Double>> list = pairs(() -> children.untilExit(
                    launcher(plain, "portfolio", "list", "--format", "json"), Map.of(), TIMEOUT), () -> children.untilExit(
                    launcher(secret, "portfolio", "list", "--format", "json"), withPassword, TIMEOUT));
            double listPlain = report("portfolio list (process), plain", list.get(0));
            double listSecret = report("portfolio list (process), protected", list.get(1));
            List<List<Double>> inProcess = pairs(() -> inProcess(plain, null),
                    () -> inProcess(secret, PASSWORD.toCharArray()));
            double inPlain = report("open + list + close (in process), plain", inProcess.get(0));
            double inSecret = report("open + list + close (in process), protected", inProcess.get(1));

            Path pack = children.newFolder().resolveSibling("bench-pack.zip");
            children.untilExit(launcher(plain, "pack", "export", "--out", pack.toString()), Map.of(), TIMEOUT);
            List<List<Double>> imports = pairs(() -> {
                Path target = emptyPortfolio(children, null);
                return children.untilExit(launcher(target, "pack", "import", pack.toString()), Map.of(), TIMEOUT);
            }, () -> {
                Path target = emptyPortfolio(children, PASSWORD.toCharArray());
                return children.untilExit(launcher(target, "pack", "import", pack.toString()), withPassword, TIMEOUT);
            });
            double importPlain = report("pack import (process), plain", imports.get(0));
            double importSecret = report("pack import (process), protected", imports.get(1));

            ratio("portfolio list, process", listSecret / listPlain);
            ratio("portfolio list, in process", inSecret / inPlain);
            ratio("pack import, process", importSecret / importPlain);
        }
        return 0;
    }

    private Path portfolioOf(ChildProcesses children, List<Project> portfolio, char[] password) throws Exception {
        Path folder = Files.createDirectories(children.newFolder());
        try (Database database = Database.open(folder, password)) {
            database.store().writing(r -> r.projects().saveAll(portfolio));
        } finally {
            Passwords.clear(password);
        }
        return folder;
    }

    private static Path emptyPortfolio(ChildProcesses children, char[] password) {
        try {
            Path folder = Files.createDirectories(children.newFolder());
            Database.open(folder, password).close();
            return folder;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            Passwords.clear(password);
        }
    }

    private static double inProcess(Path folder, char[] password) {
        long start = System.nanoTime();
        try (Database database = Database.open(folder, password)) {
            int listed = database.store().read(r -> r.projects().findAllForListing()).size();
            if (listed == 0) {
                throw new IllegalStateException("Nothing listed");
            }
        } finally {
            Passwords.clear(password);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<String> launcher(Path folder, String... arguments) {
        List<String> command = new ArrayList<>(List.of(ChildProcesses.javaCommand(), "-cp",
                ChildProcesses.classpathOfThisJvm(), Launcher.class.getName(), "--data-dir", folder.toString()));
        command.addAll(List.of(arguments));
        return command;
    }

    /** One warm-up of each, then the timed runs taking turns: [plain seconds, protected seconds]. */
    private List<List<Double>> pairs(Supplier<Double> plain, Supplier<Double> secret) {
        plain.get();
        secret.get();
        List<Double> plainSeconds = new ArrayList<>();
        List<Double> secretSeconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            plainSeconds.add(plain.get());
            secretSeconds.add(secret.get());
        }
        return List.of(plainSeconds, secretSeconds);
    }

    private double report(String what, List<Double> seconds) {
        StringBuilder each = new StringBuilder();
        seconds.forEach(s -> each.append(String.format(Locale.UK, " %.2f", s)));
        double median = BenchCommand.median(seconds);
        context.out().println(String.format(Locale.UK, "%-44s %6.2f s   (runs:%s)", what, median, each));
        context.out().flush();
        return median;
    }

    private void ratio(String what, double value) {
        context.out().println(String.format(Locale.UK, "protected / plain, %-26s %5.2f x  (goal <= 1.25: %s)", what,
                value, value <= 1.25 ? "met" : "NOT met"));
    }
}
