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
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.logic.ProjectRepository;
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

    JdbiProjectRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public List<Project> findAll() {
        return new ProjectLoader(handle).all();
    }

    /** Six queries, not eleven: summaries for lists and search. */
    @Override
    public List<ProjectSummary> findAllForListing() {
        return new ProjectLoader(handle).allForListing().stream().map(ProjectSummary::of).toList();
    }

    @Override
    public Optional<Project> find(UUID id) {
        return new ProjectLoader(handle).one(id).stream().findFirst();
    }

    @Override
    public List<Project> findByIds(Collection<UUID> ids) {
        return new ProjectLoader(handle).byIds(ids);
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
        Optional<Project> gone = find(id);
        // Child rows go with it: every child table cascades from project. Its history stays.
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

    /**
     * Updates the project's row and replaces its records whole (simpler and safer than diffing), or inserts it
     * when it is new: either way the rows are written by {@link ProjectBatchInsert}, the one project writer.
     */
    @Override
    public void save(Project project) {
        String id = uuid(project.id());
        Project before = find(project.id()).orElse(null);
        // The details' own time moves only when a detail changes; saving a child record leaves it as it was.
        String detailsModified = new StoredDetails(handle).unchangedSince(project)
                .orElse(instant(project.lastModified()));
        int updated = bindProject(handle.createUpdate("UPDATE project SET " + PROJECT_COLUMNS + " WHERE id = :id"),
                project).bind("detailsModified", detailsModified).execute();
        try {
            if (updated == 0) {
                ProjectBatchInsert.insert(handle.getConnection(), List.of(project));
                new ChangeHistory(handle).saved(null, project);
                return;
            }
            for (String table : CHILD_TABLES) {
                handle.createUpdate("DELETE FROM " + table + " WHERE project_id = :id").bind("id", id).execute();
            }
            ProjectBatchInsert.insertRecords(handle.getConnection(), List.of(project));
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Could not save the project " + id, e, null);
        }
        addStageChanges(project);
        // Who changed what, field by field, in this transaction.
        new ChangeHistory(handle).saved(before, project);
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
