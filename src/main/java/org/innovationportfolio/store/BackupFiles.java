package org.innovationportfolio.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.innovationportfolio.logic.backup.SafeZipReader;
import org.innovationportfolio.logic.backup.UnsafeZipException;
import org.innovationportfolio.logic.backup.ZipLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which backups are protected with a password: read from the database settings entry each holds, as plain
 * text, never booting or unpacking it. Used to find the unprotected copies left in the data folder after
 * the portfolio is protected.
 */
final class BackupFiles {

    private static final Logger LOG = LoggerFactory.getLogger(BackupFiles.class);
    private static final String SERVICE_ENTRY = BackupWriter.DATABASE_ENTRY + "/" + DerbyFiles.SERVICE_PROPERTIES;
    private static final int MAX_SERVICE_BYTES = 1 << 20;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmmss")
            .withZone(ZoneOffset.UTC);
    /** The plain backup taken just before a portfolio is protected. */
    static final String BEFORE_PROTECTION = "before-protection-";

    private BackupFiles() {
    }

    static String stamp(Clock clock) {
        return STAMP.format(clock.instant());
    }

    /** True when the backup's database is encrypted; false when it is not, or the file cannot be read. */
    static boolean isEncrypted(Path file) {
        try (SafeZipReader zip = SafeZipReader.open(file, ZipLimits.BACKUP)) {
            if (!zip.contains(SERVICE_ENTRY)) {
                return false;
            }
            Properties properties = new Properties();
            properties.load(new ByteArrayInputStream(zip.readAll(SERVICE_ENTRY, MAX_SERVICE_BYTES)));
            return "true".equalsIgnoreCase(properties.getProperty("dataEncryption", "").strip());
        } catch (UnsafeZipException | IOException | IllegalArgumentException e) {
            LOG.debug("Could not tell whether {} is protected", file, e);
            return false;
        }
    }

    /**
     * Backups (files and kept database folders) in the data folder's backups folder, and database folders
     * set aside by an interrupted restore, whose data is not encrypted.
     */
    static List<Path> unprotectedIn(Path dataFolder) {
        List<Path> found = new ArrayList<>();
        Path backups = dataFolder.resolve(Restore.BACKUPS);
        for (Path candidate : list(backups)) {
            if (isPlainCopy(candidate)) {
                found.add(candidate);
            }
        }
        for (Path candidate : list(dataFolder)) {
            if (candidate.getFileName().toString().startsWith(".db-before-restore-") && isPlainCopy(candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static boolean isPlainCopy(Path candidate) {
        if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return candidate.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")
                    && !isEncrypted(candidate);
        }
        if (Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)) {
            Path database = Files.isRegularFile(candidate.resolve(DerbyFiles.SERVICE_PROPERTIES))
                    ? candidate : candidate.resolve(BackupWriter.DATABASE_ENTRY);
            return Files.exists(database.resolve(DerbyFiles.SERVICE_PROPERTIES)) && !DerbyFiles.isEncrypted(database);
        }
        return false;
    }

    /** Deletes those of {@code backups} that are still unprotected copies in the data folder; how many. */
    static int deleteUnprotected(Path dataFolder, List<Path> backups) {
        List<Path> allowed = unprotectedIn(dataFolder);
        int deleted = 0;
        for (Path backup : backups) {
            Path normalised = backup.toAbsolutePath().normalize();
            if (!allowed.contains(normalised)) {
                LOG.warn("Not deleting {}: it is not an unprotected backup in {}", backup, dataFolder);
                continue;
            }
            if (Files.isDirectory(normalised, LinkOption.NOFOLLOW_LINKS)) {
                DerbyFiles.deleteTree(normalised);
            } else {
                deleteQuietly(normalised);
            }
            deleted++;
        }
        LOG.info("Deleted {} unprotected backups from {}", deleted, dataFolder);
        return deleted;
    }

    /**
     * Once the portfolio is encrypted, the plain backups taken just before protecting it (left behind when
     * the app stopped before it could delete them) are deleted: the encryption they guarded finished.
     */
    static void deleteLeftoverProtectionBackups(Path dataFolder) {
        for (Path candidate : list(dataFolder.resolve(Restore.BACKUPS))) {
            if (candidate.getFileName().toString().startsWith(BEFORE_PROTECTION)
                    && Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS) && !isEncrypted(candidate)) {
                LOG.info("Deleting {}, an unprotected copy taken before the portfolio was protected", candidate);
                deleteQuietly(candidate);
            }
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            LOG.warn("Could not list {}", folder, e);
            return List.of();
        }
    }
}
