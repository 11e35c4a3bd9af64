package org.innovationportfolio.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code backup --to FOLDER}: a checked backup, named for when it was taken, into a folder the user chose (a USB
 * stick, a network share). Written as the automatic backups are ({@link CheckedBackups}): a crash or a full disk
 * leaves no file under a backup's name. Each thing that can be wrong with the folder is said in plain English.
 */
public final class FolderBackup {

    private static final Logger LOG = LoggerFactory.getLogger(FolderBackup.class);
    private static final String PREFIX = "portfolio-backup-";
    private static final String ZIP = ".zip";
    /** A backup's name while it is checked, or that name's temporary file (see BackupWriter): ours alone. */
    private static final java.util.regex.Pattern STALE_CHECKING = java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(CheckedBackups.CHECKING_PREFIX + PREFIX)
                    + "\\d{4}-\\d{2}-\\d{2}-\\d{6}(-\\d+)?\\.zip"
                    + "|\\." + java.util.regex.Pattern.quote(CheckedBackups.CHECKING_PREFIX + PREFIX)
                    + "\\d{4}-\\d{2}-\\d{2}-\\d{6}(-\\d+)?\\.zip"
                    + "\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmmss", Locale.UK);

    private FolderBackup() {
    }

    /**
     * Writes a checked backup of {@code database} into {@code folder}, named {@code portfolio-backup-<local time>.zip}
     * (with {@code -2}, {@code -3}… when that name is taken).
     *
     * @return the backup written
     * @throws RefusedException when the folder is missing, is a file, cannot be written or its disk is full, saying
     *     which and what to do; nothing is left in the folder
     */
    public static Path into(Database database, Path folder, Clock clock) {
        Path target = folder.toAbsolutePath().normalize();
        if (!Files.exists(target)) {
            throw new RefusedException("The folder " + target + " does not exist. Create it, or choose another "
                    + "folder with --to. No backup was written.");
        }
        if (!Files.isDirectory(target)) {
            throw new RefusedException(target + " is a file, not a folder. Give --to the folder the backup should go "
                    + "into (it is named for the time it was taken), or use --out for a file name.");
        }
        probeWritable(target);
        deleteStaleCheckingFiles(target, java.time.Instant.now());
        String stamp = STAMP.format(clock.instant().atZone(clock.getZone()));
        Path file = target.resolve(PREFIX + stamp + ZIP);
        for (int n = 2; Files.exists(file, LinkOption.NOFOLLOW_LINKS); n++) {
            file = target.resolve(PREFIX + stamp + "-" + n + ZIP);
        }
        try {
            return CheckedBackups.write(database, file, checkpoint -> { });
        } catch (CheckedBackups.CheckFailed e) {
            throw new StoreException("The backup written to " + target + " failed its check when read back, so it "
                    + "was deleted: the disk or the connection to it may be faulty. Your portfolio is unchanged. "
                    + "Try another folder.", null, e);
        } catch (IOException | RefusedException e) {
            throw refusalFor(e, target, database);
        }
    }

    /**
     * Deletes what an earlier backup into {@code folder} left when it was cut short (a crash, a pulled USB
     * stick): only our own names, a {@code .checking-portfolio-backup-…zip} or its temporary file, and only
     * those last written before {@code started}, so a backup another copy of the app is writing there now is
     * left alone. Failing to delete one is only logged.
     */
    static void deleteStaleCheckingFiles(Path folder, java.time.Instant started) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!STALE_CHECKING.matcher(name).matches() || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        || !Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(started)) {
                    continue;
                }
                try {
                    Files.delete(file);
                    LOG.info("Deleted {}, left by a backup into {} that was cut short", name, folder);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}, left by a backup that was cut short", file, e);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not look for backups cut short in {}", folder, e);
        }
    }

    /** The failure as the user should read it: a full disk there, no permission there, or what was said. */
    static RefusedException refusalFor(Exception failure, Path folder, Database database) {
        if (DiskFullException.isDiskFull(failure)) {
            long needed = database == null ? 0 : sizeOfData(database.dataFolder());
            return new RefusedException(noSpace(folder, needed), failure);
        }
        if (hasCause(failure, AccessDeniedException.class)) {
            return new RefusedException(cannotWrite(folder), failure);
        }
        if (failure instanceof RefusedException refused) {
            return refused;
        }
        LOG.error("Backup into {} failed", folder, failure);
        return new StoreException("The backup could not be written to " + folder + " (" + failure.getMessage()
                + "). No backup was left there; check the folder and try again.", null, failure);
    }

    /** "There is no space left on the disk with the folder F (about N MB needed). …" */
    static String noSpace(Path folder, long neededBytes) {
        String needed = neededBytes > 0 ? " (about " + Math.max(1, (neededBytes + 999_999) / 1_000_000) + " MB needed)"
                : "";
        return "There is no space left on the disk with the folder " + folder + needed + ". No backup was left "
                + "there and your portfolio is unchanged: free some space on that disk, or choose another folder.";
    }

    private static String cannotWrite(Path folder) {
        return "You do not have permission to write to the folder " + folder + ". No backup was written: choose a "
                + "folder you can save files in, for example in your Documents folder.";
    }

    /** Writing a file is the only sure test: permission bits do not tell the whole story (ACLs, read-only mounts). */
    private static void probeWritable(Path folder) {
        Path probe = folder.resolve(".write-check-" + UUID.randomUUID() + ".tmp");
        try {
            OwnerOnlyFiles.create(probe);
            Files.delete(probe);
        } catch (IOException e) {
            LOG.warn("Cannot write to {}", folder, e);
            if (DiskFullException.isDiskFull(e)) {
                throw new RefusedException(noSpace(folder, 0), e);
            }
            throw new RefusedException(cannotWrite(folder), e);
        }
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The database and documents' size on disk: a backup (compressed) is no bigger. */
    private static long sizeOfData(Path dataFolder) {
        long bytes = 0;
        for (Path part : new Path[] {dataFolder.resolve(Database.DATABASE_FOLDER),
                dataFolder.resolve(BackupWriter.DOCUMENTS_ENTRY)}) {
            if (!Files.isDirectory(part)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(part)) {
                bytes += walk.filter(Files::isRegularFile).mapToLong(FolderBackup::sizeOf).sum();
            } catch (IOException e) {
                LOG.debug("Could not size {}", part, e);
            }
        }
        return bytes;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
