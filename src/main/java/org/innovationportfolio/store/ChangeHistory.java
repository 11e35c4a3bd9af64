package org.innovationportfolio.store;

import static org.innovationportfolio.store.SqlValues.instant;
import static org.innovationportfolio.store.SqlValues.uuid;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.model.ChangeEntry;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.StatusUpdate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Who changed what: the lines of {@code change_history}, written by the project writer in the transaction of the
 * change, from the difference between the project as stored and as saved, field by field. A private note's text
 * is never written here: that it changed is.
 */
final class ChangeHistory {

    private static final int LONGEST_LABEL = 500;
    private static final int LONGEST_IN_SUMMARY = 200;
    private static final String PROJECT = "project";
    private static final String NOTE = "note";
    private static final String NOTE_TEXT = "note_text";

    private final Handle handle;

    ChangeHistory(Handle handle) {
        this.handle = handle;
    }

    /** One record of a project as the history compares it: its fields by column, values as stored. */
    private record Rec(String table, String id, String label, boolean privateNote, Map<String, String> fields) {
    }

    /** The lines for saving {@code after} over {@code before} (null when new); none when nothing changed. */
    void saved(Project before, Project after) {
        write(before == null ? added(after) : differences(before, after));
    }

    /** One line per new project, as a pack import adds hundreds at once. */
    void added(Collection<Project> projects) {
        List<Line> lines = new ArrayList<>();
        for (Project p : projects) {
            lines.addAll(added(p));
        }
        write(lines);
    }

    /** The line for a deleted project, with its own fields as they were. */
    void deleted(Project project) {
        Rec own = records(project).get(0);
        write(List.of(new Line(own, ChangeEntry.WHOLE_RECORD, summary(own), null, uuid(project.id()))));
    }

    /** The project's history, newest first. */
    List<ChangeEntry> of(UUID projectId) {
        return handle.createQuery("SELECT changed_at, changed_by, project_id, record_table, record_id, record_label, "
                        + "field, old_value, new_value FROM change_history WHERE project_id = :id "
                        + "ORDER BY changed_at DESC, line_index")
                .bind("id", uuid(projectId))
                .map((rs, ctx) -> new ChangeEntry(SqlValues.instant(rs, "changed_at"), rs.getString("changed_by"),
                        SqlValues.uuid(rs, "project_id"), rs.getString("record_table"), SqlValues.uuid(rs, "record_id"),
                        rs.getString("record_label"), rs.getString("field"), rs.getString("old_value"),
                        rs.getString("new_value")))
                .list();
    }

    /**
     * Who is changing: on PostgreSQL the database role (which the server's trigger writes whatever is sent); on a
     * laptop the computer's login, with the officer's name when one is set.
     */
    String user() {
        if (onPostgres()) {
            return handle.createQuery("SELECT current_user").mapTo(String.class).one();
        }
        String login = System.getProperty("user.name", "unknown");
        String officer = new JdbiSettingsRepository(handle).get(SettingKeys.OFFICER_NAME).orElse("").strip();
        String who = officer.isEmpty() || officer.equals(login) ? login : officer + " (" + login + ")";
        return clip(who);
    }

    private boolean onPostgres() {
        try {
            return handle.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell the database engine", e);
        }
    }

    /** A line to write: the record (for its table, id and label), the field and the values. */
    private record Line(Rec record, String field, String oldValue, String newValue, String projectId) {
    }

    private static List<Line> added(Project p) {
        Rec own = records(p).get(0);
        return List.of(new Line(own, ChangeEntry.WHOLE_RECORD, null, summary(own), uuid(p.id())));
    }

