package org.innovationportfolio.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.portfolio.PortfolioSearch;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.ProjectSummary;
import org.innovationportfolio.store.Database;

/**
 * For developers: the portfolio list's first read, as at start-up, in a cold JVM. Not a test; run it after
 * {@code ./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} with
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.innovationportfolio.bench.ListingBench
 * MODE [FOLDER]}, where MODE is
 * <ul>
 * <li>{@code setup FOLDER}: loads the sample portfolio into the (empty, existing) folder and exits;</li>
 * <li>{@code old FOLDER} or {@code new FOLDER}: opens the portfolio there and times one read of the list,
 * the old way (whole catalogue and projects, {@code findAll}) or the new ({@link PortfolioListing#search},
 * lean reads). Run each in its own fresh JVM: only the first call is what start-up pays.</li>
 * </ul>
 * Without a folder, {@code old} and {@code new} load the sample into a temporary folder first, close
 * and reopen it (so the JVM is warmer than at a real start-up). With {@code --primed} after the folder,
 * one small read (a settings look-up and a project count, untimed) goes first, so the timing leaves out
 * what any first read pays once (JDBI and the first transaction): the listing's own share.
 */
public final class ListingBench {

    private ListingBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !args[0].matches("setup|old|new") || (args[0].equals("setup") && args.length < 2)) {
            System.err.println("Usage: ListingBench setup FOLDER | old [FOLDER [--primed]] | new [FOLDER [--primed]]");
            System.exit(2);
        }
        String mode = args[0];
        boolean primed = args.length > 2 && args[2].equals("--primed");
        Clock clock = Clock.systemDefaultZone();
        Path folder = args.length > 1 ? Path.of(args[1]) : null;
        if (mode.equals("setup") || folder == null) {
            folder = folder == null ? Files.createTempDirectory("listing-bench") : Files.createDirectories(folder);
            try (Database database = Database.open(folder)) {
                SampleLoader.load(database.store(), clock);
            }
            if (mode.equals("setup")) {
                System.out.println("Sample portfolio loaded into " + folder);
                return;
            }
        }
        long openStart = System.nanoTime();
        try (Database database = Database.open(folder)) {
            long openNanos = System.nanoTime() - openStart;
            if (primed) {
                database.store().read(r -> r.settings().get("bench.none").isPresent() || r.projects().count() > 0);
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            PortfolioSearch search = mode.equals("old") ? oldWay(database.store(), clock)
                    : new PortfolioListing(database.store(), clock).search();
            long nanos = System.nanoTime() - start;
            long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
            // CPU time on this thread too: steadier than wall time on a shared machine (JIT threads not counted).
            System.out.printf(Locale.UK, "%s%s: first listing read %.0f ms (%.0f ms CPU on this thread; %d rows; "
                    + "opening the database took %.0f ms)%n",
                    mode, primed ? " (primed)" : "", nanos / 1e6, cpuNanos / 1e6, search.size(), openNanos / 1e6);
        }
    }

    /** What {@link PortfolioListing#search} did before the lean reads. */
    private static PortfolioSearch oldWay(Store store, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return store.read(repositories -> {
            Map<UUID, Innovation> catalogue = repositories.catalogue().findAll().stream()
                    .collect(Collectors.toMap(Innovation::id, Function.identity()));
            return PortfolioSearch.of(repositories.projects().findAll().stream().map(ProjectSummary::of).toList(),
                    catalogue, today);
        });
    }
}
