package org.innovationportfolio.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.backup.BackupRotation;
import org.innovationportfolio.logic.backup.BackupShelf;
import org.innovationportfolio.logic.backup.RestorePreview;
import org.innovationportfolio.logic.backup.SavedBackup;
import org.innovationportfolio.logic.backup.ZipLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups the app takes by itself, in {@code <data folder>/backups}: one on the first start of each day and one
 * on exit after changes. Each is written under a name starting with a dot, checked whole, and only then given its
 * name ({@code auto-…zip}), so a backup cut short by a crash is never counted as good (and is deleted at the next
 * start). After each, the automatic backups and the safety copies kept before restores are rotated
 * ({@link BackupRotation}), and the new one is copied to the second folder if one is chosen.
 */
public final class AutoBackups implements BackupShelf {

    private static final Logger LOG = LoggerFactory.getLogger(AutoBackups.class);
    static final String AUTOMATIC_PREFIX = "auto-";
    static final String BEFORE_RESTORE_PREFIX = "before-restore-";
    static final String BEFORE_IMPORT_PREFIX = "before-import-";
    /** A backup written and not yet checked: never listed, never counted, deleted at the next start. */
    static final String CHECKING_PREFIX = CheckedBackups.CHECKING_PREFIX;
    static final String SETTINGS_FILE = "backup-settings.properties";
    static final String SECOND_FOLDER_KEY = "secondFolder";
    private static final String ZIP = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final Pattern STAMPED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}-\\d{6})");
    /** How {@code PackImporter} stamps the backups it takes before an import. */
    private static final DateTimeFormatter IMPORT_STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final Pattern IMPORT_STAMPED = Pattern.compile("^before-import-(\\d{8}-\\d{6}-\\d{3})");
    private static final Pattern ASIDE = Pattern.compile("\\.db-before-restore-(\\d{1,19})");

    /** Points in writing a backup where a test's child JVM can be stopped, to prove a crash there is harmless. */
    enum Checkpoint {
        /** The backup is written under its dot name and not yet checked. */
        WRITTEN_UNCHECKED,
        /** The backup is checked and not yet given its name. */
        CHECKED_UNNAMED
    }

    /** Told each {@link Checkpoint} as it is reached (tests only; the app passes one that does nothing). */
    @FunctionalInterface
    interface Checkpoints {
        void reached(Checkpoint checkpoint);
    }

    private final Database database;
    private final Clock clock;
    private final Checkpoints checkpoints;
    // One automatic backup at a time: the exit backup waits for the start one.
    private final Object writing = new Object();
    private volatile long changesBackedUp;
    private volatile boolean secondFolderWarned;

    /** Automatic backups of {@code database}; {@code clock} dates them (and decides what "today" is). */
    public AutoBackups(Database database, Clock clock) {
        this(database, clock, checkpoint -> { });
    }

    AutoBackups(Database database, Clock clock, Checkpoints checkpoints) {
        this.database = database;
        this.clock = clock;
        this.checkpoints = checkpoints;
    }

    @Override
    public void sessionStarted() {
        changesBackedUp = database.changeCount();
    }

    @Override
    public Outcome backUpAtStart() {
        synchronized (writing) {
            LocalDate today = LocalDate.now(clock);
            boolean takenToday = list().stream().anyMatch(b -> b.kind() == SavedBackup.Kind.AUTOMATIC
                    && LocalDate.ofInstant(b.taken(), clock.getZone()).equals(today));
            if (takenToday) {
                LOG.info("Today's automatic backup was already taken");
                return new Outcome(Optional.empty(), Optional.empty());
            }
            return take();
        }
    }

    @Override
    public Outcome backUpOnExit() {
        synchronized (writing) {
            if (!changedSinceLastBackup()) {
                return new Outcome(Optional.empty(), Optional.empty());
            }
            return take();
        }
    }

    @Override
    public boolean changedSinceLastBackup() {
        return database.changeCount() > changesBackedUp;
    }

    private Outcome take() {
        long changes = database.changeCount();
        Path written = writeChecked();
        changesBackedUp = changes;
        rotate();
        Optional<String> warning = copyToSecondFolder(written);
        return new Outcome(Optional.of(describe(written, SavedBackup.Kind.AUTOMATIC)), warning);
    }

    /** Writes a backup under a dot name, checks it whole, then names it: only a checked file has an {@code auto-} name. */
    private Path writeChecked() {
        Path folder = backupsFolder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            DiskFullException.throwIfDiskFull(e, 0);
            throw new StoreException("The backups folder " + folder + " could not be made (" + e.getMessage()
                    + "). No automatic backup was taken.", null, e);
        }
        String stamp = STAMP.format(clock.instant());
        Path target = folder.resolve(AUTOMATIC_PREFIX + stamp + ZIP);
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(AUTOMATIC_PREFIX + stamp + "-" + n + ZIP);
        }
        try {
            return CheckedBackups.write(database, target, checkpoints);
        } catch (CheckedBackups.CheckFailed e) {
            throw new StoreException("The automatic backup failed its check after writing, so it was deleted. "
                    + "Your portfolio is unchanged; the earlier backups are kept.", null, e);
        } catch (IOException e) {
            DiskFullException.throwIfDiskFull(e, 0);
            throw new StoreException("The automatic backup could not be written (" + e.getMessage() + ").", null, e);
        }
    }

    /** Keeps 7 daily, 4 weekly and 12 monthly among the automatic backups and the safety copies kept before restores. */
    private void rotate() {
        List<BackupRotation.Candidate<Path>> candidates = new ArrayList<>();
        Set<Path> safetyCopies = new java.util.HashSet<>();
        for (SavedBackup backup : list()) {
            if (backup.kind() == SavedBackup.Kind.AUTOMATIC || backup.kind() == SavedBackup.Kind.BEFORE_RESTORE) {
                candidates.add(new BackupRotation.Candidate<>(backup.file(), local(backup.taken()), true));
            }
            if (backup.kind() == SavedBackup.Kind.BEFORE_RESTORE) {
                safetyCopies.add(backup.file());
            }
        }
        List<BackupRotation.Candidate<Path>> aside = asideFolders();
        candidates.addAll(aside);
        aside.forEach(candidate -> safetyCopies.add(candidate.id()));
        // The portfolio as it was before a restore outlives the day's later backups for a week, so a restore
        // taken back tomorrow still finds it.
        Set<Path> kept = BackupRotation.kept(candidates, safetyCopies, local(clock.instant()));
        for (BackupRotation.Candidate<Path> candidate : candidates) {
            if (!kept.contains(candidate.id())) {
                LOG.info("Rotation: deleting {}, taken {}", candidate.id(), candidate.taken());
                if (Files.isDirectory(candidate.id(), LinkOption.NOFOLLOW_LINKS)) {
                    DerbyFiles.deleteTreeQuietly(candidate.id());
                } else {
                    deleteQuietly(candidate.id());
                }
            }
        }
        secondFolder().filter(f -> Files.isDirectory(f)).ifPresent(this::rotateSecondFolder);
    }

    /** The databases an interrupted restore set aside ({@code .db-before-restore-MILLIS}), dated by their name. */
    private List<BackupRotation.Candidate<Path>> asideFolders() {
        List<BackupRotation.Candidate<Path>> aside = new ArrayList<>();
        try (Stream<Path> children = Files.list(database.dataFolder())) {
            for (Path child : children.toList()) {
                Matcher m = ASIDE.matcher(child.getFileName().toString());
                if (m.matches() && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    aside.add(new BackupRotation.Candidate<>(child,
                            local(Instant.ofEpochMilli(Long.parseLong(m.group(1)))), true));
                }
            }
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Could not list the data folder for set-aside databases", e);
        }
        return aside;
    }

    private void rotateSecondFolder(Path folder) {
        List<BackupRotation.Candidate<Path>> candidates = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                Instant taken = stampOf(name);
                if (name.startsWith(AUTOMATIC_PREFIX) && name.endsWith(ZIP) && taken != null
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    candidates.add(new BackupRotation.Candidate<>(file, local(taken), true));
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list the second backup folder {}", folder, e);
            return;
        }
        Set<Path> kept = BackupRotation.kept(candidates);
        candidates.stream().map(BackupRotation.Candidate::id).filter(f -> !kept.contains(f)).forEach(this::deleteQuietly);
    }

    /** Copies the backup to the second folder, if one is chosen; says so once a session when it cannot be reached. */
    private Optional<String> copyToSecondFolder(Path backup) {
        Optional<Path> chosen = secondFolder();
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path folder = chosen.get();
        Path temporary = folder.resolve("." + backup.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            if (!Files.isDirectory(folder)) {
                throw new IOException("the folder does not exist");
            }
            OwnerOnlyFiles.create(temporary);
            try (var out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
                Files.copy(backup, out);
            }
            move(temporary, folder.resolve(backup.getFileName()));
            LOG.info("Copied the automatic backup to the second folder {}", folder);
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("The second backup folder {} cannot be reached", folder, e);
            deleteQuietly(temporary);
            if (secondFolderWarned) {
                return Optional.empty();
            }
            secondFolderWarned = true;
            return Optional.of("The second backup folder " + folder + " cannot be reached, so the backup is only in "
                    + "the data folder. Check that the drive, network or synced folder is available; the app keeps "
                    + "working and tries again with the next backup.");
        }
    }

    @Override
    public List<SavedBackup> list() {
        Path folder = backupsFolder();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<SavedBackup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || !name.endsWith(ZIP) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    backups.add(describe(file, kindOf(name)));
                } catch (RefusedException e) {
                    LOG.warn("{} is not listed as a backup: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list the backups in {}", folder, e);
        }
        backups.sort(Comparator.comparing(SavedBackup::taken).reversed());
        return backups;
    }

    @Override
    public Optional<SavedBackup> lastGood() {
        return list().stream().findFirst();
    }

    private SavedBackup describe(Path file, SavedBackup.Kind kind) {
        BackupManifest manifest = new BackupChecker(ZipLimits.BACKUP).manifestOnly(file);
        Instant taken = stampOf(file.getFileName().toString());
        if (taken == null) {
            taken = manifest.createdAt() != null ? manifest.createdAt() : modified(file);
        }
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new StoreException("Could not read the size of " + file + ".", null, e);
        }
        return new SavedBackup(file, taken, bytes, manifest.counts() == null ? -1 : manifest.counts().projects(),
                kind);
    }

    @Override
    public RestorePreview preview(Path file) {
        BackupChecker checker = new BackupChecker(ZipLimits.BACKUP);
        BackupManifest manifest = checker.check(file, database.schemaVersion());
        Path unpacked = database.newRestoreFolder();
        try {
            checker.extract(file, manifest, unpacked);
            // A protected portfolio's backups are encrypted with its password: boot the copy with it.
            char[] key = database.passwordInUse();
            Map<String, ProjectLine> inBackup;
            try {
                inBackup = new UntrustedDatabase(unpacked.resolve(BackupWriter.DATABASE_ENTRY), key)
                        .checkThenRead(manifest.schemaVersion(), manifest.counts() == null ? -1
                                : manifest.counts().projects(), AutoBackups::projects);
            } finally {
                org.innovationportfolio.logic.Passwords.clear(key);
            }
            Map<String, ProjectLine> now = database.store().read(r -> {
                try {
                    return projects(((JdbiRepositories) r).handle().getConnection());
                } catch (SQLException e) {
                    throw new StoreException("The portfolio could not be read to compare it with the backup.", null, e);
                }
            });
            List<String> added = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            inBackup.forEach((id, line) -> {
                ProjectLine current = now.get(id);
                if (current == null) {
                    added.add(line.title());
                } else if (!current.equals(line)) {
                    changed.add(line.title());
                }
            });
            now.forEach((id, line) -> {
                if (!inBackup.containsKey(id)) {
                    removed.add(line.title());
                }
            });
            for (List<String> names : List.of(added, removed, changed)) {
                names.sort(String.CASE_INSENSITIVE_ORDER);
            }
            return new RestorePreview(inBackup.size(), now.size(), added, removed, changed);
        } finally {
            DerbyFiles.deleteTreeQuietly(unpacked);
        }
    }

    /** A project as the preview compares it: changed when its title or its last change differ. */
    private record ProjectLine(String title, String lastModified) {
    }

    private static Map<String, ProjectLine> projects(Connection connection) throws SQLException {
        Map<String, ProjectLine> projects = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, title, last_modified FROM project")) {
            while (rows.next()) {
                projects.put(rows.getString(1).trim(), new ProjectLine(rows.getString(2), rows.getString(3)));
            }
        }
        return projects;
    }

    @Override
    public Path restore(Path file) {
        return database.restoreFrom(file);
    }

    @Override
    public Optional<Path> secondFolder() {
        Path settings = database.dataFolder().resolve(SETTINGS_FILE);
        if (!Files.isRegularFile(settings)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            LOG.warn("Could not read {}", settings, e);
            return Optional.empty();
        }
        String folder = properties.getProperty(SECOND_FOLDER_KEY, "").trim();
        return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    @Override
    public void setSecondFolder(Path folder) {
        Properties properties = new Properties();
        if (folder != null) {
            Path absolute = folder.toAbsolutePath().normalize();
            if (absolute.startsWith(database.dataFolder()) || resolved(absolute).startsWith(resolved(database.dataFolder()))) {
                throw new RefusedException("The second backup folder must be outside the data folder "
                        + database.dataFolder() + ": a copy there is lost with it. Choose another folder.");
            }
            if (!Files.isDirectory(absolute)) {
                throw new RefusedException("The folder " + absolute + " does not exist. Choose another folder.");
            }
            properties.setProperty(SECOND_FOLDER_KEY, absolute.toString());
        }
        Path settings = database.dataFolder().resolve(SETTINGS_FILE);
        Path temporary = settings.resolveSibling("." + SETTINGS_FILE + "." + UUID.randomUUID() + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "Innovation Portfolio: where automatic backups are copied as well");
            }
            move(temporary, settings);
        } catch (IOException e) {
            deleteQuietly(temporary);
            DiskFullException.throwIfDiskFull(e, 0);
            throw new StoreException("The backup setting could not be saved (" + e.getMessage() + ").", null, e);
        }
        secondFolderWarned = false;
    }

    private Path backupsFolder() {
        return database.dataFolder().resolve(Restore.BACKUPS);
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, clock.getZone());
    }

    private static SavedBackup.Kind kindOf(String name) {
        if (name.startsWith(AUTOMATIC_PREFIX)) {
            return SavedBackup.Kind.AUTOMATIC;
        }
        if (name.startsWith(BEFORE_RESTORE_PREFIX)) {
            return SavedBackup.Kind.BEFORE_RESTORE;
        }
        if (name.startsWith(BEFORE_IMPORT_PREFIX)) {
            return SavedBackup.Kind.BEFORE_IMPORT;
        }
        return SavedBackup.Kind.OTHER;
    }

    /** The UTC time in an automatic, before-restore or before-import backup's name, or null. */
    private static Instant stampOf(String name) {
        Matcher imported = IMPORT_STAMPED.matcher(name);
        if (imported.find()) {
            try {
                return Instant.from(IMPORT_STAMP.parse(imported.group(1)));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (!name.startsWith(AUTOMATIC_PREFIX) && !name.startsWith(BEFORE_RESTORE_PREFIX)) {
            return null;
        }
        Matcher m = STAMPED.matcher(name);
        if (!m.find()) {
            return null;
        }
        try {
            return Instant.from(STAMP.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static Path resolved(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }
}
