package org.innovationportfolio.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Window;
import org.innovationportfolio.app.DesktopWiring;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.window.DesktopApp;

/**
 * A second process for {@link DesktopAppTest}: opens a real store, runs {@link DesktopApp#run} and closes
 * the window as soon as it is shown, as a user would, then reports that {@code run} returned. With the
 * argument {@value #REFUSE}, the database's opening is refused once the window is showing, as a newer
 * schema would be, and the process reports what {@code run} threw and which windows were left.
 */
public final class DesktopAppProcess {

    static final String RETURNED = "DesktopApp.run returned";
    static final String REFUSE = "refuse";
    static final String REFUSAL = "This portfolio was made by a newer version of Innovation Portfolio.";
    static final String THREW = "DesktopApp.run threw: ";
    static final String WINDOWS_LEFT = "windows showing afterwards: ";
    static final String SHOWN_BEFORE_REFUSAL = "the window was showing while the database opened";

    private DesktopAppProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dataFolder = Path.of(args[0]);
        if (args.length > 1 && REFUSE.equals(args[1])) {
            refuse(dataFolder);
            return;
        }
        try (Database database = Database.open(dataFolder)) {
            Runnable closeEverything = () -> List.copyOf(Window.getWindows()).forEach(Window::hide);
            DesktopApp.run(DesktopWiring.context(database.store(), Clock.systemDefaultZone(), dataFolder, "test",
                    closeEverything));
            System.out.println(RETURNED);
        }
    }

    private static void refuse(Path dataFolder) throws Exception {
        try (Database database = Database.claim(dataFolder)) {
            try {
                DesktopApp.run(DesktopWiring.context(database.store(), Clock.systemDefaultZone(), dataFolder, "test",
                        null), () -> {
                            if (waitForAShowingWindow()) {
                                System.out.println(SHOWN_BEFORE_REFUSAL);
                            }
                            throw new RefusedException(REFUSAL);
                        });
                System.out.println(RETURNED);
            } catch (RefusedException e) {
                System.out.println(THREW + e.getMessage());
                System.out.println(WINDOWS_LEFT + showingWindows());
            } finally {
                DesktopApp.stop();
            }
        }
    }

    /** Polls the JavaFX thread until a window shows; false after a minute. */
    private static boolean waitForAShowingWindow() {
        try {
            for (int i = 0; i < 600; i++) {
                if (showingWindows() > 0) {
                    return true;
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            e.printStackTrace();
        }
        return false;
    }

    private static long showingWindows() throws Exception {
        CompletableFuture<Long> count = new CompletableFuture<>();
        try {
            Platform.runLater(() -> count.complete(Window.getWindows().stream().filter(Window::isShowing).count()));
        } catch (IllegalStateException toolkitNotYetStarted) {
            return 0;
        }
        return count.get(30, TimeUnit.SECONDS);
    }
}
