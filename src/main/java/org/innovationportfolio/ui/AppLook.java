package org.innovationportfolio.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The application's look: the AtlantaFX theme, our stylesheet and the window icons. */
public final class AppLook {

    private static final Logger LOG = LoggerFactory.getLogger(AppLook.class);
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};
    private static CompletableFuture<List<Image>> icons;

    private AppLook() {
    }

    /** Sets the theme for every window of the toolkit; call once, on the JavaFX thread. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(compiled(new PrimerLight().getUserAgentStylesheet()));
        // Read beside the window's building, for when it is shown.
        iconsLoading();
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(stylesheet());
    }

    public static void style(DialogPane pane) {
        pane.getStylesheets().add(stylesheet());
    }

    /** The application icon at every size we ship, smallest first; the window system picks the best fit. */
    public static List<Image> icons() {
        return iconsLoading().join();
    }

    /**
     * Gives {@code stage} the application icons once they are read, which happens on another thread: decoding
     * the seven PNGs (up to 512 pixels) took the JavaFX thread a tenth of a second at start-up.
     */
    public static void iconsLater(Stage stage) {
        iconsLoading().thenAccept(icons -> Platform.runLater(() -> stage.getIcons().setAll(icons)));
    }

    private static synchronized CompletableFuture<List<Image>> iconsLoading() {
        if (icons == null) {
            icons = CompletableFuture.supplyAsync(AppLook::readIcons, runnable -> {
                Thread thread = new Thread(runnable, "Reading the window icons");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return icons;
    }

    private static List<Image> readIcons() {
        List<Image> read = new ArrayList<>();
        for (int size : ICON_SIZES) {
            String path = "/icons/innovation-portfolio-" + size + ".png";
            try (InputStream in = AppLook.class.getResourceAsStream(path)) {
                if (in == null) {
                    LOG.debug("No icon at {}", path);
                    continue;
                }
                read.add(new Image(in));
            } catch (IOException e) {
                LOG.debug("Could not read icon {}", path, e);
            }
        }
        return List.copyOf(read);
    }

    private static String stylesheet() {
        return compiled(Css.STYLESHEET);
    }

    /**
     * The binary form (.bss) of the stylesheet at {@code cssResource} when the build wrote one beside it
     * (tools/CompileStylesheets.java, in process-classes), else the stylesheet itself: JavaFX reads the
     * theme's binary form in a tenth of the time it takes to parse its 170 KB of CSS, on every start.
     */
    static String compiled(String cssResource) {
        URL binary = AppLook.class.getResource(cssResource.replaceFirst("\\.css$", ".bss"));
        if (binary != null) {
            return binary.toExternalForm();
        }
        LOG.debug("No compiled form of {}: parsing it", cssResource);
        URL css = AppLook.class.getResource(cssResource);
        return css == null ? cssResource : css.toExternalForm();
    }
}
