package org.innovationportfolio.store;

import static org.innovationportfolio.store.SqlValues.date;
import static org.innovationportfolio.store.SqlValues.instant;
import static org.innovationportfolio.store.SqlValues.name;
import static org.innovationportfolio.store.SqlValues.uuid;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.logic.ProjectConflictException;
import org.innovationportfolio.logic.ports.ProjectRepository;
import org.innovationportfolio.logic.VersionedProject;
import org.innovationportfolio.model.ChangeEntry;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectSummary;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.StageChange;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Projects saved and loaded whole, within the caller's transaction. */
final class JdbiProjectRepository implements ProjectRepository {

    private static final List<String> CHILD_TABLES = List.of(
            "project_tag", "partner", "status_update", "milestone", "funding_line", "outcome_measure", "risk", "note");

    private static final String PROJECT_COLUMNS = "title = :title, innovation_id = :innovationId, stage = :stage, "
            + "lead_officer = :leadOfficer, sponsor = :sponsor, governance_board = :governanceBoard, "
            + "start_date = :startDate, end_date = :endDate, target_cohort = :targetCohort, objectives = :objectives, "
            + "origin = :origin, pack_id = :packId, sender = :sender, sender_council = :senderCouncil, "
            + "arrived_at = :arrivedAt, their_last_modified = :theirLastModified, created = :created, "
            + "last_modified = :lastModified, decision_sought = :decisionSought, details_modified = :detailsModified";

    private final Handle handle;
    private final Map<UUID, Long> versionsRead;

    /** @param versionsRead the version of each project the transaction read whole, against which saves are checked */
    JdbiProjectRepository(Handle handle, Map<UUID, Long> versionsRead) {
        this.handle = handle;
        this.versionsRead = versionsRead;
    }

    @Override
    public List<Project> findAll() {
        return new ProjectLoader(handle, versionsRead).all();
    }

    /** Six queries, not eleven: summaries for lists and search. */
    @Override
    public List<ProjectSummary> findAllForListing() {
        return new ProjectLoader(handle, versionsRead).allForListing().stream().map(ProjectSummary::of).toList();
    }

    @Override
    public Optional<Project> find(UUID id) {
        return new ProjectLoader(handle, versionsRead).one(id).stream().findFirst();
    }

    @Override
    public Optional<VersionedProject> findVersioned(UUID id) {
        return find(id).map(project -> new VersionedProject(project, versionsRead.get(id)));
    }

    @Override
    public List<Project> findByIds(Collection<UUID> ids) {
        return new ProjectLoader(handle, versionsRead).byIds(ids);
    }

    @Override
    public Map<UUID, UUID> owners(Collection<UUID> ids) {
        return new RecordOwners(handle).of(ids);
    }

