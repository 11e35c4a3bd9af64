package org.innovationportfolio.ui.window;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.innovationportfolio.ui.AppLook;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.FxDialogService;
import org.innovationportfolio.ui.FxTaskRunner;
import org.innovationportfolio.ui.PasswordDialog;
import org.innovationportfolio.ui.SampleSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the desktop application for the launcher and returns when the user has closed it.
 *
 * <p>It starts the JavaFX toolkit with {@link Platform#startup} rather than {@code Application.launch},
 * so the launcher's objects are handed straight to the window: no static field carries them across.
 * The toolkit runs once per process, so call either {@link #run} or {@link #showStartupError}, once
 * ({@link #showStartupError} may follow a {@link #run} that threw its opening's refusal).
 *
 * <p>Start-up is the sum of three slow things, so two run side by side: JavaFX starts (and the window
 * is built) while the portfolio's database boots; see {@link #startToolkitEarly()} and
 * {@link #run(DesktopContext, Runnable)}.
 */
public final class DesktopApp {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    // Long enough for a sample load or an import to commit after the window closes; the store closes after.
    private static final Duration WORK_PATIENCE = Duration.ofMinutes(2);

    private DesktopApp() {
    }

    // Completed once JavaFX has started (or failed to); set by the first start-up request.
    private static CompletableFuture<Void> toolkit;
    /** The JavaFX thread this class started (null when a test harness started JavaFX). */
    private static volatile Thread fxThread;
    private static final Duration TOOLKIT_PATIENCE = Duration.ofSeconds(10);

    /**
     * Opens the main window on {@code context}'s portfolio and blocks until it is closed and its
     * background work has finished; then stops JavaFX and returns, and the caller closes the store.
     */
    public static void run(DesktopContext context) {
        run(context, () -> { });
    }

    /**
     * As {@link #run(DesktopContext)}, first running {@code opening} (booting the database the
     * context's store reads) on a background thread while JavaFX starts and the window is built. The
     * window is shown as soon as it is built; its background work (every read of the store) waits
     * until {@code opening} has returned.
     *
     * <p>If {@code opening} throws, the window is taken down, its waiting work is dropped unrun, and
     * the exception is thrown here with JavaFX still running, so that the caller can report it with
     * {@link #showStartupError}, or else call {@link #stop()}.
     */
    public static void run(DesktopContext context, Runnable opening) {
        run(context, context.useCases().sample(), opening, new WindowRequests());
    }

    /**
     * As {@link #run(DesktopContext, Runnable)}, carrying out {@code requests} (open a pack, come forward) once
     * the window is showing, and as they come while it shows.
     */
    public static void run(DesktopContext context, Runnable opening, WindowRequests requests) {
        run(context, context.useCases().sample(), opening, requests);
    }

    private static void run(DesktopContext context, SampleSource sample, Runnable opening, WindowRequests requests) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(requests, "requests");
        refuseOnFxThread("run");
        CompletableFuture<Void> opened = inBackground("Opening the portfolio", opening);
        FxTaskRunner tasks = new FxTaskRunner();
        // The window's first reads are asked for as it shows; they wait here for the database.
        tasks.holdUntil(opened);
        CountDownLatch closed = new CountDownLatch(1);
        CompletableFuture<MainWindow> built = new CompletableFuture<>();
        try {
            startToolkit(() -> {
                try {
                    AppLook.applyTheme();
                    Stage stage = new Stage();
                    stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
                        requests.detach();
                        closed.countDown();
                    });
                    built.complete(new MainWindow(stage, context, sample, tasks));
                } catch (RuntimeException | Error e) {
                    LOG.error("The main window could not be built", e);
                    built.completeExceptionally(e);
                }
            });
        } catch (RuntimeException noToolkit) {
            // The database is still the caller's to close: let its opening finish first.
            awaitQuietly(opened);
            throw noToolkit;
        }
        MainWindow window;
        try {
            window = join(built);
        } catch (RuntimeException | Error e) {
            awaitQuietly(opened);
            stop();
            throw e;
        }
        // Shown at once, while the database may still boot: the user sees the window and its
        // controls, with "Opening the portfolio…", and the table fills as soon as the store answers.
        Platform.runLater(() -> {
            try {
                window.show();
                requests.attach(window);
            } catch (RuntimeException | Error e) {
                LOG.error("The main window could not be opened", e);
                closed.countDown();
                throw e;
            }
        });
        try {
            join(opened);
        } catch (RuntimeException | Error refused) {
            // A newer schema, a damaged database: take the window down, drop its held reads unrun, and
            // leave JavaFX up so that the caller can say why in a dialog.
            Platform.runLater(window::dismiss);
            awaitUninterruptibly(closed);
            if (!tasks.shutdown(WORK_PATIENCE)) {
                LOG.warn("Background work was still running {} after the window closed", WORK_PATIENCE);
            }
            throw refused;
        }
        // The day's first backup, in the background: the window does not wait for it.
        Platform.runLater(window::startAutomaticBackups);
        awaitUninterruptibly(closed);
        if (!tasks.shutdown(WORK_PATIENCE)) {
            LOG.warn("Background work was still running {} after the window closed", WORK_PATIENCE);
        }
        // JavaFX down first, so nothing of the app stays on screen; then, after the last write, a backup of what
        // changed this session. The caller closes the database (and frees the data folder) only after it.
        stopAndWait();
        window.backUpOnExit();
    }

    /**
     * Starts JavaFX on a background thread and returns at once, so that it is ready sooner for the
     * {@link #run} or {@link #showStartupError} that follows. Calling it again does nothing.
     */
    public static synchronized void startToolkitEarly() {
        if (toolkit != null) {
            return;
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        toolkit = started;
        // Implicit exit would stop the toolkit between an error dialog closing and the latch being read.
        Platform.setImplicitExit(false);
        inBackground("Starting JavaFX", () -> {
            try {
                Platform.startup(() -> {
                    fxThread = Thread.currentThread();
                    started.complete(null);
                });
            } catch (IllegalStateException alreadyRunning) {
                // The toolkit was started by someone else in this process (a test harness): join it.
                started.complete(null);
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        });
    }

    /**
     * Stops JavaFX and waits (up to {@link #TOOLKIT_PATIENCE}) for its thread to end, so every window is gone from
     * the screen before the slow work that may follow a close.
     */
    public static void stopAndWait() {
        stop();
        Thread fx = fxThread;
        if (fx == null || fx == Thread.currentThread()) {
            return;
        }
        try {
            fx.join(TOOLKIT_PATIENCE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (fx.isAlive()) {
            LOG.warn("JavaFX was still running {} after it was asked to stop", TOOLKIT_PATIENCE);
        }
    }

    /** Stops JavaFX, after a {@link #run} whose opening failed and that nobody will report in a window. */
    public static void stop() {
        CompletableFuture<Void> started;
        synchronized (DesktopApp.class) {
            started = toolkit;
        }
        if (started == null) {
            return;
        }
        try {
            join(started);
        } catch (RuntimeException | Error neverStarted) {
            return;
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
        stop();
    }

    /**
     * Before anything else of a protected portfolio: asks for its password until {@code tryPassword} accepts
     * one (it runs off the JavaFX thread, with a progress indicator in the dialog, and returns null when the
     * password opened the portfolio, or what was wrong, shown for another try). Blocks until then.
     *
     * @param tryPassword receives a copy of the password typed, which it may clear
     * @return true when a password was accepted, false when the user cancelled; JavaFX stays up either way,
     *     for the {@link #run} or {@link #showStartupError} that follows (or call {@link #stop()})
     */
    public static boolean askPassword(String dataFolder, java.util.function.Function<char[], String> tryPassword) {
        refuseOnFxThread("askPassword");
        CompletableFuture<Boolean> answered = new CompletableFuture<>();
        startToolkit(() -> {
            try {
                AppLook.applyTheme();
                PasswordDialog dialog = new PasswordDialog(null, "Innovation Portfolio",
                        "This portfolio is protected with a password",
                        "Type the password to open the portfolio in " + dataFolder + ".",
                        "Open", java.util.List.of(new PasswordDialog.Field("_Password:", false)), false)
                        .checkingWith(typed -> tryPassword.apply(typed[0]), "Opening the portfolio…");
                java.util.Optional<char[][]> typed = dialog.showAndWait();
                typed.ifPresent(values -> org.innovationportfolio.logic.Passwords.clear(values[0]));
                answered.complete(typed.isPresent());
            } catch (RuntimeException | Error e) {
                answered.completeExceptionally(e);
            }
        });
        return join(answered);
    }

    private static void startToolkit(Runnable firstWork) {
        startToolkitEarly();
        CompletableFuture<Void> started;
        synchronized (DesktopApp.class) {
            started = toolkit;
        }
        join(started);
        // The first work runs after start-up has finished: a dialog opened inside the start-up
        // callback itself blocks it, and stays a blank white box.
        Platform.runLater(firstWork);
    }

    private static CompletableFuture<Void> inBackground(String name, Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    /** Waits for {@code future}, throwing what it failed with as it was thrown. */
    private static <T> T join(CompletableFuture<T> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new CompletionException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitQuietly(CompletableFuture<?> future) {
        try {
            join(future);
        } catch (RuntimeException | Error e) {
            LOG.debug("Opening failed too", e);
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
