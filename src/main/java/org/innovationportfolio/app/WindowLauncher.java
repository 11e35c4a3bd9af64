package org.innovationportfolio.app;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;
import org.innovationportfolio.logic.AlreadyOpenException;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.store.AutoBackups;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.DesktopApp;
import org.innovationportfolio.ui.DesktopContext;
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
        Path folder;
        Database database;
        try {
            folder = root.dataFolder();
            // JavaFX takes a second or so to start: under way while the database boots.
            DesktopApp.startToolkitEarly();
            // Quick, so a second copy is refused at once; the database itself boots beside the window.
            database = Database.claim(folder);
        } catch (RefusedException e) {
            return refuse(context, e);
        } catch (RuntimeException | Error e) {
            DesktopApp.stop();
            throw e;
        }
        try (database) {
            AutoBackups automatic = new AutoBackups(database, context.clock());
            DesktopApp.run(new DesktopContext(database.store(), context.clock(), folder, AppVersion.current(),
                    firstShown(context), BriefingCommand.Briefings.renderers(), database, automatic), () -> {
                        database.open();
                        Workspace.installCatalogue(database);
                        // Changes from here on are the user's: the exit backup is taken only after them.
                        automatic.sessionStarted();
                    });
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

    private static Runnable firstShown(CliContext context) {
        if (context.env().get(BenchCommand.FIRST_SHOWN_VARIABLE) == null) {
            return null;
        }
        return () -> {
            context.out().println(BenchCommand.FIRST_SHOWN_MARKER);
            context.out().flush();
            // Closing the window is what ends DesktopApp.run, so the database is closed properly.
            List.copyOf(Window.getWindows()).forEach(Window::hide);
        };
    }
}
