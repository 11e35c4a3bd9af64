package org.innovationportfolio.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.innovationportfolio.app.DesktopWiring;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.window.MainWindow;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens real main windows on a real store in a temporary folder, headless, and waits for them to settle. */
final class WindowHarness implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(TestProjects.NOW, ZoneId.of("Europe/London"));
    private static final long PATIENCE_SECONDS = 60;

    private final Path dataFolder;
    private final Database database;
    private final FxTaskRunner tasks = new FxTaskRunner();

    WindowHarness(Path dataFolder) throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(AppLook::applyTheme).get();
        this.dataFolder = dataFolder;
        this.database = Database.open(dataFolder);
    }

    Store store() {
        return database.store();
    }

    Database database() {
        return database;
    }

    /** Opens a main window with automatic backups on {@code shelf}, answering through {@code dialogs}; returns settled. */
    MainWindow openWithAutomaticBackups(Samples.Loader sample, DialogService dialogs,
            org.innovationportfolio.logic.backup.BackupShelf shelf) throws Exception {
        Stage stage = FxToolkit.registerStage(Stage::new);
        DesktopContext context = DesktopWiring.context(database.store(), CLOCK, dataFolder, "0.1.0-test", null,
                java.util.List.of(), database, null, shelf);
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow opened = new MainWindow(stage, context, sample.over(database.store(), CLOCK), tasks, dialogs, () -> null);
            opened.show();
            return opened;
        }).get();
        awaitSettled(window);
        return window;
    }

    Path dataFolder() {
        return dataFolder;
    }

    /** Loads the shipped sample into the store, opens a main window on it and waits until it has settled. */
    MainWindow openSample() throws Exception {
        Samples.shipped().loadInto(store(), CLOCK);
        MainWindow window = open(Samples.shipped());
        awaitSettled(window);
        return window;
    }

    /** Opens a main window, as a start of the application would, and returns once it is shown. */
    MainWindow open(Samples.Loader sample) throws Exception {
        return open(sample, null);
    }

    /** As {@link #open(Samples.Loader)}, with the context's callback for the first painted page (may be null). */
    MainWindow open(Samples.Loader sample, Runnable onFirstShown) throws Exception {
        Stage stage = FxToolkit.registerStage(Stage::new);
        DesktopContext context = DesktopWiring.context(database.store(), CLOCK, dataFolder, "0.1.0-test", onFirstShown);
        return WaitForAsyncUtils.asyncFx(() -> {
            MainWindow window = new MainWindow(stage, context, sample.over(database.store(), CLOCK), tasks);
            window.show();
            return window;
        }).get();
    }

    /** Sizes the window to {@code width} × {@code height}, as a person dragging its corner would, and lays it out. */
    void resize(MainWindow window, double width, double height) throws Exception {
        Stage stage = (Stage) window.shell().root().getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Opens a main window with backups and restore, whose questions {@code dialogs} answers, printing on
     * {@code printers}' printer; returns once it has settled.
     */
    MainWindow openAnswering(Samples.Loader sample, DialogService dialogs,
            java.util.function.Supplier<javafx.print.Printer> printers) throws Exception {
        Stage stage = FxToolkit.registerStage(Stage::new);
        DesktopContext context = DesktopWiring.context(database.store(), CLOCK, dataFolder, "0.1.0-test", null,
                java.util.List.of(), database);
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow opened = new MainWindow(stage, context, sample.over(database.store(), CLOCK), tasks, dialogs, printers);
            opened.show();
            return opened;
        }).get();
        awaitSettled(window);
        return window;
    }

    /** As {@link #openAnswering}, with File › Protect with a password… (and the welcome's offer of it). */
    MainWindow openProtectable(Samples.Loader sample, DialogService dialogs) throws Exception {
        Stage stage = FxToolkit.registerStage(Stage::new);
        DesktopContext context = DesktopWiring.context(database.store(), CLOCK, dataFolder, "0.1.0-test", null,
                java.util.List.of(), database, database, null);
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow opened = new MainWindow(stage, context, sample.over(database.store(), CLOCK), tasks, dialogs,
                    () -> null);
            opened.show();
            return opened;
        }).get();
        awaitSettled(window);
        return window;
    }

    /** Waits until the window has read the portfolio and no background work is left. */
    void awaitSettled(MainWindow window) throws Exception {
        awaitOnFx(window::isSettled);
    }

    /** Waits until {@code condition}, evaluated on the JavaFX thread, holds. */
    void awaitOnFx(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        tasks.shutdown(Duration.ofSeconds(PATIENCE_SECONDS));
        database.close();
    }
}
