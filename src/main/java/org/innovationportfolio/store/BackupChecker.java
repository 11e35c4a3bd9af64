package org.innovationportfolio.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.backup.EntryDigest;
import org.innovationportfolio.logic.backup.SafeZipReader;
import org.innovationportfolio.logic.backup.UnsafeZipException;
import org.innovationportfolio.logic.backup.ZipLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a backup file whole before a restore touches anything (zip, manifest, every checksum, safe
 * names, size limits, schema version), and unpacks it, checking again as it writes.
 */
final class BackupChecker {

    private static final Logger LOG = LoggerFactory.getLogger(BackupChecker.class);
    private static final String NOTHING = " Nothing was restored.";
    private static final int MAX_MANIFEST_BYTES = 16 << 20;
    /** Room left over after a restore, for Derby's log and the app's own writes. */
    private static final long MARGIN_BYTES = 64L << 20;

    private final ZipLimits limits;

    BackupChecker(ZipLimits limits) {
        this.limits = limits;
    }

    /** The manifest of a backup that passed every check; otherwise refused with what was wrong. */
    BackupManifest check(Path file, int knownSchemaVersion) {
        try (SafeZipReader zip = SafeZipReader.open(file, limits)) {
            BackupManifest manifest = manifestOf(zip, knownSchemaVersion);
            Map<String, BackupManifest.Entry> promised = promised(manifest);
            for (String name : zip.fileNames()) {
                if (!name.equals(BackupManifest.FILE_NAME) && !promised.containsKey(name)) {
                    throw refused("The backup is damaged: it holds " + name + ", which its manifest does not list.");
                }
            }
            for (BackupManifest.Entry entry : manifest.entries()) {
                if (!zip.contains(entry.path())) {
                    throw refused("The backup is damaged: " + entry.path() + " is missing.");
                }
                matches(entry, digestNoFurtherThanPromised(zip, entry));
            }
            return manifest;
        } catch (UnsafeZipException e) {
            throw refusedFor(e);
        } catch (IOException e) {
            LOG.warn("Reading the backup {} failed", file, e);
            throw refused("The backup could not be read (" + e.getMessage() + ").");
        }
    }

    /**
     * Only the manifest of a backup, to list it (its date, size and project count) without checking every entry;
     * refused when the file is not a backup or its manifest does not read.
     */
    BackupManifest manifestOnly(Path file) {
        try (SafeZipReader zip = SafeZipReader.open(file, limits)) {
            return manifestOf(zip, Integer.MAX_VALUE);
        } catch (UnsafeZipException e) {
            throw refusedFor(e);
        } catch (IOException e) {
            throw refused("The backup could not be read (" + e.getMessage() + ").");
        }
    }

    /** Unpacks a checked backup into {@code folder}, refusing it if any entry differs from the manifest now. */
    void extract(Path file, BackupManifest manifest, Path folder) {
        try (SafeZipReader zip = SafeZipReader.open(file, limits)) {
            Map<String, BackupManifest.Entry> promised = promised(manifest);
            refuseIfTheDiskIsTooFull(manifest, folder.getParent());
            Map<String, EntryDigest> written = zip.extractTo(folder, name -> promised.containsKey(name)
                    ? promised.get(name).size() : MAX_MANIFEST_BYTES);
            for (BackupManifest.Entry entry : manifest.entries()) {
                EntryDigest digest = written.get(entry.path());
                if (digest == null) {
                    throw refused("The backup is damaged: " + entry.path() + " is missing.");
                }
                matches(entry, digest);
            }
        } catch (UnsafeZipException e) {
            throw refusedFor(e);
        } catch (IOException e) {
            LOG.warn("Unpacking the backup {} into {} failed", file, folder, e);
            DiskFullException.throwIfDiskFull(e, manifest.entries().stream().mapToLong(BackupManifest.Entry::size).sum());
            throw new StoreException("The backup could not be unpacked (" + e.getMessage()
                    + "). Check there is space on the disk." + NOTHING, null, e);
        }
    }

    /**
     * A backup is unpacked beside the database, which it then replaces while the current one is kept as a
     * backup too: refused before anything is written when the disk has not the room, rather than filling it.
     */
    private void refuseIfTheDiskIsTooFull(BackupManifest manifest, Path dataFolder) throws IOException {
        long needed = 0;
        for (BackupManifest.Entry entry : manifest.entries()) {
            needed += Math.max(entry.size(), 0);
        }
        if (needed > limits.maxTotalBytes()) {
            throw refused("This file holds more than a backup can, so it was not opened (it may be damaged or "
                    + "hostile).");
        }
        long free = Files.getFileStore(dataFolder).getUsableSpace();
        // Twice: the unpacked copy, and the backup of the current portfolio kept before the swap (at most as big).
        if (free < 2 * needed + MARGIN_BYTES) {
            throw new RefusedException("There is not enough free disk space to restore this backup: it needs about "
                    + megabytes(2 * needed + MARGIN_BYTES) + " and " + megabytes(free) + " is free. Free some space "
                    + "and try again." + NOTHING);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.UK, "%,d MB", (bytes + (1 << 20) - 1) >> 20);
    }

