package org.innovationportfolio.store;

import static org.innovationportfolio.store.SqlValues.date;
import static org.innovationportfolio.store.SqlValues.decimal;
import static org.innovationportfolio.store.SqlValues.instant;
import static org.innovationportfolio.store.SqlValues.name;
import static org.innovationportfolio.store.SqlValues.uuid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.StageChange;
import org.innovationportfolio.model.StatusUpdate;

/**
 * The one writer of project rows and their records: inserts projects with plain JDBC batches, one statement per
 * table for all of them, on the caller's connection and transaction (about twice as fast as a JDBI batch per
 * project). A pack import inserts hundreds at once; saving one project goes through here too.
 */
final class ProjectBatchInsert {

    private static final int FLUSH_EVERY = 5_000;

    private final Connection connection;
    private final List<Table> tables = new ArrayList<>();

    private ProjectBatchInsert(Connection connection) {
        this.connection = connection;
    }

    /** Inserts {@code projects}, none of which may exist yet, with all their records. */
    static void insert(Connection connection, List<Project> projects) throws SQLException {
        run(connection, projects, true);
    }

    /**
     * Inserts the records of {@code projects}, whose rows exist and hold no records (deleted just before), except
     * their stage changes: a stage history is a log that a save appends to, never rewrites.
     */
    static void insertRecords(Connection connection, List<Project> projects) throws SQLException {
        run(connection, projects, false);
    }

    private static void run(Connection connection, List<Project> projects, boolean whole) throws SQLException {
        ProjectBatchInsert insert = new ProjectBatchInsert(connection);
        try {
            insert.run(projects, whole);
        } finally {
            for (Table table : insert.tables) {
                table.statement.close();
            }
        }
    }

