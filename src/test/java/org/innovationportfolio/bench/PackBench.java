package org.innovationportfolio.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.innovationportfolio.logic.packs.ExportRequest;
import org.innovationportfolio.logic.packs.ImportPlan;
import org.innovationportfolio.logic.packs.Pack;
import org.innovationportfolio.logic.packs.PackExporter;
import org.innovationportfolio.logic.packs.PackImporter;
import org.innovationportfolio.logic.packs.PackReader;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.Database;

/**
 * Pack figures for the decision record: export, dry run, and import into an empty portfolio against
 * a plain JDBC batch insert of the same rows, with peak heap. Run with
 * {@code java -cp target/classes:target/test-classes:<deps> org.innovationportfolio.bench.PackBench [projects] [runs]}.
 */
public final class PackBench {

    private PackBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("pack-bench");
        Clock clock = Clock.systemUTC();
        List<Project> projects = BenchPortfolio.projects(count);
        System.out.printf(Locale.UK, "Pack benchmark: %d projects, %d timed runs after one warm-up, Java %s, %d processors, max heap %d MB%n",
                count, runs, Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        try (Database source = Database.open(Files.createDirectories(work.resolve("source")))) {
            time("save the portfolio (setup, ProjectRepository.saveAll)", 0, () -> {
                source.store().writing(r -> r.projects().saveAll(projects));
                return null;
            });
            Path pack = work.resolve("bench.ippack");
            PackExporter exporter = new PackExporter(source.store(), clock, "bench", work.resolve("source"));
            time("export", runs, () -> exporter.export(ExportRequest.all("Bench"), pack));
            System.out.printf(Locale.UK, "  pack size %.1f MB%n", Files.size(pack) / 1e6);

            Pack read = time("read and check the pack (PackReader)", runs, () -> new PackReader().read(pack));
            int[] folder = {0};
            try (Database empty = Database.open(Files.createDirectories(work.resolve("empty")))) {
                PackImporter importer = new PackImporter(empty.store(), empty, work.resolve("empty"), work.resolve("backups"), clock);
                time("dry run into an empty portfolio (read + plan)", runs,
                        () -> importer.plan(new PackReader().read(pack)));
            }
            PackImporter again = new PackImporter(source.store(), source, work.resolve("source"), work.resolve("backups"), clock);
            time("dry run against the same portfolio (all unchanged)", runs,
                    () -> again.plan(new PackReader().read(pack)));
            Path othersFolder = Files.createDirectories(work.resolve("others"));
            try (Database others = Database.open(othersFolder)) {
                List<Project> otherProjects = BenchPortfolio.projects(count);
                others.store().writing(r -> r.projects().saveAll(otherProjects));
                PackImporter elsewhere = new PackImporter(others.store(), others, othersFolder, work.resolve("backups"),
                        clock);
                time("dry run against " + count + " other projects (all new)", runs,
                        () -> elsewhere.plan(new PackReader().read(pack)));
            }

            List<Double> importSeconds = new ArrayList<>();
            List<Double> applySeconds = new ArrayList<>();
            List<Double> jdbcSeconds = new ArrayList<>();
            List<Double> backupSeconds = new ArrayList<>();
            for (int run = 0; run <= runs; run++) {
                Path targetFolder = Files.createDirectories(work.resolve("import-" + folder[0]++));
                try (Database target = Database.open(targetFolder)) {
                    PackImporter importer = new PackImporter(target.store(), target, targetFolder, work.resolve("backups"),
                            clock);
                    // The backup apply takes first, timed alone on the same empty portfolio.
                    long backupStart = System.nanoTime();
                    target.backupTo(work.resolve("backup-alone-" + folder[0] + ".zip"));
                    if (run > 0) {
                        backupSeconds.add((System.nanoTime() - backupStart) / 1e9);
                    }
                    long start = System.nanoTime();
                    ImportPlan plan = importer.plan(new PackReader().read(pack));
                    long planned = System.nanoTime();
                    importer.apply(plan);
                    long end = System.nanoTime();
                    if (run > 0) {
                        importSeconds.add((end - start) / 1e9);
                        applySeconds.add((end - planned) / 1e9);
                    }
                }
                Path raw = Files.createDirectories(work.resolve("raw-" + folder[0]++));
                Database.open(raw).close();
                try (Connection c = DriverManager.getConnection("jdbc:derby:" + raw.resolve("db"))) {
                    long start = System.nanoTime();
                    RawJdbcInsert.insert(c, read.projects());
                    long end = System.nanoTime();
                    if (run > 0) {
                        jdbcSeconds.add((end - start) / 1e9);
                    }
                } finally {
                    shutdown(raw);
                }
            }
            report("import into an empty portfolio (read + plan + backup + apply)", importSeconds);
            report("  of which apply (backup + one transaction)", applySeconds);
            report("  the backup alone (empty portfolio)", backupSeconds);
            report("raw JDBC batch insert of the same rows", jdbcSeconds);
            System.out.printf(Locale.UK, "%-62s %8.2f%n", "import / raw JDBC", median(importSeconds) / median(jdbcSeconds));
            System.out.printf(Locale.UK, "%-62s %8.2f%n", "apply / raw JDBC", median(applySeconds) / median(jdbcSeconds));
            System.out.printf(Locale.UK, "%-62s %8.2f%n", "(apply - backup) / raw JDBC",
                    (median(applySeconds) - median(backupSeconds)) / median(jdbcSeconds));
        }
    }

    private static <T> T time(String what, int runs, Callable<T> work) throws Exception {
        T result = work.call();
        if (runs == 0) {
            return result;
        }
        List<Double> seconds = new ArrayList<>();
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            result = work.call();
            seconds.add((System.nanoTime() - start) / 1e9);
            peak = Math.max(peak, peakHeap());
        }
        report(what, seconds);
        System.out.printf(Locale.UK, "  peak heap during it %d MB%n", peak >> 20);
        return result;
    }

    private static void report(String what, List<Double> seconds) {
        System.out.printf(Locale.UK, "%-62s %8.3f s (median; runs %s)%n", what, median(seconds), seconds.stream()
                .map(s -> String.format(Locale.UK, "%.3f", s)).toList());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void shutdown(Path folder) {
        try {
            DriverManager.getConnection("jdbc:derby:" + folder.resolve("db") + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (08006).
        }
    }
}
