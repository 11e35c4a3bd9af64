package org.innovationportfolio.ui;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the desktop application for the launcher and returns when the user has closed it.
 *
 * <p>It starts the JavaFX toolkit with {@link Platform#startup} rather than {@code Application.launch},
 * so the launcher's objects are handed straight to the window: no static field carries them across.
 * The toolkit runs once per process, so call either {@link #run} or {@link #showStartupError}, once.
 */
public final class DesktopApp {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    // Long enough for a sample load or an import to commit after the window closes; the store closes after.
    private static final Duration WORK_PATIENCE = Duration.ofMinutes(2);

    private DesktopApp() {
    }

    /**
     * Opens the main window on {@code context}'s portfolio and blocks until it is closed and its
     * background work has finished; then stops JavaFX and returns, and the caller closes the store.
     */
    public static void run(DesktopContext context) {
        run(context, SampleLoader::load);
    }

    /** As {@link #run(DesktopContext)}, loading the sample portfolio from {@code sample}. */
    static void run(DesktopContext context, SampleSource sample) {
        Objects.requireNonNull(context, "context");
        refuseOnFxThread("run");
        FxTaskRunner tasks = new FxTaskRunner();
        CountDownLatch closed = new CountDownLatch(1);
        startToolkit(() -> {
            try {
                AppLook.applyTheme();
                Stage stage = new Stage();
                stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> closed.countDown());
                new MainWindow(stage, context, sample, tasks).show();
            } catch (RuntimeException | Error e) {
                LOG.error("The main window could not be opened", e);
                closed.countDown();
                throw e;
            }
        });
        awaitUninterruptibly(closed);
        if (!tasks.shutdown(WORK_PATIENCE)) {
            LOG.warn("Background work was still running {} after the window closed", WORK_PATIENCE);
        }
        Platform.exit();
    }

    /**
     * Shows a modal error, e.g. "Innovation Portfolio is already open", and blocks until the user
     * dismisses it; then stops JavaFX. For problems before the main window can open.
     *
     * @param message plain English: what happened and what to do
     */
    public static void showStartupError(String title, String message) {
        refuseOnFxThread("showStartupError");
        CountDownLatch dismissed = new CountDownLatch(1);
        startToolkit(() -> {
            try {
                AppLook.applyTheme();
                new FxDialogService(null).showError(title, message);
            } finally {
                dismissed.countDown();
            }
        });
        awaitUninterruptibly(dismissed);
        Platform.exit();
    }

    private static void startToolkit(Runnable firstWork) {
        // Implicit exit would stop the toolkit between an error dialog closing and the latch being read.
        Platform.setImplicitExit(false);
        try {
            // The first work runs after start-up has finished: a dialog opened inside the start-up
            // callback itself blocks it, and stays a blank white box.
            Platform.startup(() -> Platform.runLater(firstWork));
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit was started by someone else in this process (a test harness): join it.
            Platform.runLater(firstWork);
        }
    }

    private static void refuseOnFxThread(String method) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException(method + " blocks until the window closes; call it from the launcher's "
                    + "thread, not the JavaFX thread.");
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
