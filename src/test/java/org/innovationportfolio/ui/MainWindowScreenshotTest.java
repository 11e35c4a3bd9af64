package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.innovationportfolio.ui.window.MainWindow;
import org.junit.jupiter.api.Test;
import org.innovationportfolio.ui.portfolio.PortfolioView;
import org.innovationportfolio.ui.shell.WelcomeDialog;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves a picture of the main window holding the sample portfolio, for the README and for looking at, at a
 * laptop's 1280 × 800.
 * Writes under {@code target/screenshots}; run with {@code -Dscreenshots=true} to refresh {@code docs/screenshots}.
 */
class MainWindowScreenshotTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    @TempDir
    Path dataFolder;

    @Test
    void savesTheMainWindowWithTheSamplePortfolio() throws Exception {
        try (WindowHarness harness = new WindowHarness(dataFolder)) {
            Samples.shipped().loadInto(harness.store(), WindowHarness.CLOCK);
            MainWindow window = harness.open(Samples.shipped());
            harness.resize(window, WIDTH, HEIGHT);
            harness.awaitSettled(window);
            assertThat(new FxRobot().lookup(".dialog-pane").tryQuery()).as("no dialog over a full portfolio").isEmpty();

            assertThat(save(new FxRobot().lookup("#" + PortfolioView.TABLE_ID).query().getScene(), "main-window.png"))
                    .isNotEmptyFile();
        }
    }

    @Test
    void savesTheDashboardAndTheFilteredPortfolio() throws Exception {
        try (WindowHarness harness = new WindowHarness(dataFolder)) {
            Samples.shipped().loadInto(harness.store(), WindowHarness.CLOCK);
            MainWindow window = harness.open(Samples.shipped());
            harness.resize(window, WIDTH, HEIGHT);
            harness.awaitSettled(window);
            new FxRobot().interact(() -> window.shell().showDashboard());
            harness.awaitSettled(window);
            javafx.scene.Scene scene = new FxRobot().lookup("#" + PortfolioView.TABLE_ID).tryQuery()
                    .map(node -> node.getScene()).orElseGet(() -> new FxRobot().lookup(".dashboard").query().getScene());
            assertThat(save(scene, "dashboard.png")).isNotEmptyFile();
            new FxRobot().interact(() -> new FxRobot().lookup(".scroll-pane").queryAll().stream()
                    .filter(node -> node instanceof javafx.scene.control.ScrollPane pane
                            && pane.getContent() != null && pane.getContent().getStyleClass().contains("dashboard"))
                    .forEach(node -> ((javafx.scene.control.ScrollPane) node).setVvalue(1)));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(save(scene, "dashboard-funding.png")).isNotEmptyFile();

            new FxRobot().interact(() -> window.shell().showPortfolio(new org.innovationportfolio.logic.portfolio
                    .PortfolioFilter(java.util.Set.of(), java.util.Set.of(org.innovationportfolio.model.Rag.RED,
                            org.innovationportfolio.model.Rag.AMBER), java.util.Set.of(), java.util.Set.of(), "", false,
                            null)));
            harness.awaitSettled(window);
            assertThat(save(scene, "portfolio.png")).isNotEmptyFile();
        }
    }

    @Test
    void savesTheWelcomeOverTheEmptyPortfolioAndItsNamesStep() throws Exception {
        try (WindowHarness harness = new WindowHarness(dataFolder)) {
            harness.resize(harness.open(Samples.shipped()), WIDTH, HEIGHT);
            FxRobot robot = new FxRobot();
            harness.awaitOnFx(() -> robot.lookup("#" + WelcomeDialog.EXPLORE_ID).tryQuery()
                    .map(javafx.scene.Node::isFocused).orElse(false));

            assertThat(save(robot.lookup("#" + PortfolioView.TABLE_ID).query().getScene(), "empty-portfolio.png"))
                    .isNotEmptyFile();
            Scene welcome = robot.lookup("#" + WelcomeDialog.ID).query().getScene();
            assertThat(save(welcome, "welcome.png")).isNotEmptyFile();

            // The keys are tested in WelcomeScreenTest; here the names are filled in as they would be typed.
            robot.interact(robot.lookup("#" + WelcomeDialog.EMPTY_ID).queryAs(javafx.scene.control.Button.class)::fire);
            harness.awaitOnFx(() -> robot.lookup("#" + WelcomeDialog.COUNCIL_ID).tryQuery().isPresent());
            robot.interact(() -> {
                robot.lookup("#" + WelcomeDialog.COUNCIL_ID).queryAs(javafx.scene.control.TextField.class)
                        .setText("Anyshire County Council");
                robot.lookup("#" + WelcomeDialog.OFFICER_ID).queryAs(javafx.scene.control.TextField.class)
                        .setText("Sam Patel");
            });
            assertThat(save(welcome, "welcome-names.png")).isNotEmptyFile();
        }
    }

    @Test
    void savesTheFileMenuWithBackUpAndRestore() throws Exception {
        try (WindowHarness harness = new WindowHarness(dataFolder)) {
            Samples.shipped().loadInto(harness.store(), WindowHarness.CLOCK);
            MainWindow window = harness.openAnswering(Samples.shipped(), new RecordingDialogService(), () -> null);
            harness.resize(window, WIDTH, HEIGHT);
            harness.awaitSettled(window);
            FxRobot robot = new FxRobot();
            javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
            javafx.scene.control.Menu file = bar.getMenus().get(0);
            robot.interact(file::show);
            harness.awaitOnFx(() -> robot.listWindows().stream().anyMatch(w -> w instanceof javafx.stage.PopupWindow
                    && w.isShowing()));

            javafx.stage.Window popup = robot.listWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow
                    && w.isShowing()).findFirst().orElseThrow();
            javafx.stage.Window stage = window.shell().root().getScene().getWindow();
            Scene scene = window.shell().root().getScene();
            BufferedImage picture = toBufferedImage(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get());
            BufferedImage menu = toBufferedImage(WaitForAsyncUtils.asyncFx(() -> popup.getScene().snapshot(null)).get());
            // The menu is a window of its own: drawn where it stands over the main window's scene.
            java.awt.Graphics2D g = picture.createGraphics();
            g.drawImage(menu, (int) (popup.getX() + popup.getScene().getX() - stage.getX() - scene.getX()),
                    (int) (popup.getY() + popup.getScene().getY() - stage.getY() - scene.getY()), null);
            g.dispose();
            Path out = folder().resolve("file-menu.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(picture, "png", out.toFile());
            assertThat(out).isNotEmptyFile();
            assertThat(file.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                    .contains("Bac_k up…", "_Restore…");
            robot.interact(file::hide);
        }
    }

    private static Path save(Scene scene, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        Path file = folder().resolve(name);
        Files.createDirectories(file.getParent());
        ImageIO.write(toBufferedImage(image), "png", file.toFile());
        return file;
    }

    private static Path folder() {
        return Boolean.getBoolean("screenshots") ? Path.of("docs", "screenshots") : Path.of("target", "screenshots");
    }

    // Copied pixel by pixel: javafx-swing (SwingFXUtils) is not a dependency just for this.
    private static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
