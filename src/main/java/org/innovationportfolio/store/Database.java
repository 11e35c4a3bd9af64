package org.innovationportfolio.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.innovationportfolio.logic.AlreadyOpenException;
import org.innovationportfolio.logic.Backups;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.Store;
import org.innovationportfolio.logic.backup.ZipLimits;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portfolio's embedded database in a data folder: locks the folder, boots Derby, migrates the
 * schema, and offers the {@link Store}, backup and restore. One per data folder per process.
 */
public final class Database implements AutoCloseable, Backups {

    static {
        // Before Derby first boots in this JVM, so its log never becomes derby.log in the working directory.
        DerbyLog.install();
    }

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String DATABASE_FOLDER = "db";
    private static final String ASIDE_PREFIX = ".db-before-restore-";
    private static final String RESTORE_PREFIX = ".restore-";
    private static final String BACKUP_PREFIX = ".backup-";

    private final Path dataFolder;
    private final Path databaseFolder;
    private final FolderLock folderLock;
    // Store calls share it; close and restore take it exclusively, so they wait for work in flight.
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    // Made on first use (by the boot), since setting JDBI up takes a while and claim() should not wait for it.
    private volatile Jdbi jdbi;
    private final DerbyStore store;
    private final Migrations migrations;
    private volatile boolean open;
    private volatile boolean closed;
    private volatile int schemaVersion;

    private Database(Path dataFolder, FolderLock folderLock) {
        this.dataFolder = dataFolder;
        this.databaseFolder = dataFolder.resolve(DATABASE_FOLDER);
        this.folderLock = folderLock;
        this.store = new DerbyStore(this::jdbi, dataFolder, gate.readLock(), this::checkOpen);
        this.migrations = new Migrations(DerbyFiles.url(databaseFolder));
    }

