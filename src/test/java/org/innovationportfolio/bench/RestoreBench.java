package org.innovationportfolio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.Database;

/**
 * For developers: how long restoring a backup of 1,000 projects takes (the checks, then the swap), in one
 * JVM, after one untimed warm-up restore. Not a test; run it with the test class path, e.g.
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.innovationportfolio.bench.RestoreBench
 * FOLDER [RUNS]}: FOLDER (empty) gets the portfolio, its backup and the portfolio restored into.
 */
public final class RestoreBench {

    private RestoreBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("Usage: RestoreBench FOLDER [RUNS]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path backup = folder.resolve("backup-1000.zip");
        try (Database made = Database.open(Files.createDirectories(folder.resolve("source")))) {
            made.store().writing(r -> {
                for (Project p : SyntheticPortfolio.projects(1000)) {
                    r.projects().save(p);
                }
            });
            made.backupTo(backup);
        }
        System.out.printf(Locale.ROOT, "backup of 1,000 projects: %,d bytes%n", Files.size(backup));
        try (Database live = Database.open(Files.createDirectories(folder.resolve("live")))) {
            live.restoreFrom(backup); // warm-up: classes loaded, JIT, the reference schema made once
            long[] millis = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                live.restoreFrom(backup);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
            long start = System.nanoTime();
            live.backupTo(folder.resolve("live-backup.zip"));
            System.out.printf(Locale.ROOT, "one backup of 1,000 projects: %d ms%n", (System.nanoTime() - start) / 1_000_000);
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "restore of 1,000 projects: median %d ms (runs %s)%n", millis[runs / 2],
                    Arrays.toString(millis));
        }
    }
}
