package org.innovationportfolio.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Window;
import org.innovationportfolio.logic.AlreadyOpenException;
import org.innovationportfolio.logic.Passwords;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.WrongPasswordException;
import org.innovationportfolio.store.AutoBackups;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.window.DesktopApp;
import org.innovationportfolio.ui.window.WindowRequests;
import org.slf4j.LoggerFactory;

/**
 * Opens the portfolio and the window. The only launcher class that touches JavaFX, so the command
 * line never loads it.
 */
final class WindowLauncher {

    private WindowLauncher() {
    }

    static int open(CliContext context, RootCommand root) {
        // Before the data folder is known too: JavaFX's start-up warnings belong in a log, not on the console.
        LogSetup.routeJavaUtilLogging();
        // The portable jar on a Mac: this Mac's JavaFX natives, before anything can start JavaFX.
        PortableNatives.beforeJavaFx();
        Path folder;
        Database database;
        WindowRequests requests = new WindowRequests();
        try {
            folder = root.dataFolder();
            try {
                // Quick, so a second copy is known at once; the database itself boots beside the window.
                database = Database.claim(folder);
            } catch (AlreadyOpenException held) {
                return handOver(context, folder, root.pack(), held);
            }
            // A Mac passes a pack double-clicked in the Finder as an event, not an argument: listen before
            // JavaFX starts, so the event that launched the app is not missed. Nothing is done elsewhere.
            OpenFileEvents.register(requests::openPack);
            // JavaFX takes a second or so to start: under way while the database boots.
            DesktopApp.startToolkitEarly();
        } catch (RefusedException e) {
            return refuse(context, e);
        } catch (RuntimeException | Error e) {
            DesktopApp.stop();
            throw e;
        }
        if (root.pack() != null) {
            // Shown in the import preview once the window is up; a missing or refused file is explained there.
            requests.openPack(root.pack());
        }
        Handoff.Server handoff = Handoff.Server.start(folder, new Handoff.Receiver() {
            @Override
            public void openPack(Path pack) {
                requests.openPack(pack);
            }

            @Override
            public void bringForward() {
                requests.bringForward();
            }
        });
        // Closed with the window: during the exit backup a second launch is refused as another copy, not told that
        // a window it cannot see was brought forward.
        requests.whenClosed(handoff::close);
        try (database; handoff) {
            AutoBackups automatic = new AutoBackups(database, context.clock());
            if (Database.isProtected(folder) && !unlock(database, folder)) {
                DesktopApp.stop();
                return 0; // the user chose Cancel at the password prompt: nothing was opened
            }
            DesktopApp.run(DesktopWiring.context(database.store(), context.clock(), folder, AppVersion.current(),
                    firstShown(context, database), BriefingCommand.Briefings.renderers(), database, database, automatic), () -> {
                        database.open();
                        Workspace.installCatalogue(database);
                        // Changes from here on are the user's: the exit backup is taken only after them.
                        automatic.sessionStarted();
                    }, requests);
        } catch (RefusedException e) {
            // A newer schema: the window was never shown, and JavaFX is still up for the message.
            return refuse(context, e);
        } catch (UnsupportedOperationException noToolkit) {
            // JavaFX throws this when it finds no display or no GTK: say so rather than show a stack trace.
            LoggerFactory.getLogger(WindowLauncher.class).error("The window could not open", noToolkit);
            context.err().println("Innovation Portfolio cannot open its window here (" + noToolkit.getMessage()
                    + "). Is there a display? Commands such as 'portfolio list' work without one: see --help.");
            return CliErrors.REFUSED;
        } catch (RuntimeException | Error e) {
            DesktopApp.stop();
            throw e;
        }
        return 0;
    }

    /**
     * The password prompt, before anything else is shown: each password typed boots the database off the
     * JavaFX thread; a wrong one is said in the prompt for another try. A failure other than the password
     * (a damaged database, a newer schema) closes the prompt and is thrown here, to be reported as any other.
     */
    private static boolean unlock(Database database, Path folder) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        boolean unlocked = DesktopApp.askPassword(folder.toString(), password -> {
            try {
                database.usePassword(password);
                database.open();
                return null;
            } catch (WrongPasswordException wrong) {
                return wrong.getMessage();
            } catch (RuntimeException other) {
                failure.set(other);
                return null;
            } finally {
                Passwords.clear(password);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return unlocked;
    }

    /**
     * Another copy holds the data folder: if it is a window that listens, hand it the pack (or ask it to come
     * forward) and end; otherwise (a command runs, or an older version) refuse as another copy.
     */
    private static int handOver(CliContext context, Path folder, Path pack, AlreadyOpenException held) {
        Handoff.Answer answer = Handoff.send(folder, pack);
        switch (answer.outcome()) {
            case HANDED -> {
                context.out().println(pack == null
                        ? "Innovation Portfolio is already open: its window was brought forward."
                        : "Innovation Portfolio is already open: " + pack.getFileName() + " is shown there.");
                return 0;
            }
            case REFUSED -> {
                return refuse(context, new RefusedException("Innovation Portfolio is already open, and it did not "
                        + "take " + (pack == null ? "the request" : pack.getFileName()) + ": " + answer.reason()
                        + ". Open the pack from the window's File menu instead."));
            }
            default -> {
                return refuse(context, held);
            }
        }
    }

    private static int refuse(CliContext context, RefusedException e) {
        // Started from a desktop icon nobody sees stderr, so say it in a window too.
        LoggerFactory.getLogger(WindowLauncher.class).warn("Cannot open: {}", e.getMessage(), e);
        context.err().println(e.getMessage());
        String title = e instanceof AlreadyOpenException
                ? "Innovation Portfolio is already open"
                : "Innovation Portfolio cannot open";
        try {
            DesktopApp.showStartupError(title, e.getMessage());
        } catch (UnsupportedOperationException | IllegalStateException noDisplay) {
            // No display for the dialog either: the message on stderr is all we can do.
            LoggerFactory.getLogger(WindowLauncher.class).warn("No display for the startup error", noDisplay);
        }
        return CliErrors.REFUSED;
    }

    private static Runnable firstShown(CliContext context, Database database) {
        if (context.env().get(BenchCommand.FIRST_SHOWN_VARIABLE) == null) {
            return null;
        }
        boolean closeAfterAChange = context.env().get(BenchCommand.CLOSE_AFTER_CHANGE_VARIABLE) != null;
        return () -> {
            context.out().println(BenchCommand.FIRST_SHOWN_MARKER);
            context.out().flush();
            if (!closeAfterAChange) {
                // Closing the window is what ends DesktopApp.run, so the database is closed properly.
                List.copyOf(Window.getWindows()).forEach(Window::hide);
                return;
            }
            // bench --backups: one change (so the exit backup has work), then close as the user would.
            Thread change = new Thread(() -> {
                database.store().writing(r -> r.projects().findAll().stream().findFirst()
                        .ifPresent(r.projects()::save));
                javafx.application.Platform.runLater(() -> {
                    List<Window> windows = List.copyOf(Window.getWindows());
                    windows.forEach(w -> w.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
                        context.out().println(BenchCommand.WINDOW_HIDDEN_MARKER);
                        context.out().flush();
                    }));
                    context.out().println(BenchCommand.CLOSE_REQUESTED_MARKER);
                    context.out().flush();
                    windows.forEach(Window::hide);
                });
            }, "bench change");
            change.setDaemon(true);
            change.start();
        };
    }
}
