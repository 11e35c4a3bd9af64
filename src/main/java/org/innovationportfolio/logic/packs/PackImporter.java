package org.innovationportfolio.logic.packs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.innovationportfolio.logic.ports.Backups;
import org.innovationportfolio.logic.DiskFullException;
import org.innovationportfolio.logic.ports.ImportRecord;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.ports.Repositories;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.Checks;
import org.innovationportfolio.logic.project.ProjectDocuments;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;
import org.innovationportfolio.model.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a checked pack: {@link #plan} says what would happen, project by project and record by
 * record; {@link #apply} does it in one transaction after an automatic backup of the whole portfolio.
 */
public final class PackImporter {

    private static final Logger LOG = LoggerFactory.getLogger(PackImporter.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Store store;
    private final Backups backups;
    private final Path dataFolder;
    private final Path backupFolder;
    private final Clock clock;

    /**
     * @param dataFolder the portfolio's data folder, where attached documents' copies are kept
     * @param backupFolder where the backup taken before each import is kept (created when needed)
     */
    public PackImporter(Store store, Backups backups, Path dataFolder, Path backupFolder, Clock clock) {
        this.store = store;
        this.backups = backups;
        this.dataFolder = Objects.requireNonNull(dataFolder, "dataFolder");
        this.backupFolder = backupFolder;
        this.clock = clock;
    }

    /** What importing {@code pack} would do, with the default choices; changes nothing. */
    public ImportPlan plan(Pack pack) {
        return store.read(repositories -> new Planning(repositories, pack).plan());
    }

    /**
     * Applies the plan as chosen: backs up the portfolio, then makes every change in one transaction.
     *
     * @throws RefusedException when the portfolio changed since the plan was made, or the backup failed;
     *     nothing is changed
     */
    public ImportResult apply(ImportPlan plan) {
        if (!plan.changesPortfolio()) {
            return new ImportResult(0, 0, 0, plan.projects().size(), null);
        }
        Instant now = clock.instant();
        // Unique even when the clock stands still, so one import's backup never replaces another's.
        Path backup = backupFolder.resolve("before-import-" + STAMP.format(now) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".zip");
        try {
            Files.createDirectories(backupFolder);
        } catch (IOException e) {
            DiskFullException.throwIfDiskFull(e, 0);
            throw new RefusedException("The folder for backups (" + backupFolder + ") could not be made: "
                    + e.getMessage() + ". Nothing was imported.", e);
        }
        backups.backupTo(backup);
        DocumentFiles files = new DocumentFiles(plan.pack().file(), new ProjectDocuments(store, dataFolder, clock));
        ImportResult result;
        try {
            result = store.write(repositories -> applyIn(repositories, plan, now, backup, files));
        } catch (RuntimeException e) {
            // The transaction was rolled back (or never committed): the copies it would have referred to go too.
            files.removeWritten();
            deleteQuietly(backup);
            throw e;
        }
        files.recordForUndo(ImportUndo.addedFilesList(backup), dataFolder);
        LOG.info("Imported pack {} from {}: {} ({} document files written)", plan.pack().packId(), plan.pack().from(),
                result, files.written().size());
        return result;
    }

    private ImportResult applyIn(Repositories repositories, ImportPlan chosen, Instant now, Path backup,
            DocumentFiles files) {
        Planning planning = new Planning(repositories, chosen.pack());
        ImportPlan fresh = planning.plan();
        if (!sameComparison(chosen, fresh)) {
            throw new RefusedException("The portfolio changed after the import was previewed. Preview the pack "
                    + "again, then import it. Nothing was imported.");
        }
        Pack pack = chosen.pack();
        Map<UUID, Instant> bases = planning.bases();
        List<ProjectDocument> documents = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int copied = 0;
        int kept = 0;
        List<Project> newProjects = new ArrayList<>();
        Map<UUID, Map<UUID, Instant>> newBases = new HashMap<>();
        for (ProjectPlan plan : chosen.projects()) {
            Project theirs = planning.theirs(plan.id());
            List<Attachment> theirDocuments = planning.theirDocuments(plan.id());
            Project mine = planning.mine(plan.id());
            if (!plan.changesPortfolio()) {
                kept++;
            } else if (mine == null) {
                newProjects.add(Renumber.project(theirs, id -> id, theirs.title(), imported(pack, theirs, now)));
                theirDocuments.forEach(d -> documents.add(d.record(theirs.id(), null, now)));
                newBases.put(theirs.id(), ProjectMerge.basesOf(theirs, theirDocuments));
                added++;
            } else if (plan.resolution() == Resolution.TAKE_THEIRS) {
                Provenance provenance = mine.provenance().origin() == Provenance.Origin.IMPORTED
                        ? imported(pack, theirs, now) : mine.provenance();
                ProjectMerge merge = planning.merge(plan.id());
                repositories.projects().save(merge.takeTheirs(provenance));
                documents.addAll(takenDocuments(merge, planning.mineDocuments(mine.id()), theirDocuments, mine.id(),
                        now));
                newBases.put(mine.id(), advancedBases(bases, mine, planning.mineDocuments(mine.id()), theirs,
                        theirDocuments));
                noteDetailsExchanged(repositories, mine.id(), merge.sameDetails() || merge.wins(mine.id()));
                updated++;
            } else {
                UUID copyId = copyId(pack, theirs.id());
                newProjects.add(copyOf(pack, theirs, now));
                theirDocuments.forEach(d -> documents.add(d.withId(id -> copyId(pack, id)).record(copyId, null, now)));
                newBases.put(mine.id(), advancedBases(bases, mine, planning.mineDocuments(mine.id()), theirs,
                        theirDocuments));
                noteDetailsExchanged(repositories, mine.id(), planning.merge(plan.id()).sameDetails());
                copied++;
            }
        }
        repositories.projects().saveAll(newProjects);
        for (ProjectDocument document : documents) {
            repositories.documents().save(document);
            files.add(document);
        }
        repositories.packHistory().saveBases(newBases);
        repositories.packHistory().recordImport(new ImportRecord(UUID.randomUUID(), pack.packId(), pack.senderName(),
                pack.senderCouncil(), pack.createdAt(), now, ImportUndo.recorded(dataFolder, backup), added, updated, copied, kept));
        // Last, so the database's changes are all made: the copies are written only when nothing else can fail
        // but the commit itself (and are removed again if that fails).
        files.writeAll();
        return new ImportResult(added, updated, copied, kept, backup);
    }

    /**
     * The document records taking theirs leaves changed: each of theirs that wins, keeping my copy when the
     * bytes are the same and otherwise pointing to a new copy (my old one is left for an undo to use).
     */
    private static List<ProjectDocument> takenDocuments(ProjectMerge merge, List<ProjectDocument> mine,
            List<Attachment> theirs, UUID projectId, Instant now) {
        Map<UUID, ProjectDocument> mineById = new HashMap<>();
        mine.forEach(d -> mineById.put(d.id(), d));
        List<ProjectDocument> taken = new ArrayList<>();
        for (Attachment their : theirs) {
            if (!merge.wins(their.id())) {
                continue;
            }
            ProjectDocument my = mineById.get(their.id());
            boolean sameBytes = my != null && my.sha256().equals(their.sha256()) && my.sizeBytes() == their.size();
            taken.add(their.record(projectId, sameBytes ? my.storedName() : null, my == null ? now : my.added()));
        }
        return taken;
    }

    /** My records' bases kept, and every record they sent at their version. */
    private static Map<UUID, Instant> advancedBases(Map<UUID, Instant> bases, Project mine,
            List<ProjectDocument> mineDocuments, Project theirs, List<Attachment> theirDocuments) {
        Map<UUID, Instant> kept = new HashMap<>();
        List<UUID> ids = PackChecks.ids(mine);
        mineDocuments.forEach(d -> ids.add(d.id()));
        for (UUID id : ids) {
            if (bases.containsKey(id)) {
                kept.put(id, bases.get(id));
            }
        }
        kept.putAll(ProjectMerge.basesOf(theirs, theirDocuments));
        return kept;
    }

    /**
     * The project's details base moves to their version: when my details are now the same as theirs, their
     * time here is noted as exchanged, so saving my child records later is not taken for a change of my details;
     * otherwise mine differ from theirs, and any older note is forgotten.
     */
    private static void noteDetailsExchanged(Repositories repositories, UUID projectId, boolean sameAsTheirs) {
        Instant details = sameAsTheirs ? repositories.projects().detailsVersions(List.of(projectId)).get(projectId)
                .modified() : null;
        repositories.projects().markDetailsExchanged(projectId, details);
    }

    /** The id a record of theirs has in the copy kept beside mine. */
    private static UUID copyId(Pack pack, UUID id) {
        return Renumber.derived(copyPurpose(pack), id);
    }

    private static String copyPurpose(Pack pack) {
        return "copy:" + pack.packId();
    }

    private static Provenance imported(Pack pack, Project theirs, Instant now) {
        return new Provenance(Provenance.Origin.IMPORTED, pack.packId(), pack.senderName(), pack.senderCouncil(), now,
                theirs.lastModified());
    }

    /** Their project beside mine: new ids derived from the pack's, so the same pack never makes two copies. */
    private static Project copyOf(Pack pack, Project theirs, Instant now) {
        String purpose = copyPurpose(pack);
        String title = theirs.title() + " (from " + pack.from() + ")";
        if (title.length() > Checks.SHORT_TEXT) {
            title = title.substring(0, Checks.SHORT_TEXT - 1) + "…";
        }
        Project copy = Renumber.project(theirs, id -> Renumber.derived(purpose, id), title, imported(pack, theirs, now));
        return copy;
    }

    /** The plans compare the same when every project has the same status and the same differing records. */
    private static boolean sameComparison(ImportPlan a, ImportPlan b) {
        if (a.projects().size() != b.projects().size()) {
            return false;
        }
        for (int i = 0; i < a.projects().size(); i++) {
            ProjectPlan x = a.projects().get(i);
            ProjectPlan y = b.projects().get(i);
            if (!x.id().equals(y.id()) || x.status() != y.status() || !x.records().equals(y.records())) {
                return false;
            }
        }
        return true;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the unused backup {}", file, e);
        }
    }
}
