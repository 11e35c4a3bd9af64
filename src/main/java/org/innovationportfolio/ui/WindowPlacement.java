package org.innovationportfolio.ui;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers where the main window was and how big, in a small file in the data folder, so each
 * portfolio reopens as it was left. Losing the file only loses the window's size.
 */
public final class WindowPlacement {

    static final String FILE_NAME = "window.properties";
    private static final Logger LOG = LoggerFactory.getLogger(WindowPlacement.class);
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;
    private static final double MIN_WIDTH = 640;
    private static final double MIN_HEIGHT = 400;

    private final Path file;
    private Rectangle2D normalBounds;

    public WindowPlacement(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    /**
     * Sizes and places {@code stage} as last saved, or at a default size in the middle of the main
     * screen when nothing was saved or the saved place is on a screen no longer attached.
     */
    public void restore(Stage stage) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        Properties saved = read();
        Rectangle2D bounds = boundsIn(saved);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (bounds != null && !Screen.getScreensForRectangle(bounds).isEmpty()) {
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
        } else {
            double width = Math.min(DEFAULT_WIDTH, screen.getWidth());
            double height = Math.min(DEFAULT_HEIGHT, screen.getHeight());
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        }
        stage.setMaximized(Boolean.parseBoolean(saved.getProperty("maximized", "false")));
        normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        // A maximised window's bounds are the screen's; remember the size to go back to instead.
        stage.xProperty().addListener((o, was, is) -> remember(stage));
        stage.yProperty().addListener((o, was, is) -> remember(stage));
        stage.widthProperty().addListener((o, was, is) -> remember(stage));
        stage.heightProperty().addListener((o, was, is) -> remember(stage));
    }

    /** Writes the window's place; failures are logged, never shown, as nothing of the user's is at stake. */
    public void save(Stage stage) {
        remember(stage);
        Properties properties = new Properties();
        properties.setProperty("x", Double.toString(normalBounds.getMinX()));
        properties.setProperty("y", Double.toString(normalBounds.getMinY()));
        properties.setProperty("width", Double.toString(normalBounds.getWidth()));
        properties.setProperty("height", Double.toString(normalBounds.getHeight()));
        properties.setProperty("maximized", Boolean.toString(stage.isMaximized()));
        try {
            SettingsFile.write(file, properties, "Innovation Portfolio main window");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the window's size and place to {}", file, e);
        }
    }

    private void remember(Stage stage) {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    private Properties read() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Ignoring the unreadable window settings in {}", file, e);
            }
        }
        return properties;
    }

    private static Rectangle2D boundsIn(Properties saved) {
        double x = number(saved, "x");
        double y = number(saved, "y");
        double width = number(saved, "width");
        double height = number(saved, "height");
        if (!Double.isFinite(x + y + width + height) || width < MIN_WIDTH || height < MIN_HEIGHT) {
            return null;
        }
        return new Rectangle2D(x, y, width, height);
    }

    private static double number(Properties saved, String key) {
        String text = saved.getProperty(key);
        try {
            return text == null ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException unreadable) {
            return Double.NaN;
        }
    }
}
