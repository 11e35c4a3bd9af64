package org.innovationportfolio.ui.shell;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.innovationportfolio.ui.SettingsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Remembers which screen was showing, in a small file in the data folder, so the next start opens there. */
public final class LastScreen {

    static final String FILE_NAME = "workspace.properties";
    private static final String KEY = "screen";
    private static final Logger LOG = LoggerFactory.getLogger(LastScreen.class);

    private final Path file;

    public LastScreen(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    /** The screen last saved, if the file is there and readable. */
    public Optional<Screen> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            return Optional.of(Screen.valueOf(properties.getProperty(KEY, "")));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring the unreadable workspace settings in {}", file, e);
            return Optional.empty();
        }
    }

    /** Saves {@code screen}; a failure is logged, as only the starting screen is at stake. */
    public void save(Screen screen) {
        Properties properties = new Properties();
        properties.setProperty(KEY, screen.name());
        try {
            SettingsFile.write(file, properties, "Innovation Portfolio workspace");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the last screen to {}", file, e);
        }
    }
}
