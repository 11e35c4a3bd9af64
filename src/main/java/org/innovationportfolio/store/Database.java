package org.innovationportfolio.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.innovationportfolio.logic.AlreadyOpenException;
import org.innovationportfolio.logic.ports.Backups;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.PasswordNeededException;
import org.innovationportfolio.logic.Passwords;
import org.innovationportfolio.logic.ports.Protection;
import org.innovationportfolio.logic.WrongPasswordException;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.backup.ZipLimits;
import org.innovationportfolio.logic.project.DocumentProtection;
import org.innovationportfolio.logic.project.ProjectDocuments;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portfolio's embedded database in a data folder: locks the folder, boots Derby, migrates the
 * schema, and offers the {@link Store}, backup and restore. One per data folder per process.
 */
public final class Database implements AutoCloseable, Backups, Protection {

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
    private final JdbiStore store;
    private final Migrations migrations;
    private volatile boolean open;
    private volatile boolean closed;
    private volatile int schemaVersion;
    // The password of an encrypted database, kept for the session (a restore reboots it); cleared on close.
    private char[] password;

    private Database(Path dataFolder, FolderLock folderLock) {
        this.dataFolder = dataFolder;
        this.databaseFolder = dataFolder.resolve(DATABASE_FOLDER);
        this.folderLock = folderLock;
        this.store = new JdbiStore(this::jdbi, dataFolder, gate.readLock(), this::checkOpen);
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
     * Opens a portfolio protected with a password, as {@link #open(Path)}; {@code password} may be null for
     * one that is not protected. The caller's array is not kept.
     *
     * @throws WrongPasswordException when the password does not open it
     * @throws PasswordNeededException when it is protected and no password was given
     */
    public static Database open(Path dataFolder, char[] password) {
        Database database = claim(dataFolder);
        try {
            database.usePassword(password);
            database.open();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** True when {@code dataFolder} holds a portfolio's database (made by this app), without opening it. */
    public static boolean holdsPortfolio(Path dataFolder) {
        return Files.exists(dataFolder.resolve(DATABASE_FOLDER).resolve(DerbyFiles.SERVICE_PROPERTIES));
    }

    /**
     * True when the portfolio in {@code dataFolder} is protected with a password, read from the database's
     * settings file without booting it.
     */
    public static boolean isProtected(Path dataFolder) {
        return DerbyFiles.isEncrypted(dataFolder.toAbsolutePath().normalize().resolve(DATABASE_FOLDER));
    }

    /**
     * Sets the password the next {@link #open()} (and any later reboot) uses; null for none. A copy is kept
     * until {@link #close()}; the caller may clear its array.
     */
    public synchronized void usePassword(char[] password) {
        Passwords.clear(this.password);
        this.password = password == null ? null : password.clone();
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
            ProjectDocuments.deleteOpenedCopies(folder);
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
            followProtectionWithDocuments();
            store.countChange();
            return kept;
        } finally {
            gate.writeLock().unlock();
        }
    }

    @Override
    public boolean isProtected() {
        return DerbyFiles.isEncrypted(databaseFolder);
    }

    /**
     * True when the backup file holds a database protected with a password, read from its settings entry
     * without unpacking or booting anything; false when the file cannot be read (the restore then says why).
     */
    public static boolean isProtectedBackup(Path file) {
        return BackupFiles.isEncrypted(file);
    }

    @Override
    public List<Path> protect(char[] newPassword) {
        String problem = Passwords.problemWith(newPassword);
        if (problem != null) {
            throw new RefusedException(problem + " The portfolio was not changed.");
        }
        requireNotInsideStoreCall();
        gate.writeLock().lock();
        try {
            checkOpen();
            if (isProtected()) {
                throw new RefusedException("This portfolio is already protected with a password. To change the "
                        + "password, use File › Change password….");
            }
            List<Path> unprotected = BackupFiles.unprotectedIn(dataFolder);
            // A plain copy first, so that whatever happens while encrypting the data can be had back.
            Path safety = safetyBackup("before-protection");
            suspend();
            try {
                DerbyFiles.bootEncrypting(databaseFolder, newPassword);
            } catch (SQLException e) {
                LOG.error("Encrypting the database in {} failed (SQLState {})", databaseFolder,
                        SqlErrors.stateOf(e), e);
                reopenAfterFailedChange(newPassword, null);
                throw new StoreException("The portfolio could not be protected with a password ("
                        + plainReason(e) + "). It is as it was, without a password. A backup taken just before is "
                        + "kept in " + safety + ".", SqlErrors.stateOf(e), e);
            }
            usePassword(newPassword);
            open = true;
            followProtectionWithDocuments();
            // That copy holds the data unencrypted: it must not outlive the protection it was taken for (nor
            // must one left by an earlier try that was cut short).
            BackupFiles.deleteQuietly(safety);
            BackupFiles.deleteLeftoverProtectionBackups(dataFolder);
            LOG.info("Protected the portfolio in {} with a password", dataFolder);
            return unprotected;
        } finally {
            gate.writeLock().unlock();
        }
    }

    @Override
    public void changePassword(char[] current, char[] replacement) {
        String problem = Passwords.problemWith(replacement);
        if (problem != null) {
            throw new RefusedException(problem + " The password was not changed.");
        }
        requireNotInsideStoreCall();
        gate.writeLock().lock();
        try {
            checkOpen();
            requireCurrentPassword(current);
            // Derby keeps the data's key and re-locks it with the new password, in one step in its settings.
            // A bound parameter, so neither password is in any statement text Derby could log.
            try (Connection connection = java.sql.DriverManager.getConnection(DerbyFiles.url(databaseFolder));
                    PreparedStatement statement = connection.prepareStatement(
                            "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('bootPassword', ?)")) {
                statement.setString(1, new String(current) + " , " + new String(replacement));
                statement.execute();
            } catch (SQLException e) {
                LOG.error("Changing the password of {} failed (SQLState {})", databaseFolder, SqlErrors.stateOf(e), e);
                throw new StoreException("The password could not be changed (" + plainReason(e)
                        + "). The old password still opens the portfolio.", SqlErrors.stateOf(e), e);
            }
            usePassword(replacement);
            LOG.info("Changed the password of the portfolio in {}", dataFolder);
        } finally {
            gate.writeLock().unlock();
        }
    }

    @Override
    public void removeProtection(char[] current) {
        requireNotInsideStoreCall();
        gate.writeLock().lock();
        try {
            checkOpen();
            requireCurrentPassword(current);
            Path safety = safetyBackup("before-removing-protection"); // encrypted, like the database
            suspend();
            try {
                DerbyFiles.bootDecrypting(databaseFolder, current);
            } catch (SQLException e) {
                LOG.error("Decrypting the database in {} failed (SQLState {})", databaseFolder,
                        SqlErrors.stateOf(e), e);
                reopenAfterFailedChange(null, current);
                throw new StoreException("The password protection could not be removed (" + plainReason(e)
                        + "). The portfolio is as it was, protected by its password. A backup taken just before is "
                        + "kept in " + safety + ".", SqlErrors.stateOf(e), e);
            }
            usePassword(null);
            open = true;
            followProtectionWithDocuments();
            LOG.info("Removed the password protection of the portfolio in {}", dataFolder);
        } finally {
            gate.writeLock().unlock();
        }
    }

    @Override
    public int deleteUnprotectedBackups(List<Path> backups) {
        return BackupFiles.deleteUnprotected(dataFolder, backups);
    }

    private void requireCurrentPassword(char[] current) {
        if (!isProtected()) {
            throw new RefusedException("This portfolio is not protected with a password. To protect it, use "
                    + "File › Protect with a password….");
        }
        synchronized (this) {
            if (!Passwords.same(current, password)) {
                throw new WrongPasswordException("That is not this portfolio's current password. Nothing was "
                        + "changed; check that Caps Lock is off and try again.");
            }
        }
    }

    /**
     * After encrypting or decrypting failed: Derby undoes an interrupted conversion on the next boot, so the
     * database boots as it was; if the conversion did finish after all, it boots the new way. Left closed,
     * with the error logged, only when it boots neither way.
     */
    private void reopenAfterFailedChange(char[] ifEncryptedNow, char[] ifStillEncrypted) {
        char[] first = ifStillEncrypted;
        char[] second = ifEncryptedNow;
        for (char[] attempt : java.util.Arrays.asList(first, second)) {
            boolean encrypted = DerbyFiles.isEncrypted(databaseFolder);
            if ((attempt == null) == encrypted) {
                continue; // this attempt fits the other state
            }
            try {
                DerbyFiles.boot(databaseFolder, false, attempt);
                usePassword(attempt);
                open = true;
                return;
            } catch (SQLException e) {
                LOG.warn("The database in {} did not boot after the failed change", databaseFolder, e);
            }
        }
        LOG.error("The database in {} boots neither way after a failed change", databaseFolder);
    }

    /**
     * Locks the attached documents' copies when the database is protected, unlocks them when it is not. A
     * copy that cannot be converted now stays readable as it is, and is converted at the next start.
     */
    private void followProtectionWithDocuments() {
        try {
            new DocumentProtection(store, dataFolder).follow(isProtected());
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not bring every attached document's copy in {} in line with the portfolio's password "
                    + "protection; they stay readable and are tried again at the next start", dataFolder, e);
        }
    }

    /** A backup in the backups folder, before a conversion; its path. */
    private Path safetyBackup(String name) {
        Path folder = dataFolder.resolve(Restore.BACKUPS);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            DiskFullException.throwIfDiskFull(e, 0);
            throw new StoreException("The backups folder " + folder + " could not be made (" + e.getMessage()
                    + "). Nothing was changed.", null, e);
        }
        Path target = folder.resolve(name + "-" + BackupFiles.stamp(Clock.systemUTC()) + ".zip");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(name + "-" + BackupFiles.stamp(Clock.systemUTC()) + "-" + n + ".zip");
        }
        try {
            new BackupWriter(jdbi(), dataFolder, Clock.systemUTC()).write(target, schemaVersion, appVersion());
        } catch (JdbiException e) {
            throw SqlErrors.translate(e, dataFolder);
        }
        return target;
    }

