package org.innovationportfolio.ui.briefing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.briefing.PrintSize;
import org.innovationportfolio.ui.SettingsFile;
import org.innovationportfolio.logic.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the briefing wizard remembers between runs (board, author, council, marking, folder), in a small file
 * in the data folder beside the window's place. Losing the file only loses these defaults.
 */
public final class BriefingPreferences {

    static final String FILE_NAME = "briefing.properties";
    private static final Logger LOG = LoggerFactory.getLogger(BriefingPreferences.class);

    /** The answers worth remembering; any may be null when never given. */
    public record Remembered(String board, String author, String council, Marking marking, Path folder, PrintSize printSize) {
        static final Remembered NONE = new Remembered(null, null, null, null, null, null);
    }

    private final Path file;

    public BriefingPreferences(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    /** What was saved last, or nothing when the file is missing or unreadable. */
    public Remembered read() {
        if (!Files.isRegularFile(file)) {
            return Remembered.NONE;
        }
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(in);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the unreadable briefing settings in {}", file, e);
            return Remembered.NONE;
        }
        return new Remembered(text(saved, "board"), text(saved, "author"), text(saved, "council"),
                marking(saved.getProperty("marking")), folder(saved.getProperty("folder")).orElse(null),
                printSize(saved.getProperty("printSize")));
    }

    /** Saves {@code remembered}; a failure is logged, as only the next run's defaults are at stake. */
    public void save(Remembered remembered) {
        Properties properties = new Properties();
        put(properties, "board", remembered.board());
        put(properties, "author", remembered.author());
        put(properties, "council", remembered.council());
        put(properties, "marking", remembered.marking() == null ? null : remembered.marking().name());
        put(properties, "folder", remembered.folder() == null ? null : remembered.folder().toString());
        put(properties, "printSize", remembered.printSize() == null ? null : remembered.printSize().toString());
        try {
            SettingsFile.write(file, properties, "Innovation Portfolio briefing pack wizard");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the briefing settings to {}", file, e);
        }
    }

    private static void put(Properties properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.setProperty(key, value);
        }
    }

    private static String text(Properties saved, String key) {
        String value = saved.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Marking marking(String name) {
        try {
            return name == null ? null : Marking.parse(name);
        } catch (RefusedException unreadable) {
            return null;
        }
    }

    private static PrintSize printSize(String text) {
        try {
            return text == null ? null : PrintSize.parse(text);
        } catch (RefusedException unreadable) {
            return null;
        }
    }

    private static Optional<Path> folder(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(Path.of(text));
        } catch (InvalidPathException unreadable) {
            return Optional.empty();
        }
    }
}
