package org.innovationportfolio.ui.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.innovationportfolio.ui.AppLook;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.FxTaskRunner;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Hosts the project record page in a plain stage (the shell is built elsewhere), headless, on a real store. */
final class PageHarness implements AutoCloseable {

    private static final long PATIENCE_SECONDS = 60;

    final RecordFixture fixture;
    final FxTaskRunner tasks = new FxTaskRunner();
    ProjectRecordPage page;
    Scene scene;
    // The store as the page's use cases see it: the fixture's own unless a test reports it otherwise.
    java.util.function.UnaryOperator<org.innovationportfolio.logic.ports.Store> storeSeen = store -> store;

    PageHarness(Path dataFolder) throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(AppLook::applyTheme).get();
        fixture = new RecordFixture(dataFolder);
    }

    /** Shows the page in a 1280 × 800 window and opens {@code projectId}, returning once it has loaded. */
    ProjectRecordPage open(UUID projectId, DialogService dialogs) throws Exception {
        Stage stage = FxToolkit.registerStage(Stage::new);
        WaitForAsyncUtils.asyncFx(() -> {
            page = new ProjectRecordPage(org.innovationportfolio.app.DesktopWiring.context(
                    storeSeen.apply(fixture.store()), RecordFixture.CLOCK, fixture.dataFolder, "test", null),
                    fixture.nav, dialogs, tasks);
            scene = new Scene((javafx.scene.Parent) page.view(), 1280, 800);
            AppLook.style(scene);
            stage.setScene(scene);
            stage.setTitle("Project record");
            stage.show();
            page.open(projectId);
        }).get();
        awaitOnFx(() -> page.viewModel().loadedProperty().get() && !tasks.runningProperty().get());
        return page;
    }

    void awaitIdle() throws Exception {
        awaitOnFx(() -> !tasks.runningProperty().get());
    }

    void awaitOnFx(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves the window under {@code target/screenshots}, or {@code docs/screenshots} with -Dscreenshots=true. */
    Path screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        Path folder = Boolean.getBoolean("screenshots") ? Path.of("docs", "screenshots") : Path.of("target", "screenshots");
        Path file = folder.resolve(name);
        Files.createDirectories(folder);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
        return file;
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        tasks.shutdown(Duration.ofSeconds(PATIENCE_SECONDS));
        fixture.close();
    }
}
