package org.innovationportfolio.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The application's look: the AtlantaFX theme, our stylesheet and the window icons. */
public final class AppLook {

    private static final Logger LOG = LoggerFactory.getLogger(AppLook.class);
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};

    private AppLook() {
    }

    /** Sets the theme for every window of the toolkit; call once, on the JavaFX thread. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(stylesheet());
    }

    public static void style(DialogPane pane) {
        pane.getStylesheets().add(stylesheet());
    }

    /** The application icon at every size we ship, smallest first; the window system picks the best fit. */
    public static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int size : ICON_SIZES) {
            String path = "/icons/innovation-portfolio-" + size + ".png";
            try (InputStream in = AppLook.class.getResourceAsStream(path)) {
                if (in == null) {
                    LOG.debug("No icon at {}", path);
                    continue;
                }
                icons.add(new Image(in));
            } catch (IOException e) {
                LOG.debug("Could not read icon {}", path, e);
            }
        }
        return icons;
    }

    private static String stylesheet() {
        return AppLook.class.getResource(Css.STYLESHEET).toExternalForm();
    }
}
