package org.innovationportfolio.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.stage.Window;
import org.innovationportfolio.store.Database;

/**
 * A second process for {@link DesktopAppTest}: opens a real store, runs {@link DesktopApp#run} and closes
 * the window as soon as it is shown, as a user would, then reports that {@code run} returned.
 */
public final class DesktopAppProcess {

    static final String RETURNED = "DesktopApp.run returned";

    private DesktopAppProcess() {
    }

    public static void main(String[] args) {
        Path dataFolder = Path.of(args[0]);
        try (Database database = Database.open(dataFolder)) {
            Runnable closeEverything = () -> List.copyOf(Window.getWindows()).forEach(Window::hide);
            DesktopApp.run(new DesktopContext(database.store(), Clock.systemDefaultZone(), dataFolder, "test",
                    closeEverything));
            System.out.println(RETURNED);
        }
    }
}
