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
import java.util.UUID;
import org.innovationportfolio.logic.Backups;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.Repositories;
import org.innovationportfolio.logic.Store;
import org.innovationportfolio.model.Checks;
import org.innovationportfolio.model.Project;
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
    private final Path backupFolder;
    private final Clock clock;

    /**
     * @param backupFolder where the backup taken before each import is kept (created when needed)
     */
    public PackImporter(Store store, Backups backups, Path backupFolder, Clock clock) {
        this.store = store;
        this.backups = backups;
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
            throw new RefusedException("The folder for backups (" + backupFolder + ") could not be made: "
                    + e.getMessage() + ". Nothing was imported.", e);
        }
        backups.backupTo(backup);
        try {
            ImportResult result = store.write(repositories -> applyIn(repositories, plan, now, backup));
            LOG.info("Imported pack {} from {}: {}", plan.pack().packId(), plan.pack().from(), result);
            return result;
        } catch (RuntimeException e) {
            deleteQuietly(backup);
            throw e;
        }
    }

    private ImportResult applyIn(Repositories repositories, ImportPlan chosen, Instant now, Path backup) {
        Planning planning = new Planning(repositories, chosen.pack());
        ImportPlan fresh = planning.plan();
        if (!sameComparison(chosen, fresh)) {
            throw new RefusedException("The portfolio changed after the import was previewed. Preview the pack "
                    + "again, then import it. Nothing was imported.");
        }
        Pack pack = chosen.pack();
        Map<UUID, Instant> bases = repositories.packHistory().bases();
        int added = 0;
        int updated = 0;
        int copied = 0;
        int kept = 0;
        List<Project> newProjects = new ArrayList<>();
        Map<UUID, Map<UUID, Instant>> newBases = new HashMap<>();
        for (ProjectPlan plan : chosen.projects()) {
            Project theirs = planning.theirs(plan.id());
            Project mine = planning.mine(plan.id());
            if (!plan.changesPortfolio()) {
                kept++;
            } else if (mine == null) {
                newProjects.add(Renumber.project(theirs, id -> id, theirs.title(), imported(pack, theirs, now)));
                newBases.put(theirs.id(), ProjectMerge.basesOf(theirs));
                added++;
            } else if (plan.resolution() == Resolution.TAKE_THEIRS) {
                Provenance provenance = mine.provenance().origin() == Provenance.Origin.IMPORTED
                        ? imported(pack, theirs, now) : mine.provenance();
                repositories.projects().save(planning.merge(plan.id()).takeTheirs(provenance));
                newBases.put(mine.id(), advancedBases(bases, mine, theirs));
                updated++;
            } else {
                newProjects.add(copyOf(pack, theirs, now));
                newBases.put(mine.id(), advancedBases(bases, mine, theirs));
                copied++;
            }
        }
        repositories.projects().saveAll(newProjects);
        repositories.packHistory().saveBases(newBases);
        repositories.packHistory().recordImport(new ImportRecord(UUID.randomUUID(), pack.packId(), pack.senderName(),
                pack.senderCouncil(), pack.createdAt(), now, backup.toString(), added, updated, copied, kept));
        return new ImportResult(added, updated, copied, kept, backup);
    }

    /** My records' bases kept, and every record they sent at their version. */
    private static Map<UUID, Instant> advancedBases(Map<UUID, Instant> bases, Project mine, Project theirs) {
        Map<UUID, Instant> kept = new HashMap<>();
        for (UUID id : PackChecks.ids(mine)) {
            if (bases.containsKey(id)) {
                kept.put(id, bases.get(id));
            }
        }
        kept.putAll(ProjectMerge.basesOf(theirs));
        return kept;
    }

    private static Provenance imported(Pack pack, Project theirs, Instant now) {
        return new Provenance(Provenance.Origin.IMPORTED, pack.packId(), pack.senderName(), pack.senderCouncil(), now,
                theirs.lastModified());
    }

    /** Their project beside mine: new ids derived from the pack's, so the same pack never makes two copies. */
    private static Project copyOf(Pack pack, Project theirs, Instant now) {
        String purpose = "copy:" + pack.packId();
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