    private void run(List<Project> projects, boolean whole) throws SQLException {
        // Without "whole", the project rows exist and only their records (save for stage changes) go in.
        Table project = !whole ? null : table("INSERT INTO project (id, title, innovation_id, stage, lead_officer, "
                + "sponsor, governance_board, start_date, end_date, target_cohort, objectives, origin, pack_id, sender, "
                + "sender_council, arrived_at, their_last_modified, created, last_modified, decision_sought, "
                + "details_modified) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        Table tag = table("INSERT INTO project_tag (project_id, list_index, tag) VALUES (?,?,?)");
        Table partner = table("INSERT INTO partner (id, project_id, list_index, organisation, partner_role, "
                + "last_modified) VALUES (?,?,?,?,?,?)");
        Table status = table("INSERT INTO status_update (id, project_id, list_index, status_date, rag, commentary, "
                + "author, last_modified) VALUES (?,?,?,?,?,?,?,?)");
        Table stage = !whole ? null : table("INSERT INTO stage_change (id, project_id, list_index, from_stage, "
                + "to_stage, changed_on, last_modified) VALUES (?,?,?,?,?,?,?)");
        Table milestone = table("INSERT INTO milestone (id, project_id, list_index, title, baseline_date, "
                + "forecast_date, completed_date, status, owner, last_modified) VALUES (?,?,?,?,?,?,?,?,?,?)");
        Table funding = table("INSERT INTO funding_line (id, project_id, list_index, funder, funding_type, "
                + "financial_year, awarded_pence, spent_pence, forecast_pence, status, reference, funding_conditions, "
                + "last_modified) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        Table outcome = table("INSERT INTO outcome_measure (id, project_id, list_index, name, measure_unit, direction, "
                + "baseline_value, baseline_date, target_value, target_date, last_modified) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        Table actual = table("INSERT INTO outcome_actual (id, measure_id, list_index, actual_date, actual_value, note, "
                + "last_modified) VALUES (?,?,?,?,?,?,?)");
        Table risk = table("INSERT INTO risk (id, project_id, list_index, description, likelihood, impact, owner, "
                + "mitigation, status, last_modified) VALUES (?,?,?,?,?,?,?,?,?,?)");
        Table note = table("INSERT INTO note (id, project_id, list_index, note_date, note_kind, note_text, author, "
                + "private_note, last_modified) VALUES (?,?,?,?,?,?,?,?,?)");
        for (Project p : projects) {
            String id = uuid(p.id());
            Provenance v = p.provenance();
            if (whole) {
                project.row(id, p.title(), uuid(p.innovationId()), name(p.stage()), p.leadOfficer(), p.sponsor(),
                        p.governanceBoard(), date(p.startDate()), date(p.endDate()), p.targetCohort(),
                        p.objectives(), name(v.origin()), uuid(v.packId()), v.sender(), v.senderCouncil(),
                        instant(v.at()), instant(v.theirLastModified()), instant(p.created()),
                        instant(p.lastModified()), p.decisionSought(), instant(p.lastModified()));
            }
            int i = 0;
            for (String t : p.tags()) {
                tag.row(id, i++, t);
            }
            i = 0;
            for (Partner x : p.partners()) {
                partner.row(uuid(x.id()), id, i++, x.organisation(), x.role(), instant(x.lastModified()));
            }
            i = 0;
            for (StatusUpdate s : p.statusHistory()) {
                status.row(uuid(s.id()), id, i++, date(s.date()), name(s.rag()), s.commentary(), s.author(),
                        instant(s.lastModified()));
            }
            i = 0;
            for (StageChange c : whole ? p.stageHistory() : List.<StageChange>of()) {
                stage.row(uuid(c.id()), id, i++, name(c.from()), name(c.to()), date(c.changedOn()),
                        instant(c.lastModified()));
            }
            i = 0;
            for (Milestone m : p.milestones()) {
                milestone.row(uuid(m.id()), id, i++, m.title(), date(m.baseline()), date(m.forecast()),
                        date(m.completed()), name(m.status()), m.owner(), instant(m.lastModified()));
            }
            i = 0;
            for (FundingLine f : p.funding()) {
                funding.row(uuid(f.id()), id, i++, f.source(), name(f.type()), f.year().startYear(), f.awarded().pence(),
                        f.spent().pence(), f.forecast().pence(), name(f.status()), f.reference(), f.conditions(),
                        instant(f.lastModified()));
            }
            i = 0;
            for (OutcomeMeasure o : p.outcomes()) {
                outcome.row(uuid(o.id()), id, i++, o.name(), o.unit(), name(o.direction()), decimal(o.baseline()),
                        date(o.baselineDate()), decimal(o.target()), date(o.targetDate()), instant(o.lastModified()));
                int a = 0;
                for (OutcomeActual x : o.actuals()) {
                    actual.row(uuid(x.id()), uuid(o.id()), a++, date(x.date()), decimal(x.value()), x.note(),
                            instant(x.lastModified()));
                }
            }
            i = 0;
            for (Risk r : p.risks()) {
                risk.row(uuid(r.id()), id, i++, r.description(), r.likelihood(), r.impact(), r.owner(), r.mitigation(),
                        name(r.status()), instant(r.lastModified()));
            }
            i = 0;
            for (Note n : p.notes()) {
                note.row(uuid(n.id()), id, i++, date(n.date()), name(n.kind()), n.text(), n.author(), n.privateNote(),
                        instant(n.lastModified()));
            }
        }
        // Parents before children, so every foreign key finds its row.
        for (Table table : tables) {
            table.flush();
        }
    }

    private Table table(String sql) throws SQLException {
        Table table = new Table(connection.prepareStatement(sql), new ArrayList<>());
        tables.add(table);
        return table;
    }

    /** One table's statement and the rows waiting for it. */
    private record Table(PreparedStatement statement, List<Object[]> pending) {

        void row(Object... values) {
            pending.add(values);
        }

        void flush() throws SQLException {
            int waiting = 0;
            for (Object[] values : pending) {
                for (int i = 0; i < values.length; i++) {
                    bind(statement, i + 1, values[i]);
                }
                statement.addBatch();
                if (++waiting == FLUSH_EVERY) {
                    statement.executeBatch();
                    waiting = 0;
                }
            }
            if (waiting > 0) {
                statement.executeBatch();
            }
            pending.clear();
        }

        private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
            if (value == null) {
                statement.setNull(index, statement.getParameterMetaData().getParameterType(index));
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value instanceof Integer number) {
                statement.setInt(index, number);
            } else if (value instanceof Long number) {
                statement.setLong(index, number);
            } else if (value instanceof Boolean flag) {
                statement.setBoolean(index, flag);
            } else if (value instanceof java.sql.Date day) {
                statement.setDate(index, day);
            } else {
                statement.setObject(index, value, Types.OTHER);
            }
        }
    }
}
