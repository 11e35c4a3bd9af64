package org.innovationportfolio.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.StatusUpdate;

/** The yardstick: the same rows inserted with plain JDBC batches, one per table, in one transaction. */
final class RawJdbcInsert {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private RawJdbcInsert() {
    }

    static void insert(Connection c, List<Project> projects) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement project = c.prepareStatement("INSERT INTO project (id, title, innovation_id, stage, "
                + "lead_officer, sponsor, governance_board, start_date, end_date, target_cohort, objectives, origin, "
                + "pack_id, sender, sender_council, arrived_at, their_last_modified, created, last_modified) VALUES "
                + "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement status = c.prepareStatement("INSERT INTO status_update (id, project_id, list_index, "
                        + "status_date, rag, commentary, author, last_modified) VALUES (?,?,?,?,?,?,?,?)");
                PreparedStatement milestone = c.prepareStatement("INSERT INTO milestone (id, project_id, list_index, "
                        + "title, baseline_date, forecast_date, completed_date, status, owner, last_modified) VALUES "
                        + "(?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement funding = c.prepareStatement("INSERT INTO funding_line (id, project_id, list_index, "
                        + "funder, funding_type, financial_year, awarded_pence, spent_pence, forecast_pence, status, "
                        + "reference, funding_conditions, last_modified) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement outcome = c.prepareStatement("INSERT INTO outcome_measure (id, project_id, "
                        + "list_index, name, measure_unit, direction, baseline_value, baseline_date, target_value, "
                        + "target_date, last_modified) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement actual = c.prepareStatement("INSERT INTO outcome_actual (id, measure_id, list_index, "
                        + "actual_date, actual_value, note, last_modified) VALUES (?,?,?,?,?,?,?)");
                PreparedStatement risk = c.prepareStatement("INSERT INTO risk (id, project_id, list_index, description, "
                        + "likelihood, impact, owner, mitigation, status, last_modified) VALUES (?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement note = c.prepareStatement("INSERT INTO note (id, project_id, list_index, note_date, "
                        + "note_kind, note_text, author, private_note, last_modified) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (Project p : projects) {
                String id = p.id().toString();
                set(project, id, p.title(), null, p.stage().name(), p.leadOfficer(), p.sponsor(), p.governanceBoard(),
                        date(p.startDate()), date(p.endDate()), p.targetCohort(), p.objectives(),
                        p.provenance().origin().name(), str(p.provenance().packId()), p.provenance().sender(),
                        p.provenance().senderCouncil(), instant(p.provenance().at()),
                        instant(p.provenance().theirLastModified()), instant(p.created()), instant(p.lastModified()));
                int i = 0;
                for (StatusUpdate s : p.statusHistory()) {
                    set(status, s.id().toString(), id, i++, date(s.date()), s.rag().name(), s.commentary(), s.author(),
                            instant(s.lastModified()));
                }
                i = 0;
                for (Milestone m : p.milestones()) {
                    set(milestone, m.id().toString(), id, i++, m.title(), date(m.baseline()), date(m.forecast()),
                            date(m.completed()), m.status().name(), m.owner(), instant(m.lastModified()));
                }
                i = 0;
                for (FundingLine f : p.funding()) {
                    set(funding, f.id().toString(), id, i++, f.source(), f.type().name(), f.year().startYear(),
                            f.awarded().pence(), f.spent().pence(), f.forecast().pence(), f.status().name(),
                            f.reference(), f.conditions(), instant(f.lastModified()));
                }
                i = 0;
                for (OutcomeMeasure o : p.outcomes()) {
                    set(outcome, o.id().toString(), id, i++, o.name(), o.unit(), o.direction().name(),
                            str(o.baseline()), date(o.baselineDate()), str(o.target()), date(o.targetDate()),
                            instant(o.lastModified()));
                    int a = 0;
                    for (OutcomeActual x : o.actuals()) {
                        set(actual, x.id().toString(), o.id().toString(), a++, date(x.date()), x.value().toString(),
                                x.note(), instant(x.lastModified()));
                    }
                }
                i = 0;
                for (Risk r : p.risks()) {
                    set(risk, r.id().toString(), id, i++, r.description(), r.likelihood(), r.impact(), r.owner(),
                            r.mitigation(), r.status().name(), instant(r.lastModified()));
                }
                i = 0;
                for (Note n : p.notes()) {
                    set(note, n.id().toString(), id, i++, date(n.date()), n.kind().name(), n.text(), n.author(),
                            n.privateNote(), instant(n.lastModified()));
                }
            }
            for (PreparedStatement statement : List.of(project, status, milestone, funding, outcome, actual, risk, note)) {
                statement.executeBatch();
            }
            c.commit();
        }
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, statement.getParameterMetaData().getParameterType(i + 1));
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
        statement.addBatch();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static String instant(Instant instant) {
        return instant == null ? null : INSTANT.format(instant);
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