    private static List<Line> differences(Project before, Project after) {
        String projectId = uuid(after.id());
        Map<String, Rec> was = byKey(records(before));
        Map<String, Rec> now = byKey(records(after));
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, Rec> entry : now.entrySet()) {
            Rec then = was.get(entry.getKey());
            Rec rec = entry.getValue();
            if (then == null) {
                lines.add(new Line(rec, ChangeEntry.WHOLE_RECORD, null, summary(rec), projectId));
                continue;
            }
            for (Map.Entry<String, String> field : rec.fields().entrySet()) {
                String old = then.fields().get(field.getKey());
                if (Objects.equals(old, field.getValue())) {
                    continue;
                }
                boolean hidden = NOTE_TEXT.equals(field.getKey()) && (then.privateNote() || rec.privateNote());
                lines.add(new Line(rec, field.getKey(), hidden ? null : old, hidden ? null : field.getValue(),
                        projectId));
            }
        }
        for (Map.Entry<String, Rec> entry : was.entrySet()) {
            if (!now.containsKey(entry.getKey())) {
                lines.add(new Line(entry.getValue(), ChangeEntry.WHOLE_RECORD, summary(entry.getValue()), null,
                        projectId));
            }
        }
        return lines;
    }

    private void write(List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        String at = instant(Instant.now());
        String user = user();
        try (PreparedBatch batch = handle.prepareBatch("INSERT INTO change_history (id, line_index, changed_at, "
                + "changed_by, project_id, record_table, record_id, record_label, field, old_value, new_value) VALUES "
                + "(:id, :index, :at, :user, :projectId, :table, :recordId, :label, :field, :old, :new)")) {
            int index = 0;
            for (Line line : lines) {
                batch.bind("id", uuid(UUID.randomUUID()))
                        .bind("index", index++)
                        .bind("at", at)
                        .bind("user", user)
                        .bind("projectId", line.projectId())
                        .bind("table", line.record().table())
                        .bind("recordId", line.record().id())
                        .bind("label", clip(line.record().label()))
                        .bind("field", line.field())
                        .bind("old", line.oldValue())
                        .bind("new", line.newValue())
                        .add();
            }
            batch.execute();
        }
    }

    private static Map<String, Rec> byKey(List<Rec> records) {
        Map<String, Rec> map = new LinkedHashMap<>();
        for (Rec rec : records) {
            map.put(rec.table() + "/" + rec.id(), rec);
        }
        return map;
    }

    /** An added or removed record's fields, one line: a private note's text left out. */
    private static String summary(Rec rec) {
        return rec.fields().entrySet().stream()
                .filter(e -> e.getValue() != null)
                .filter(e -> !(rec.privateNote() && NOTE_TEXT.equals(e.getKey())))
                .map(e -> e.getKey() + ": " + shortened(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    /** The project's own fields first, then each of its records, as the history compares them. */
    private static List<Rec> records(Project p) {
        List<Rec> out = new ArrayList<>();
        String pid = uuid(p.id());
        out.add(new Rec(PROJECT, pid, p.title(), false, fields(
                "title", p.title(), "innovation_id", uuid(p.innovationId()), "stage", name(p.stage()),
                "lead_officer", p.leadOfficer(), "sponsor", p.sponsor(), "governance_board", p.governanceBoard(),
                "start_date", text(p.startDate()), "end_date", text(p.endDate()), "target_cohort", p.targetCohort(),
                "objectives", p.objectives(), "decision_sought", p.decisionSought(),
                "tags", p.tags().isEmpty() ? null : String.join(", ", p.tags()))));
        for (Partner x : p.partners()) {
            out.add(new Rec("partner", uuid(x.id()), x.organisation(), false,
                    fields("organisation", x.organisation(), "partner_role", x.role())));
        }
        for (StatusUpdate s : p.statusHistory()) {
            out.add(new Rec("status_update", uuid(s.id()), s.date() + " " + s.rag(), false, fields(
                    "status_date", text(s.date()), "rag", name(s.rag()), "commentary", s.commentary(),
                    "author", s.author())));
        }
        for (Milestone m : p.milestones()) {
            out.add(new Rec("milestone", uuid(m.id()), m.title(), false, fields(
                    "title", m.title(), "baseline_date", text(m.baseline()), "forecast_date", text(m.forecast()),
                    "completed_date", text(m.completed()), "status", name(m.status()), "owner", m.owner())));
        }
        for (FundingLine f : p.funding()) {
            out.add(new Rec("funding_line", uuid(f.id()), f.source() + " " + f.year().startYear(), false, fields(
                    "funder", f.source(), "funding_type", name(f.type()),
                    "financial_year", String.valueOf(f.year().startYear()),
                    "awarded_pence", String.valueOf(f.awarded().pence()),
                    "spent_pence", String.valueOf(f.spent().pence()),
                    "forecast_pence", String.valueOf(f.forecast().pence()), "status", name(f.status()),
                    "reference", f.reference(), "funding_conditions", f.conditions())));
        }
        for (OutcomeMeasure o : p.outcomes()) {
            out.add(new Rec("outcome_measure", uuid(o.id()), o.name(), false, fields(
                    "name", o.name(), "measure_unit", o.unit(), "direction", name(o.direction()),
                    "baseline_value", SqlValues.decimal(o.baseline()), "baseline_date", text(o.baselineDate()),
                    "target_value", SqlValues.decimal(o.target()), "target_date", text(o.targetDate()))));
            for (OutcomeActual a : o.actuals()) {
                out.add(new Rec("outcome_actual", uuid(a.id()), o.name() + " " + a.date(), false, fields(
                        "actual_date", text(a.date()), "actual_value", SqlValues.decimal(a.value()),
                        "note", a.note())));
            }
        }
        for (Risk r : p.risks()) {
            out.add(new Rec("risk", uuid(r.id()), r.description(), false, fields(
                    "description", r.description(), "likelihood", String.valueOf(r.likelihood()),
                    "impact", String.valueOf(r.impact()), "owner", r.owner(), "mitigation", r.mitigation(),
                    "status", name(r.status()))));
        }
        for (Note n : p.notes()) {
            // Known by its kind and date, never by its text, which may be private.
            out.add(new Rec(NOTE, uuid(n.id()), (n.privateNote() ? "private " : "") + name(n.kind()) + " "
                    + n.date(), n.privateNote(), fields(
                    "note_date", text(n.date()), "note_kind", name(n.kind()), NOTE_TEXT, n.text(),
                    "author", n.author(), "private_note", String.valueOf(n.privateNote()))));
        }
        return out;
    }

    /** A long text cut in a summary line (a changed field keeps it whole). */
    private static String shortened(String value) {
        return value.length() <= LONGEST_IN_SUMMARY ? value : value.substring(0, LONGEST_IN_SUMMARY) + "…";
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String clip(String text) {
        return text == null || text.length() <= LONGEST_LABEL ? text : text.substring(0, LONGEST_LABEL);
    }
}