    /**
     * Opens the portfolio in {@code dataFolder} (which must exist), creating and migrating the
     * database as needed.
     *
     * @throws AlreadyOpenException when another copy of the app has the folder
     * @throws RefusedException when the database was made by a newer version of the app
     * @throws StoreException when the database cannot be opened, with a message for the user
     */
    public static Database open(Path dataFolder) {
        Database database = claim(dataFolder);
        try {
            database.open();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Takes the data folder for this process without opening the database yet: quick, so that a
     * second copy of the app is refused at once. Then {@link #open()} it (on any thread), or
     * {@link #close()} it to let the folder go.
     *
     * @throws AlreadyOpenException when another copy of the app has the folder
     * @throws RefusedException when the data folder does not exist, or its path has a semicolon
     */
    public static Database claim(Path dataFolder) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new RefusedException("The data folder " + folder + " does not exist.");
        }
        if (folder.toString().indexOf(';') >= 0) {
            // Derby reads ';' in its connection address as the start of its options, so it cannot open such a path.
            throw new RefusedException("The data folder " + folder + " has a semicolon (;) in its path, and the "
                    + "portfolio's database cannot work in such a folder. Use a folder whose path has no semicolon "
                    + "(choose it with --data-dir or INNOVATION_PORTFOLIO_HOME).");
        }
        FolderLock lock = FolderLock.take(folder);
        try {
            recoverInterruptedRestore(folder);
            OwnerOnlyFiles.tidy(folder);
            return new Database(folder, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Boots the claimed database (creating it if new), refuses a newer schema, migrates. On failure
     * the folder stays claimed until {@link #close()}.
     *
     * @throws RefusedException when the database was made by a newer version of the app
     * @throws StoreException when the database cannot be opened, with a message for the user
     */
    public void open() {
        gate.writeLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("The portfolio database in " + dataFolder + " is closed.");
            }
            if (!open) {
                boot();
            }
        } finally {
            gate.writeLock().unlock();
        }
    }

    /** The logic's view of the database; stays valid across {@link #restoreFrom}. */
    public Store store() {
        return store;
    }

    /** The schema version the database is at (1 for this release). */
    public int schemaVersion() {
        return schemaVersion;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /**
     * Writes the whole database to one backup file (a zip with a checksummed manifest), atomically:
     * on failure no file is left, and an existing file at {@code file} is kept.
     *
     * @throws RefusedException when {@code file} cannot be a backup file (its folder is missing, it is a folder)
     * @throws StoreException when writing failed, with a message for the user
     */
    @Override
    public void backupTo(Path file) {
        gate.readLock().lock();
        try {
            checkOpen();
            new BackupWriter(jdbi(), dataFolder, Clock.systemUTC()).write(file, schemaVersion, appVersion());
        } catch (JdbiException e) {
            throw SqlErrors.translate(e, dataFolder);
        } finally {
            gate.readLock().unlock();
        }
    }

    /**
     * Replaces the whole database with a backup's. The file is checked whole first, and its database
     * booted with Derby's protections on, compared with the schema the app makes and read in full; any
     * problem is refused with the current data untouched. Works on a claimed database that does not
     * open (damaged): restoring is how to mend it. The current database is kept first, as a backup
     * file in {@code <data folder>/backups} (or its folder, if it is too damaged to back up). On success
     * this object (and its {@link #store()}) serves the restored data; callers should reload what they show.
     *
     * @return where the replaced portfolio was kept (null when there was none)
     * @throws RefusedException when the file is not a sound backup this version can restore
     */
    @Override
    public Path restoreFrom(Path file) {
        requireNotInsideStoreCall();
        checkNotClosed();
        // Once open, the database is at the newest schema this app knows: older ones were migrated, newer refused.
        int known = open ? schemaVersion : Migrations.shippedVersions().stream().max(Integer::compare)
                .orElse(Integer.MAX_VALUE);
        BackupManifest manifest = new BackupChecker(ZipLimits.BACKUP).check(file, known);
        gate.writeLock().lock();
        try {
            checkNotClosed();
            Path kept = new Restore(this, file, manifest, Clock.systemUTC()).run();
            store.countChange();
            return kept;
        } finally {
            gate.writeLock().unlock();
        }
    }

    /**
     * How many changes (committed writes and restores) this process has made to the portfolio; the automatic
     * backup on exit is taken only when it has grown since the last one.
     */
    public long changeCount() {
        return store.writes();
    }

    /** Shuts the database down and releases the folder. Safe to call more than once. */
    @Override
    public void close() {
        requireNotInsideStoreCall();
        gate.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            boolean wasOpen = open;
            if (wasOpen) {
                open = false;
                DerbyFiles.shutdown(databaseFolder);
            }
            folderLock.close();
            if (wasOpen) {
                LOG.info("Closed the portfolio in {}", dataFolder);
            }
        } finally {
            gate.writeLock().unlock();
        }
    }

    /** Boots (creating if new), refuses a newer schema, migrates. */
    void boot() {
        try {
            DerbyFiles.boot(databaseFolder, true);
        } catch (SQLException e) {
            throw cannotOpen(e);
        }
        try {
            schemaVersion = migrations.migrate();
        } catch (RefusedException e) {
            DerbyFiles.shutdown(databaseFolder);
            throw e;
        } catch (RuntimeException e) {
            DerbyFiles.shutdown(databaseFolder);
            throw cannotOpen(e);
        }
        open = true;
        LOG.info("Opened the portfolio in {} (schema {})", dataFolder, schemaVersion);
    }

    /**
     * Why the database did not open, with what to do: whatever Derby's code (XJ040 and the like), the
     * user can free disk space or restore a backup, which works on a database that does not open.
     */
    private RuntimeException cannotOpen(Throwable failure) {
        if (SqlErrors.hasState(failure, SqlErrors.ALREADY_BOOTED)) {
            return SqlErrors.translate(failure, dataFolder);
        }
        String state = SqlErrors.stateOf(failure);
        LOG.error("The database in {} did not open (SQLState {})", databaseFolder, state, failure);
        return new StoreException("Innovation Portfolio could not open the portfolio's database in " + databaseFolder
                + ". If the disk is full, free some space and try again. Otherwise the database is damaged. "
                + SqlErrors.RESTORE_ADVICE + " (The backups the app takes itself are in "
                + dataFolder.resolve(Restore.BACKUPS) + ".) The details are in the log.", state, failure);
    }

    /** Shuts Derby down for a restore's folder swap, keeping the folder lock. */
    void suspend() {
        open = false;
        DerbyFiles.shutdown(databaseFolder);
    }

    Path databaseFolder() {
        return databaseFolder;
    }

    /** The JDBI over this database; also for tests that watch the SQL the repositories send. */
    Jdbi jdbi() {
        Jdbi made = jdbi;
        if (made == null) {
            synchronized (this) {
                if (jdbi == null) {
                    jdbi = Jdbi.create(DerbyFiles.url(databaseFolder));
                }
                made = jdbi;
            }
        }
        return made;
    }

    Path newAsideFolder() {
        return dataFolder.resolve(ASIDE_PREFIX + System.currentTimeMillis());
    }

    Path newRestoreFolder() {
        return dataFolder.resolve(RESTORE_PREFIX + UUID.randomUUID());
    }

    boolean isOpen() {
        return open;
    }

    private void checkNotClosed() {
        if (closed) {
            throw new IllegalStateException("The portfolio database in " + dataFolder + " is closed.");
        }
    }

    private void checkOpen() {
        if (!open) {
            throw new IllegalStateException("The portfolio database in " + dataFolder + " is closed.");
        }
    }

    private void requireNotInsideStoreCall() {
        if (gate.getReadHoldCount() > 0) {
            throw new IllegalStateException("Close or restore the database outside any store read or write.");
        }
    }

    static String appVersion() {
        String version = Database.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /**
     * Puts things right after a restore that stopped half-way (power cut): a missing database with
     * a set-aside copy gets the copy back. Leftover temporary folders are ours alone (we hold the lock).
     */
    private static void recoverInterruptedRestore(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> listed = children.toList();
            for (Path p : listed) {
                String name = p.getFileName().toString();
                if (name.startsWith(RESTORE_PREFIX) || name.startsWith(BACKUP_PREFIX)) {
                    DerbyFiles.deleteTreeQuietly(p);
                }
            }
            List<Path> aside = listed.stream()
                    .filter(p -> p.getFileName().toString().startsWith(ASIDE_PREFIX))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
            Path databaseFolder = folder.resolve(DATABASE_FOLDER);
            if (!aside.isEmpty() && !Files.exists(databaseFolder)) {
                Path latest = aside.get(aside.size() - 1);
                LOG.warn("A restore was interrupted: putting back the database set aside in {}", latest);
                DerbyFiles.move(latest, databaseFolder);
            } else if (!aside.isEmpty()) {
                LOG.warn("Found {} set aside by an interrupted restore; it is kept for safety", aside);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the data folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