    @Override
    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM project").mapTo(Integer.class).one();
    }

    @Override
    public Map<UUID, DetailsVersion> detailsVersions(Collection<UUID> ids) {
        return new StoredDetails(handle).versions(ids);
    }

    @Override
    public void markDetailsExchanged(UUID id, Instant detailsModified) {
        handle.createUpdate("UPDATE project SET details_exchanged = :exchanged WHERE id = :id")
                .bind("exchanged", instant(detailsModified)).bind("id", uuid(id)).execute();
    }

    @Override
    public boolean delete(UUID id) {
        // Child rows go with it: every child table cascades from project, but outcome actuals (schema 9).
        // Its history stays.
        Optional<Project> gone = find(id);
        versionsRead.remove(id);
        deleteActuals(uuid(id));
        boolean deleted = handle.createUpdate("DELETE FROM project WHERE id = :id").bind("id", uuid(id)).execute() > 0;
        if (deleted && gone.isPresent()) {
            new ChangeHistory(handle).deleted(gone.get());
        }
        return deleted;
    }

    @Override
    public List<ChangeEntry> history(UUID projectId) {
        return new ChangeHistory(handle).of(projectId);
    }

    /** New projects go in one plain-JDBC batch per table; any that already exist are saved one by one. */
    @Override
    public void saveAll(List<Project> projects) {
        if (projects.isEmpty()) {
            return;
        }
        Set<String> existing = new HashSet<>(handle.createQuery("SELECT id FROM project").mapTo(String.class).list());
        List<Project> fresh = new ArrayList<>();
        for (Project project : projects) {
            if (existing.contains(uuid(project.id()))) {
                save(project);
            } else {
                fresh.add(project);
            }
        }
        try {
            ProjectBatchInsert.insert(handle.getConnection(), fresh);
            new ChangeHistory(handle).added(fresh);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Could not insert " + fresh.size() + " projects", e, null);
        }
    }

    /** Checked against the version this transaction read, if it read the project; else saved as it is. */
    @Override
    public void save(Project project) {
        Long read = versionsRead.get(project.id());
        if (read == null) {
            write(project, null);
        } else {
            write(project, read);
        }
    }

    @Override
    public long save(Project project, long expectedVersion) {
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("A project's version is 0 (not stored yet) or more: " + expectedVersion);
        }
        return write(project, expectedVersion);
    }

    /**
     * Updates the project's row and replaces its records whole (simpler and safer than diffing), or inserts it
     * when it is new: either way the rows are written by {@link ProjectBatchInsert}, the one project writer.
     * First of all, one UPDATE checks the stored version against {@code expected} (null: any) and moves it on;
     * it locks the project's row, so a concurrent save of the same project waits for this one and then finds
     * the version moved, while other projects' rows are never touched.
     */
    private long write(Project project, Long expected) {
        String id = uuid(project.id());
        long version;
        if (expected == null) {
            int bumped = handle.createUpdate("UPDATE project SET row_version = row_version + 1 WHERE id = :id")
                    .bind("id", id).execute();
            version = bumped == 0 ? 0 : storedVersion(id).orElseThrow();
        } else if (expected == 0) {
            OptionalLong stored = storedVersion(id);
            if (stored.isPresent()) {
                throw conflict(project.id(), expected);
            }
            version = 0;
        } else {
            int bumped = handle.createUpdate("UPDATE project SET row_version = row_version + 1 "
                    + "WHERE id = :id AND row_version = :expected").bind("id", id).bind("expected", expected).execute();
            if (bumped == 0) {
                throw conflict(project.id(), expected);
            }
            version = expected + 1;
        }
        // Read after the version check has locked the project's row, for who changed what.
        Project before = version == 0 ? null : find(project.id()).orElse(null);
        try {
            if (version == 0) {
                ProjectBatchInsert.insert(handle.getConnection(), List.of(project));
                versionsRead.put(project.id(), 1L);
                new ChangeHistory(handle).saved(null, project);
                return 1;
            }
            // The details' own time moves only when a detail changes; saving a child record leaves it as it was.
            String detailsModified = new StoredDetails(handle).unchangedSince(project)
                    .orElse(instant(project.lastModified()));
            bindProject(handle.createUpdate("UPDATE project SET " + PROJECT_COLUMNS + " WHERE id = :id"), project)
                    .bind("detailsModified", detailsModified).execute();
            deleteRecords(id);
            ProjectBatchInsert.insertRecords(handle.getConnection(), List.of(project));
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Could not save the project " + id, e, null);
        }
        addStageChanges(project);
        // Who changed what, field by field, in this transaction.
        new ChangeHistory(handle).saved(before, project);
        versionsRead.put(project.id(), version);
        return version;
    }

    /**
     * Deletes the project's records but its stage changes, row by row by primary key, after finding them through
     * the index on their project (named to Derby in a comment other engines ignore): on a small table Derby's
     * optimiser would rather scan, and its deletes take no such hint, so a plain "DELETE ... WHERE project_id"
     * waits at every row another project's save has locked. The outcome actuals go first: a cascade from their
     * measures would lock the whole actuals table on Derby (so schema 9 has none).
     */
    private void deleteRecords(String id) {
        deleteActuals(id);
        List<String> tags = handle.createQuery("SELECT list_index FROM project_tag --DERBY-PROPERTIES "
                + "constraint=pk_project_tag\nWHERE project_id = :id").bind("id", id).mapTo(String.class).list();
        deleteRows("project_tag", "project_id = :id AND list_index = :key", tags, id);
        for (String table : CHILD_TABLES.subList(1, CHILD_TABLES.size())) {
            List<String> rows = handle.createQuery("SELECT id FROM " + table + " --DERBY-PROPERTIES index=ix_" + table
                    + "_project\nWHERE project_id = :id").bind("id", id).mapTo(String.class).list();
            deleteRows(table, "id = :key", rows, id);
        }
    }

    private void deleteActuals(String projectId) {
        List<String> measures = handle.createQuery("SELECT id FROM outcome_measure --DERBY-PROPERTIES "
                + "index=ix_outcome_measure_project\nWHERE project_id = :id").bind("id", projectId)
                .mapTo(String.class).list();
        for (String measure : measures) {
            List<String> actuals = handle.createQuery("SELECT id FROM outcome_actual --DERBY-PROPERTIES "
                    + "index=ix_outcome_actual_measure\nWHERE measure_id = :id").bind("id", measure)
                    .mapTo(String.class).list();
            deleteRows("outcome_actual", "id = :key", actuals, projectId);
        }
    }

    private void deleteRows(String table, String where, List<String> keys, String projectId) {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedBatch batch = handle.prepareBatch("DELETE FROM " + table + " WHERE " + where)) {
            for (String key : keys) {
                batch.bind("key", "project_tag".equals(table) ? (Object) Integer.valueOf(key) : key)
                        .bind("id", projectId).add();
            }
            batch.execute();
        }
    }

    private OptionalLong storedVersion(String id) {
        return handle.createQuery("SELECT row_version FROM project WHERE id = :id").bind("id", id)
                .mapTo(Long.class).findOne().map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** The refusal of a save made from {@code expected}, with the project as stored now (read whole). */
    private ProjectConflictException conflict(UUID id, long expected) {
        Optional<VersionedProject> theirs = findVersioned(id);
        return new ProjectConflictException(id, expected, theirs.orElse(null));
    }

    /**
     * Stage changes are a log: a save adds those not yet stored and never removes one, so a caller
     * holding a project without its history (a pack, an older draft) cannot erase it. They go with the
     * project when it is deleted.
     */
    private void addStageChanges(Project project) {
        if (project.stageHistory().isEmpty()) {
            return;
        }
        String projectId = uuid(project.id());
        Set<String> stored = new HashSet<>(handle.createQuery(
                "SELECT id FROM stage_change WHERE project_id = :id").bind("id", projectId).mapTo(String.class).list());
        List<StageChange> fresh = project.stageHistory().stream()
                .filter(change -> !stored.contains(uuid(change.id())))
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        try (PreparedBatch batch = handle.prepareBatch("INSERT INTO stage_change (id, project_id, list_index, "
                + "from_stage, to_stage, changed_on, last_modified) VALUES (:id, :projectId, :index, :from, :to, "
                + ":changedOn, :lastModified)")) {
            int index = stored.size();
            for (StageChange change : fresh) {
                batch.bind("id", uuid(change.id()))
                        .bind("projectId", projectId)
                        .bind("index", index++)
                        .bind("from", name(change.from()))
                        .bind("to", name(change.to()))
                        .bind("changedOn", date(change.changedOn()))
                        .bind("lastModified", instant(change.lastModified()))
                        .add();
            }
            batch.execute();
        }
    }

    private static <S extends SqlStatement<S>> S bindProject(S statement, Project p) {
        Provenance provenance = p.provenance();
        return statement.bind("id", uuid(p.id()))
                .bind("title", p.title())
                .bind("innovationId", uuid(p.innovationId()))
                .bind("stage", name(p.stage()))
                .bind("leadOfficer", p.leadOfficer())
                .bind("sponsor", p.sponsor())
                .bind("governanceBoard", p.governanceBoard())
                .bind("startDate", date(p.startDate()))
                .bind("endDate", date(p.endDate()))
                .bind("targetCohort", p.targetCohort())
                .bind("objectives", p.objectives())
                .bind("origin", name(provenance.origin()))
                .bind("packId", uuid(provenance.packId()))
                .bind("sender", provenance.sender())
                .bind("senderCouncil", provenance.senderCouncil())
                .bind("arrivedAt", instant(provenance.at()))
                .bind("theirLastModified", instant(provenance.theirLastModified()))
                .bind("created", instant(p.created()))
                .bind("lastModified", instant(p.lastModified()))
                .bind("decisionSought", p.decisionSought());
    }
}