    private BackupManifest manifestOf(SafeZipReader zip, int knownSchemaVersion) throws UnsafeZipException {
        if (!zip.contains(BackupManifest.FILE_NAME)) {
            throw refused("This file is not an Innovation Portfolio backup (no manifest).");
        }
        BackupManifest manifest;
        try {
            manifest = BackupManifest.fromJson(zip.readAll(BackupManifest.FILE_NAME, MAX_MANIFEST_BYTES));
        } catch (IOException e) {
            LOG.warn("The backup's manifest is unreadable", e);
            throw refused("This file is not an Innovation Portfolio backup (its manifest cannot be read).");
        }
        if (!BackupManifest.FORMAT.equals(manifest.format())) {
            throw refused("This file is not an Innovation Portfolio backup (its manifest is for \""
                    + manifest.format() + "\").");
        }
        if (manifest.formatVersion() > BackupManifest.FORMAT_VERSION) {
            throw new RefusedException("This backup was made by a newer version of Innovation Portfolio (backup format "
                    + manifest.formatVersion() + "). Update the app to restore it." + NOTHING);
        }
        if (manifest.schemaVersion() > knownSchemaVersion) {
            throw new RefusedException("This backup was made by a newer version of Innovation Portfolio (schema "
                    + manifest.schemaVersion() + "). Update the app to restore it." + NOTHING);
        }
        if (manifest.entries().stream().noneMatch(e -> e != null && e.path() != null
                && e.path().startsWith(BackupWriter.DATABASE_ENTRY + "/"))) {
            throw refused("The backup is damaged: it lists no database files.");
        }
        return manifest;
    }

    private static Map<String, BackupManifest.Entry> promised(BackupManifest manifest) throws UnsafeZipException {
        Map<String, BackupManifest.Entry> byPath = new HashMap<>();
        for (BackupManifest.Entry entry : manifest.entries()) {
            if (entry == null || entry.path() == null || entry.sha256() == null) {
                throw refused("The backup is damaged: its manifest has an incomplete entry.");
            }
            if (!entry.path().startsWith(BackupWriter.DATABASE_ENTRY + "/")
                    && !entry.path().startsWith(BackupWriter.DOCUMENTS_ENTRY + "/")) {
                throw refused("The backup is damaged: its manifest lists " + entry.path()
                        + ", which is not part of a database or its documents.");
            }
            refuseCode(entry.path());
            if (byPath.put(entry.path(), entry) != null) {
                throw refused("The backup is damaged: its manifest lists " + entry.path() + " twice.");
            }
        }
        return byPath;
    }

    /**
     * A Derby database folder holds its settings, {@code seg0/} (the data) and {@code log/}. An installed jar
     * ({@code jar/}) is program code that Derby would run; the app never installs one, so a backup holding
     * one was made to run code on whoever restores it, and nothing else in a database folder is ours either.
     */
    private static void refuseCode(String path) throws UnsafeZipException {
        String prefix = BackupWriter.DATABASE_ENTRY + "/";
        if (!path.startsWith(prefix)) {
            return;
        }
        int slash = path.indexOf('/', prefix.length());
        if (slash < 0) {
            return; // a file beside service.properties: data Derby reads, never code
        }
        String folder = path.substring(prefix.length(), slash);
        if (folder.equalsIgnoreCase("jar")) {
            throw new RefusedException("This backup holds program code (" + path + "), which an Innovation "
                    + "Portfolio backup never does, so it was not opened: it may have been made to harm your "
                    + "computer. Restore a backup you made with the app." + NOTHING);
        }
        if (!folder.equals("seg0") && !folder.equals("log")) {
            throw refused("The backup is damaged: it holds " + path + ", which is not part of a portfolio's "
                    + "database.");
        }
    }

    /** An entry inflated no further than one byte past the size the manifest promises: a zip bomb stops there. */
    private static EntryDigest digestNoFurtherThanPromised(SafeZipReader zip, BackupManifest.Entry entry)
            throws UnsafeZipException {
        try {
            return zip.digest(entry.path(), entry.size() + 1);
        } catch (UnsafeZipException e) {
            if (e.problem() == UnsafeZipException.Problem.TOO_LARGE) {
                LOG.warn("Backup entry {} inflates past the {} bytes its manifest promises", entry.path(), entry.size());
                throw refused("The backup is damaged: " + entry.path() + " does not match its checksum.");
            }
            throw e;
        }
    }

    private static void matches(BackupManifest.Entry entry, EntryDigest actual) {
        if (actual.size() != entry.size() || !actual.sha256().equalsIgnoreCase(entry.sha256())) {
            throw refused("The backup is damaged: " + entry.path() + " does not match its checksum.");
        }
    }

    private static RefusedException refusedFor(UnsafeZipException e) {
        LOG.warn("Backup refused: {}", e.getMessage(), e);
        String entry = e.entry();
        return switch (e.problem()) {
            case EMPTY -> refused("This file is empty, so it is not an Innovation Portfolio backup.");
            case NOT_A_ZIP -> refused("This file is not an Innovation Portfolio backup, or it is incomplete "
                    + "(it may have been cut short while copying).");
            case TOO_MANY_ENTRIES, TOO_LARGE -> refused("This file holds more than a backup can, so it was not "
                    + "opened (it may be damaged or hostile).");
            case UNSAFE_NAME -> refused("This file is unsafe: its entry \"" + entry
                    + "\" would be written outside the restore folder.");
            case DUPLICATE_NAME -> refused("The backup is damaged: it holds " + entry + " twice.");
            case DAMAGED_ENTRY -> refused("The backup is damaged: " + entry + " cannot be read.");
            case NO_SUCH_ENTRY -> refused("The backup is damaged: " + entry + " is missing.");
        };
    }

    private static RefusedException refused(String message) {
        return new RefusedException(message + NOTHING);
    }
}
