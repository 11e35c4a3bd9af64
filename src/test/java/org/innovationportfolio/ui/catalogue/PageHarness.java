package org.innovationportfolio.ui.catalogue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.innovationportfolio.app.DesktopWiring;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.AppLook;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.shell.Page;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hosts one page in a plain themed stage, headless, on a real Derby store in a temporary folder with the
 * sample portfolio loaded, until the shell that will host pages lands.
 */
public final class PageHarness implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));
    private static final long PATIENCE_SECONDS = 60;

    private final Database database;
    private final DesktopContext context;

    public PageHarness(Path dataFolder) throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(AppLook::applyTheme).get();
        database = Database.open(dataFolder);
        SampleLoader.load(database.store(), CLOCK);
        context = DesktopWiring.context(database.store(), CLOCK, dataFolder, "0.1.0-test", null);
    }

    public Store store() {
        return database.store();
    }

    public DesktopContext context() {
        return context;
    }

    /** Shows the page in its own stage, as the shell would, and refreshes it. */
    public Stage show(Page page, double width, double height) throws Exception {
        Stage stage = FxToolkit.registerStage(Stage::new);
        WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = new Scene((Parent) page.view(), width, height);
            AppLook.style(scene);
            stage.setScene(scene);
            stage.show();
            page.refresh();
            page.initialFocus().requestFocus();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    /** Waits until {@code condition}, evaluated on the JavaFX thread, holds. */
    public void awaitOnFx(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs {@code work} on the JavaFX thread and returns its result. */
    public static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    /**
     * Saves a picture of the scene under {@code target/screenshots}, or {@code docs/screenshots} with
     * {@code -Dscreenshots=true}.
     */
    public static Path screenshot(Scene scene, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        Path folder = Boolean.getBoolean("screenshots") ? Path.of("docs", "screenshots") : Path.of("target", "screenshots");
        Path file = folder.resolve(name);
        Files.createDirectories(folder);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
        return file;
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        database.close();
    }
}
