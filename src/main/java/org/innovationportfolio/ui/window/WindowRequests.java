package org.innovationportfolio.ui.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What others ask of the main window from any thread: open a project pack's import preview (a pack given
 * on the command line, or handed over by a second launch), or come forward. Requests made before the
 * window exists wait and are carried out, in order, once it is shown; requests after it has closed are
 * dropped.
 */
public final class WindowRequests {

    private static final Logger LOG = LoggerFactory.getLogger(WindowRequests.class);

    private final List<Consumer<MainWindow>> waiting = new ArrayList<>();
    private MainWindow window;
    private boolean closed;
    private Runnable onClosed = () -> { };

    /** Brings the window forward and opens the import preview of {@code pack}; a bad file is explained there. */
    public void openPack(Path pack) {
        Objects.requireNonNull(pack, "pack");
        deliver("open the pack " + pack, window -> window.openPack(pack));
    }

    /** Brings the window forward, as a second launch with nothing to open asks. */
    public void bringForward() {
        deliver("come forward", MainWindow::bringForward);
    }

    /** Called on the JavaFX thread once the window is showing: carries out what waited for it. */
    public synchronized void attach(MainWindow shown) {
        window = shown;
        for (Consumer<MainWindow> request : waiting) {
            request.accept(shown);
        }
        waiting.clear();
    }

    /**
     * Runs {@code whenClosed} once the window has closed (on the JavaFX thread): the launcher stops listening to
     * second launches there, so none is told "brought forward" while the closing app finishes its exit backup.
     */
    public synchronized void whenClosed(Runnable whenClosed) {
        onClosed = Objects.requireNonNull(whenClosed, "whenClosed");
    }

    /** Called once the window has closed: later requests are dropped. */
    public void detach() {
        Runnable then;
        synchronized (this) {
            closed = true;
            window = null;
            waiting.clear();
            then = onClosed;
        }
        then.run();
    }

    private synchronized void deliver(String what, Consumer<MainWindow> asked) {
        Consumer<MainWindow> request = shown -> {
            LOG.info("The window was asked to {}", what);
            asked.accept(shown);
        };
        if (closed) {
            LOG.info("The window has closed; not asked to {}", what);
            return;
        }
        if (window == null) {
            waiting.add(request);
            return;
        }
        MainWindow target = window;
        Platform.runLater(() -> {
            synchronized (this) {
                if (closed) {
                    return;
                }
            }
            request.accept(target);
        });
    }
}
