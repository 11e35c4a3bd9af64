package org.innovationportfolio.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups hold the whole portfolio, private notes included: they, and every temporary file on the way to
 * them, are readable by their owner only where the file system has POSIX permissions (on Windows the
 * user's own folders are private already). Also tidies the temporary files a crash left behind.
 */
final class OwnerOnlyFiles {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    /** A backup's temporary file, as {@link BackupWriter} names it: ".NAME.UUID.tmp". */
    private static final Pattern BACKUP_TEMPORARY = Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");
    private static final String RESTORING_SUFFIX = ".restoring.part";
    /** A document's copy being written: "UUID.part" (attaching) or ".UUID.part" (an import, locking, unlocking). */
    private static final Pattern DOCUMENT_TEMPORARY = Pattern.compile(
            "\\.?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.part");

    private OwnerOnlyFiles() {
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates a new, empty file that only its owner can read or write. */
    static Path create(Path file) throws IOException {
        if (posix()) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE);
            return Files.createFile(file, ownerOnly);
        }
        return Files.createFile(file);
    }

    /** The name of the temporary file a document being restored is copied to before it is moved into place. */
    static Path restoringCopyOf(Path target) {
        return target.resolveSibling(target.getFileName() + RESTORING_SUFFIX);
    }

    /**
     * At start, with the data folder locked: deletes the temporary files a crash left in the backups folder
     * and the documents folder (only names we make), and makes the backups there owner-only.
     */
    static void tidy(Path dataFolder) {
        Path backups = dataFolder.resolve(Restore.BACKUPS);
        if (Files.isDirectory(backups, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> files = Files.list(backups)) {
                for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    String name = file.getFileName().toString();
                    if (BACKUP_TEMPORARY.matcher(name).matches()
                            || name.startsWith(AutoBackups.CHECKING_PREFIX) && name.endsWith(".zip")) {
                        LOG.info("Deleting {}, left half-written by an earlier run", file);
                        Files.deleteIfExists(file);
                    } else if (name.endsWith(".zip") && posix()) {
                        Files.setPosixFilePermissions(file, OWNER_READ_WRITE);
                    }
                }
            } catch (IOException e) {
                LOG.warn("Could not tidy the backups folder {}", backups, e);
            }
        }
        Path documents = dataFolder.resolve(BackupWriter.DOCUMENTS_ENTRY);
        if (Files.isDirectory(documents, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(documents)) {
                for (Path file : walk.filter(f -> f.getFileName().toString().endsWith(RESTORING_SUFFIX)
                                || DOCUMENT_TEMPORARY.matcher(f.getFileName().toString()).matches())
                        .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    LOG.info("Deleting {}, left half-copied by an interrupted run", file);
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                LOG.warn("Could not tidy the documents folder {}", documents, e);
            }
        }
    }
}
