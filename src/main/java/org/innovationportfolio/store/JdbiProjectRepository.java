package org.innovationportfolio.store;

import static org.innovationportfolio.store.SqlValues.date;
import static org.innovationportfolio.store.SqlValues.decimal;
import static org.innovationportfolio.store.SqlValues.instant;
import static org.innovationportfolio.store.SqlValues.name;
import static org.innovationportfolio.store.SqlValues.uuid;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.innovationportfolio.logic.ProjectRepository;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectSummary;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.StageChange;
import org.innovationportfolio.model.StatusUpdate;
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
            + "last_modified = :lastModified, decision_sought = :decisionSought";

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
    public boolean delete(UUID id) {
        // Child rows go with it: every child table cascades from project.
        return handle.createUpdate("DELETE FROM project WHERE id = :id").bind("id", uuid(id)).execute() > 0;
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
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Could not insert " + fresh.size() + " projects", e, null);
        }
    }

    @Override
    public void save(Project project) {
        String id = uuid(project.id());
        int updated = bindProject(handle.createUpdate("UPDATE project SET " + PROJECT_COLUMNS + " WHERE id = :id"),
                project).execute();
        boolean isNew = updated == 0;
        if (isNew) {
            bindProject(handle.createUpdate("INSERT INTO project (id, title, innovation_id, stage, lead_officer, "
                    + "sponsor, governance_board, start_date, end_date, target_cohort, objectives, origin, pack_id, "
                    + "sender, sender_council, arrived_at, their_last_modified, created, last_modified, decision_sought) VALUES (:id, "
                    + ":title, :innovationId, :stage, :leadOfficer, :sponsor, :governanceBoard, :startDate, :endDate, "
                    + ":targetCohort, :objectives, :origin, :packId, :sender, :senderCouncil, :arrivedAt, "
                    + ":theirLastModified, :created, :lastModified, :decisionSought)"), project).execute();
        }
        // Replace the children whole: simpler and safer than diffing, and one batch per table.
        // A project that was not there has no children (they cascade with it), so a new one skips the deletes.
        if (!isNew) {
            for (String table : CHILD_TABLES) {
                handle.createUpdate("DELETE FROM " + table + " WHERE project_id = :id").bind("id", id).execute();
            }
        }
        insertChildren(project);
        addStageChanges(project, isNew);
    }

    /**
     * Stage changes are a log: a save adds those not yet stored and never removes one, so a caller
     * holding a project without its history (a pack, an older draft) cannot erase it. They go with the
     * project when it is deleted.
     */
    private void addStageChanges(Project project, boolean isNew) {
        if (project.stageHistory().isEmpty()) {
            return;
        }
        String projectId = uuid(project.id());
        Set<String> stored = isNew ? Set.of() : new HashSet<>(handle.createQuery(
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

    private void insertChildren(Project p) {
        String projectId = uuid(p.id());
        batch("INSERT INTO project_tag (project_id, list_index, tag) VALUES (:projectId, :index, :tag)",
                projectId, p.tags(), (b, tag) -> b.bind("tag", tag));
        batch("INSERT INTO partner (id, project_id, list_index, organisation, partner_role, last_modified) "
                + "VALUES (:id, :projectId, :index, :organisation, :role, :lastModified)",
                projectId, p.partners(), JdbiProjectRepository::bindPartner);
        batch("INSERT INTO status_update (id, project_id, list_index, status_date, rag, commentary, author, "
                + "last_modified) VALUES (:id, :projectId, :index, :date, :rag, :commentary, :author, :lastModified)",
                projectId, p.statusHistory(), JdbiProjectRepository::bindStatus);
        batch("INSERT INTO milestone (id, project_id, list_index, title, baseline_date, forecast_date, "
                + "completed_date, status, owner, last_modified) VALUES (:id, :projectId, :index, :title, :baseline, "
                + ":forecast, :completed, :status, :owner, :lastModified)",
                projectId, p.milestones(), JdbiProjectRepository::bindMilestone);
        batch("INSERT INTO funding_line (id, project_id, list_index, funder, funding_type, financial_year, "
                + "awarded_pence, spent_pence, forecast_pence, status, reference, funding_conditions, last_modified) "
                + "VALUES (:id, :projectId, :index, :funder, :type, :year, :awarded, :spent, :forecast, :status, "
                + ":reference, :conditions, :lastModified)",
                projectId, p.funding(), JdbiProjectRepository::bindFunding);
        batch("INSERT INTO outcome_measure (id, project_id, list_index, name, measure_unit, direction, "
                + "baseline_value, baseline_date, target_value, target_date, last_modified) VALUES (:id, :projectId, "
                + ":index, :name, :unit, :direction, :baseline, :baselineDate, :target, :targetDate, :lastModified)",
                projectId, p.outcomes(), JdbiProjectRepository::bindMeasure);
        insertActuals(p.outcomes());
        batch("INSERT INTO risk (id, project_id, list_index, description, likelihood, impact, owner, mitigation, "
                + "status, last_modified) VALUES (:id, :projectId, :index, :description, :likelihood, :impact, "
                + ":owner, :mitigation, :status, :lastModified)",
                projectId, p.risks(), JdbiProjectRepository::bindRisk);
        batch("INSERT INTO note (id, project_id, list_index, note_date, note_kind, note_text, author, private_note, "
                + "last_modified) VALUES (:id, :projectId, :index, :date, :kind, :text, :author, :private, "
                + ":lastModified)",
                projectId, p.notes(), JdbiProjectRepository::bindNote);
    }

    private void insertActuals(List<OutcomeMeasure> measures) {
        try (PreparedBatch batch = handle.prepareBatch("INSERT INTO outcome_actual (id, measure_id, list_index, "
                + "actual_date, actual_value, note, last_modified) VALUES (:id, :measureId, :index, :date, :value, "
                + ":note, :lastModified)")) {
            for (OutcomeMeasure measure : measures) {
                int index = 0;
                for (OutcomeActual actual : measure.actuals()) {
                    batch.bind("id", uuid(actual.id()))
                            .bind("measureId", uuid(measure.id()))
                            .bind("index", index++)
                            .bind("date", date(actual.date()))
                            .bind("value", decimal(actual.value()))
                            .bind("note", actual.note())
                            .bind("lastModified", instant(actual.lastModified()))
                            .add();
                }
            }
            if (batch.size() > 0) {
                batch.execute();
            }
        }
    }

    /** Inserts {@code rows} in one batch, each with the project id and its position in the list. */
    private <T> void batch(String sql, String projectId, List<T> rows, BiConsumer<PreparedBatch, T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedBatch batch = handle.prepareBatch(sql)) {
            int index = 0;
            for (T row : rows) {
                batch.bind("projectId", projectId).bind("index", index++);
                binder.accept(batch, row);
                batch.add();
            }
            batch.execute();
        }
    }

    private static void bindPartner(PreparedBatch b, Partner partner) {
        b.bind("id", uuid(partner.id()))
                .bind("organisation", partner.organisation())
                .bind("role", partner.role())
                .bind("lastModified", instant(partner.lastModified()));
    }

    private static void bindStatus(PreparedBatch b, StatusUpdate status) {
        b.bind("id", uuid(status.id()))
                .bind("date", date(status.date()))
                .bind("rag", name(status.rag()))
                .bind("commentary", status.commentary())
                .bind("author", status.author())
                .bind("lastModified", instant(status.lastModified()));
    }

    private static void bindMilestone(PreparedBatch b, Milestone m) {
        b.bind("id", uuid(m.id()))
                .bind("title", m.title())
                .bind("baseline", date(m.baseline()))
                .bind("forecast", date(m.forecast()))
                .bind("completed", date(m.completed()))
                .bind("status", name(m.status()))
                .bind("owner", m.owner())
                .bind("lastModified", instant(m.lastModified()));
    }

    private static void bindFunding(PreparedBatch b, FundingLine f) {
        b.bind("id", uuid(f.id()))
                .bind("funder", f.source())
                .bind("type", name(f.type()))
                .bind("year", f.year().startYear())
                .bind("awarded", f.awarded().pence())
                .bind("spent", f.spent().pence())
                .bind("forecast", f.forecast().pence())
                .bind("status", name(f.status()))
                .bind("reference", f.reference())
                .bind("conditions", f.conditions())
                .bind("lastModified", instant(f.lastModified()));
    }

    private static void bindMeasure(PreparedBatch b, OutcomeMeasure m) {
        b.bind("id", uuid(m.id()))
                .bind("name", m.name())
                .bind("unit", m.unit())
                .bind("direction", name(m.direction()))
                .bind("baseline", decimal(m.baseline()))
                .bind("baselineDate", date(m.baselineDate()))
                .bind("target", decimal(m.target()))
                .bind("targetDate", date(m.targetDate()))
                .bind("lastModified", instant(m.lastModified()));
    }

    private static void bindRisk(PreparedBatch b, Risk r) {
        b.bind("id", uuid(r.id()))
                .bind("description", r.description())
                .bind("likelihood", r.likelihood())
                .bind("impact", r.impact())
                .bind("owner", r.owner())
                .bind("mitigation", r.mitigation())
                .bind("status", name(r.status()))
                .bind("lastModified", instant(r.lastModified()));
    }

    private static void bindNote(PreparedBatch b, Note n) {
        b.bind("id", uuid(n.id()))
                .bind("date", date(n.date()))
                .bind("kind", name(n.kind()))
                .bind("text", n.text())
                .bind("author", n.author())
                .bind("private", n.privateNote())
                .bind("lastModified", instant(n.lastModified()));
    }
}
