package org.innovationportfolio.ui.shell;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.innovationportfolio.ui.SettingsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * View › Text size: the window's text as a percentage of the normal size, kept between runs in a small file
 * in the data folder. Normal is the theme's 14 pixels, or the system's own font size where that is larger,
 * so text follows a larger font chosen in the operating system. Every size in our stylesheets is in em,
 * so the whole window scales with it.
 */
final class TextScale {

    static final String FILE_NAME = "display.properties";
    static final List<Integer> STEPS = List.of(85, 100, 115, 130, 150, 175, 200);
    static final int NORMAL = 100;
    private static final double THEME_SIZE = 14;
    private static final String KEY = "textSizePercent";
    private static final Logger LOG = LoggerFactory.getLogger(TextScale.class);

    private final Path file;
    private final double normalSize;
    private int percent;

    /** @param systemFontSize the platform's default font size in pixels ({@code Font.getDefault().getSize()}) */
    TextScale(Path dataFolder, double systemFontSize) {
        this.file = dataFolder.resolve(FILE_NAME);
        this.normalSize = Math.max(THEME_SIZE, systemFontSize);
        this.percent = read();
    }

    int percent() {
        return percent;
    }

    /** The font size in pixels for the window's root. */
    double pixels() {
        return Math.round(normalSize * percent / 10.0) / 10.0;
    }

    /** The inline style that sets it on a root node. */
    String style() {
        return String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", pixels());
    }

    /** One step larger, up to the largest; saved. Answers false at the largest already. */
    boolean larger() {
        int at = STEPS.indexOf(percent);
        return at < STEPS.size() - 1 && set(STEPS.get(at + 1));
    }

    boolean smaller() {
        int at = STEPS.indexOf(percent);
        return at > 0 && set(STEPS.get(at - 1));
    }

    boolean normal() {
        return percent != NORMAL && set(NORMAL);
    }

    private boolean set(int newPercent) {
        percent = newPercent;
        save();
        return true;
    }

    private int read() {
        if (!Files.isRegularFile(file)) {
            return NORMAL;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            int stored = Integer.parseInt(properties.getProperty(KEY, "").strip());
            return STEPS.contains(stored) ? stored : NORMAL;
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Ignoring the unreadable text size in {}", file, e);
            return NORMAL;
        }
    }

    /** A failure is logged: only the next start's text size is at stake. */
    private void save() {
        Properties properties = new Properties();
        properties.setProperty(KEY, Integer.toString(percent));
        try {
            SettingsFile.write(file, properties, "Innovation Portfolio display");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the text size to {}", file, e);
        }
    }
}