    private static String plainReason(SQLException e) {
        if (SqlErrors.isDiskFull(e)) {
            return "the disk with the data folder is full";
        }
        return "the database engine said: " + e.getMessage();
    }

    /** A copy of the password in use (null when none), for checking a backup; the caller clears it. */
    synchronized char[] passwordInUse() {
        return password == null ? null : password.clone();
    }

    /**
     * After a restore put a plain database in place of a protected portfolio: encrypt it with the
     * portfolio's password, so restoring never quietly removes the protection. Called with the database open.
     */
    void keepProtectedAfterRestore() {
        char[] key = passwordInUse();
        if (key == null || isProtected()) {
            Passwords.clear(key);
            return;
        }
        try {
            suspend();
            DerbyFiles.bootEncrypting(databaseFolder, key);
            open = true;
        } catch (SQLException e) {
            LOG.error("Could not protect the restored database in {} with the portfolio's password", databaseFolder, e);
            reopenAfterFailedChange(key, null);
            throw new StoreException("The backup was restored, but it could not be protected with the portfolio's "
                    + "password (" + plainReason(e) + "). Protect it again with File › Protect with a password….",
                    SqlErrors.stateOf(e), e);
        } finally {
            Passwords.clear(key);
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
            ProjectDocuments.deleteOpenedCopies(dataFolder);
            folderLock.close();
            usePassword(null);
            if (wasOpen) {
                LOG.info("Closed the portfolio in {}", dataFolder);
            }
        } finally {
            gate.writeLock().unlock();
        }
    }

