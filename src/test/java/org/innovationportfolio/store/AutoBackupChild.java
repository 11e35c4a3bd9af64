package org.innovationportfolio.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Run in a child JVM by {@link AutoBackupCrashTest}: opens the folder and takes the day's automatic backup, and at
 * the checkpoint named says so on its output and waits (for ever) to be killed there.
 */
public final class AutoBackupChild {

    static final String REACHED = "reached ";

    private AutoBackupChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        AutoBackups.Checkpoint stopAt = AutoBackups.Checkpoint.valueOf(args[1]);
        Clock clock = Clock.fixed(Instant.parse("2025-03-03T09:12:00Z"), ZoneId.of("Europe/London"));
        Database database = Database.open(folder);
        new AutoBackups(database, clock, checkpoint -> {
            if (checkpoint == stopAt) {
                System.out.println(REACHED + checkpoint);
                System.out.flush();
                try {
                    while (true) {
                        Thread.sleep(Long.MAX_VALUE); // killed here by the test
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }).backUpAtStart();
        System.out.println("finished");
    }
}
