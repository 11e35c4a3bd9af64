package org.innovationportfolio.ui.tracker;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import org.innovationportfolio.logic.tracker.ColumnMapping;
import org.innovationportfolio.logic.tracker.SheetTable;
import org.innovationportfolio.ui.SettingsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The column mappings an officer corrected, one per workbook shape (sheet name and header texts), in a small
 * file in the data folder, so next month's tracker opens with them. Kept out of the portfolio itself, so an
 * undone import does not forget them; losing the file only loses these defaults.
 */
public final class TrackerMappings {

    static final String FILE_NAME = "tracker-mappings.properties";
    private static final Logger LOG = LoggerFactory.getLogger(TrackerMappings.class);

    private final Path file;

    public TrackerMappings(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    /** The mapping remembered for {@code sheet} with its headers in {@code headerRow}, if any still fits it. */
    public Optional<ColumnMapping> find(SheetTable sheet, int headerRow) {
        String saved = read().getProperty(key(ColumnMapping.shape(sheet, headerRow)));
        return saved == null ? Optional.empty() : ColumnMapping.decode(sheet, headerRow, saved);
    }

    /** Remembers {@code mapping} for its sheet's shape; a failure is logged, as only next time's default is at stake. */
    public void remember(SheetTable sheet, ColumnMapping mapping) {
        Properties all = read();
        all.setProperty(key(ColumnMapping.shape(sheet, mapping.headerRow())), mapping.encode());
        try {
            SettingsFile.write(file, all, "Innovation Portfolio: spreadsheet tracker column mappings, by workbook shape");
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the tracker's column mapping to {}", file, e);
        }
    }

    private Properties read() {
        Properties saved = new Properties();
        if (!Files.isRegularFile(file)) {
            return saved;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(in);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the unreadable tracker mappings in {}", file, e);
            return new Properties();
        }
        return saved;
    }

    /** The shape's digest: header texts can be long and hold characters a properties key would escape. */
    private static String key(String shape) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(shape.getBytes(StandardCharsets.UTF_8));
            return "shape." + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