    /** Boots (creating if new), refuses a newer schema, migrates. */
    void boot() {
        char[] key = passwordForBoot();
        try {
            DerbyFiles.boot(databaseFolder, true, key);
        } catch (SQLException e) {
            if (key != null && DerbyFiles.isWrongPassword(e)) {
                LOG.info("The password given does not open the portfolio in {}", dataFolder);
                throw WrongPasswordException.forPortfolio(null);
            }
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
        if (key != null) {
            BackupFiles.deleteLeftoverProtectionBackups(dataFolder);
        }
        // Finishes a conversion of the documents that a crash cut short.
        followProtectionWithDocuments();
        LOG.info("Opened the portfolio in {} (schema {})", dataFolder, schemaVersion);
    }

    /**
     * The password to boot with: the one in use when the folder's database is encrypted (or a new one is
     * made and a password was given), none when it is not encrypted (a restored plain backup).
     */
    private synchronized char[] passwordForBoot() {
        boolean encrypted = DerbyFiles.isEncrypted(databaseFolder);
        boolean exists = Files.exists(databaseFolder.resolve(DerbyFiles.SERVICE_PROPERTIES));
        if (encrypted && password == null) {
            throw new PasswordNeededException("This portfolio is protected with a password. Give the password to "
                    + "open it (on the command line: in the environment variable " + Passwords.ENVIRONMENT_VARIABLE
                    + ", or typed when asked).");
        }
        return encrypted || !exists ? password : null;
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
