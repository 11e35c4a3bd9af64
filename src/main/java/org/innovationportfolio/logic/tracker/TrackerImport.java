package org.innovationportfolio.logic.tracker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.logic.ports.Backups;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.tracker.TrackerPreview.Kind;
import org.innovationportfolio.model.Project;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an officer's spreadsheet tracker: {@link #preview} says, row by row, what would happen and changes
 * nothing; {@link #apply} takes a backup of the whole portfolio and then adds and updates the good rows in
 * one transaction, leaving refused ones; {@link #undoLast} puts the backup back.
 */
public final class TrackerImport {

    /** The setting that records the last tracker import (backup, file, time), for undo. */
    public static final String LAST_IMPORT = "tracker.lastImport";
    private static final Logger LOG = LoggerFactory.getLogger(TrackerImport.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Store store;
    private final Backups backups;
    private final Path dataFolder;
    private final Clock clock;

    /**
     * @param dataFolder the portfolio's data folder; backups go in its backups folder
     */
    public TrackerImport(Store store, Backups backups, Path dataFolder, Clock clock) {
        this.store = store;
        this.backups = backups;
        this.dataFolder = Objects.requireNonNull(dataFolder, "dataFolder").toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The preview of {@code file} as read, with the mapping guessed (on {@code sheet} when given). */
    public TrackerPreview preview(SpreadsheetFile file, String sheet) {
        return preview(file, ColumnMapping.guess(file, sheet));
    }

    /** The preview of {@code file} with this (perhaps corrected) mapping. */
    public TrackerPreview preview(SpreadsheetFile file, ColumnMapping mapping) {
        SheetTable table = file.sheet(mapping.sheet()).orElseThrow(() -> new RefusedException(
                "The workbook has no sheet called \"" + mapping.sheet() + "\". Nothing was imported."));
        if (mapping.column(TrackerField.TITLE).isEmpty()) {
            throw new RefusedException("Say which column holds the project titles. Nothing was imported.");
        }
        // Matching and the changes are planned on the projects as stored; apply re-reads them whole inside its
        // transaction and saves those, so nothing changed since the preview is lost.
        List<Project> portfolio = store.read(r -> r.projects().findAll());
        Instant now = clock.instant();
        TrackerPreview projects = new TrackerPlanning(table, mapping, portfolio, LocalDate.now(clock), now)
                .preview(file.name());
        return projects.withRecords(records(file, projects, portfolio, Set.of(), now).rows());
    }

    /**
     * The other sheets of our own export (Milestones, Funding, Risks, Outcomes, RAG history), planned on the
     * projects as the Projects sheet's rows leave them; a row the officer left out leaves its project as stored.
     */
    private static TrackerRecords.Plan records(SpreadsheetFile file, TrackerPreview projects, List<Project> portfolio,
            Set<Integer> leftOut, Instant now) {
        Map<UUID, Project> original = new HashMap<>();
        portfolio.forEach(p -> original.put(p.id(), p));
        Map<UUID, Project> base = new HashMap<>(original);
        for (TrackerPreview.Row row : projects.rows()) {
            if (row.kind() == Kind.UPDATE && !leftOut.contains(row.number())) {
                base.put(row.projectId(), row.result());
            }
        }
        return TrackerRecords.plan(file, original, base, now);
    }

    /**
     * What an import did.
     *
     * @param leftOut good rows the officer chose not to import (a project matched by title that was the wrong one)
     */
    public record Result(int added, int updated, int unchanged, int refused, int leftOut, Path backup,
            Records records) {
        public Result(int added, int updated, int unchanged, int refused, int leftOut, Path backup) {
            this(added, updated, unchanged, refused, leftOut, backup, Records.NONE);
        }

        public Result(int added, int updated, int unchanged, int refused, Path backup) {
            this(added, updated, unchanged, refused, 0, backup);
        }

        @Override
        public String toString() {
            return added + " new, " + updated + " updated, " + unchanged + " unchanged, " + refused + " refused"
                    + (leftOut > 0 ? ", " + leftOut + " left out" : "")
                    + (records.added() + records.updated() + records.refused() == 0 ? ""
                            : "; on the other sheets " + records);
        }
    }

    /** What an import did on the other sheets (Milestones, Funding, Risks, Outcomes, RAG history), in rows. */
    public record Records(int added, int updated, int unchanged, int refused) {
        public static final Records NONE = new Records(0, 0, 0, 0);

        static Records of(TrackerPreview preview) {
            return new Records((int) preview.countRecords(Kind.NEW), (int) preview.countRecords(Kind.UPDATE),
                    (int) preview.countRecords(Kind.UNCHANGED), (int) preview.countRecords(Kind.REFUSED));
        }

        @Override
        public String toString() {
            return added + " new, " + updated + " updated, " + unchanged + " unchanged, " + refused + " refused";
        }
    }

    /**
     * Adds and updates the preview's good rows, after a backup; refused rows are left out.
     *
     * @throws RefusedException when the portfolio changed since the preview, or the backup failed; nothing changes
     */
    public Result apply(SpreadsheetFile file, TrackerPreview preview) {
        return apply(file, preview, Set.of());
    }

    /**
     * As {@link #apply(SpreadsheetFile, TrackerPreview)}, leaving out the new or updated rows numbered in
     * {@code leftOut} (the officer said a project matched by its title is not the tracker's row).
     */
    public Result apply(SpreadsheetFile file, TrackerPreview preview, Set<Integer> leftOut) {
        int unchanged = (int) preview.count(Kind.UNCHANGED);
        int refused = (int) preview.count(Kind.REFUSED);
        int omitted = (int) preview.rows().stream().filter(r -> leftOut.contains(r.number()))
                .filter(r -> r.kind() == Kind.NEW || r.kind() == Kind.UPDATE).count();
        if (preview.rows().stream().noneMatch(r -> (r.kind() == Kind.NEW || r.kind() == Kind.UPDATE)
                && !leftOut.contains(r.number())) && preview.countRecords(Kind.NEW) + preview.countRecords(Kind.UPDATE) == 0) {
            return new Result(0, 0, unchanged, refused, omitted, null, Records.of(preview));
        }
        Instant now = clock.instant();
        Path folder = dataFolder.resolve("backups");
        Path backup = folder.resolve("before-tracker-import-" + STAMP.format(now) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".zip");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            DiskFullException.throwIfDiskFull(e, 0);
            throw new RefusedException("The folder for backups (" + folder + ") could not be made: " + e.getMessage()
                    + ". Nothing was imported.", e);
        }
        backups.backupTo(backup);
        try {
            return store.write(repositories -> {
                SheetTable table = file.sheet(preview.mapping().sheet()).orElseThrow();
                List<Project> portfolio = repositories.projects().findAll();
                TrackerPreview fresh = new TrackerPlanning(table, preview.mapping(), portfolio,
                        LocalDate.now(clock), now).preview(file.name());
                TrackerRecords.Plan records = records(file, fresh, portfolio, leftOut, now);
                fresh = fresh.withRecords(records.rows());
                if (!comparable(fresh).equals(comparable(preview))) {
                    throw new RefusedException("The portfolio changed after the tracker was previewed. Preview it "
                            + "again, then import it. Nothing was imported.");
                }
                List<Project> added = new ArrayList<>();
                int updated = 0;
                // The fresh plan's projects, with the other sheets' changes on top of the Projects sheet's.
                Map<UUID, Project> changedByRecords = new LinkedHashMap<>(records.changed());
                for (TrackerPreview.Row row : fresh.rows()) {
                    if (leftOut.contains(row.number())) {
                        continue;
                    }
                    if (row.kind() == Kind.NEW) {
                        added.add(row.result());
                    } else if (row.kind() == Kind.UPDATE) {
                        Project whole = changedByRecords.remove(row.projectId());
                        repositories.projects().save(whole != null ? whole : row.result());
                        updated++;
                    }
                }
                for (Project p : changedByRecords.values()) {
                    repositories.projects().save(p);
                }
                repositories.projects().saveAll(added);
                repositories.settings().put(LAST_IMPORT, String.join("\n", recorded(backup), preview.fileName(),
                        now.toString()));
                Result result = new Result(added.size(), updated, unchanged, refused, omitted, backup,
                        Records.of(fresh));
                LOG.info("Imported tracker {}: {}", preview.fileName(), result);
                return result;
            });
        } catch (RuntimeException e) {
            deleteQuietly(backup);
            throw e;
        }
    }

    /** The last tracker import, as {@link #undoLast} would undo it. */
    public record LastImport(Path backup, String fileName, Instant importedAt) {
    }

    public Optional<LastImport> lastImport() {
        return store.read(r -> r.settings().get(LAST_IMPORT)).map(value -> {
            String[] parts = value.split("\n", -1);
            Path backup = dataFolder.resolve(parts[0]).normalize();
            return new LastImport(backup, parts.length > 1 ? parts[1] : "", parts.length > 2
                    ? Instant.parse(parts[2]) : null);
        });
    }

    /**
     * Puts back the portfolio as it was just before the last tracker import; anything changed since is undone
     * too. The import before it, if any, becomes the last.
     *
     * @throws RefusedException when there is none, or its backup is missing
     */
    public LastImport undoLast() {
        LastImport last = lastImport().orElseThrow(() -> new RefusedException("There is no tracker import to undo."));
        if (!Files.isRegularFile(last.backup())) {
            throw new RefusedException("The backup taken before importing " + last.fileName() + " (" + last.backup()
                    + ") is missing, so the import cannot be undone. Nothing was changed.");
        }
        backups.restoreFrom(last.backup());
        LOG.info("Undid the tracker import of {} by restoring {}", last.fileName(), last.backup());
        return last;
    }

    private String recorded(Path backup) {
        Path file = backup.toAbsolutePath().normalize();
        return file.startsWith(dataFolder) ? dataFolder.relativize(file).toString().replace('\\', '/') : file.toString();
    }

    private static List<String> comparable(TrackerPreview preview) {
        List<String> all = new ArrayList<>(preview.rows().stream().map(TrackerPreview.Row::comparable).toList());
        preview.records().forEach(r -> all.add(r.comparable()));
        return all;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }
}
