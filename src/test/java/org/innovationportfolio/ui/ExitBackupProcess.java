package org.innovationportfolio.ui;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.innovationportfolio.logic.backup.BackupShelf;
import org.innovationportfolio.logic.backup.RestorePreview;
import org.innovationportfolio.logic.backup.SavedBackup;
import org.innovationportfolio.logic.sample.LargePortfolio;
import org.innovationportfolio.store.AutoBackups;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.window.DesktopApp;

/**
 * A second process for {@link ExitBackupTest}: opens a real portfolio with automatic backups, changes it, shows the
 * window and closes it as a user would. When the exit backup begins it says whether JavaFX is still running, then
 * waits for "go" on its input (so the test can try the data folder meanwhile) before writing the backup.
 */
public final class ExitBackupProcess {

    static final String BEGAN = "exit backup began; JavaFX running: ";
    static final String GO = "go";
    static final String RETURNED = "DesktopApp.run returned";

    private ExitBackupProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dataFolder = Path.of(args[0]);
        try (Database database = Database.open(dataFolder)) {
            AutoBackups automatic = new AutoBackups(database, Clock.systemDefaultZone());
            automatic.sessionStarted();
            database.store().writing(r -> LargePortfolio.of(3, java.time.LocalDate.of(2025, 3, 3))
                    .forEach(r.projects()::save));
            Runnable closeEverything = () -> List.copyOf(Window.getWindows()).forEach(Window::hide);
            DesktopApp.run(org.innovationportfolio.app.DesktopWiring.context(database.store(), Clock.systemDefaultZone(), dataFolder, "test",
                    closeEverything, List.of(), database, database, new PausingAtExit(automatic)));
            System.out.println(RETURNED);
        }
    }

    private static boolean javaFxRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().equals("JavaFX Application Thread"));
    }

    /** The real automatic backups, with no start backup, and a pause at the start of the exit backup. */
    private record PausingAtExit(AutoBackups real) implements BackupShelf {
        @Override
        public void sessionStarted() {
            // The session started (and the change was made) before the window opened.
        }

        @Override
        public Outcome backUpAtStart() {
            return new Outcome(Optional.empty(), Optional.empty());
        }

        @Override
        public Outcome backUpOnExit() {
            System.out.println(BEGAN + javaFxRunning());
            System.out.flush();
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line;
                while ((line = in.readLine()) != null && !line.equals(GO)) {
                    // wait for the test
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return real.backUpOnExit();
        }

        @Override
        public boolean changedSinceLastBackup() {
            return real.changedSinceLastBackup();
        }

        @Override
        public List<SavedBackup> list() {
            return real.list();
        }

        @Override
        public Optional<SavedBackup> lastGood() {
            return real.lastGood();
        }

        @Override
        public RestorePreview preview(Path file) {
            return real.preview(file);
        }

        @Override
        public Path restore(Path file) {
            return real.restore(file);
        }

        @Override
        public Optional<Path> secondFolder() {
            return real.secondFolder();
        }

        @Override
        public void setSecondFolder(Path folder) {
            real.setSecondFolder(folder);
        }
    }
}
