package org.innovationportfolio.store;

import static org.innovationportfolio.store.SqlValues.date;
import static org.innovationportfolio.store.SqlValues.decimal;
import static org.innovationportfolio.store.SqlValues.enumValue;
import static org.innovationportfolio.store.SqlValues.instant;
import static org.innovationportfolio.store.SqlValues.uuid;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.NoteKind;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeDirection;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.RiskStatus;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StageChange;
import org.innovationportfolio.model.StatusUpdate;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** One {@link RowMapper} per portfolio table, reading columns by name. */
final class ProjectMappers {

    private ProjectMappers() {
    }

    /** A project row: everything but the child lists, which are loaded table by table. */
    record ProjectHead(UUID id, String title, UUID innovationId, Stage stage, String leadOfficer, String sponsor,
            String governanceBoard, LocalDate startDate, LocalDate endDate, String targetCohort, String objectives,
            Provenance provenance, Instant created, Instant lastModified, String decisionSought, long version) {
    }

    /** An outcome-measure row before its actuals are attached. */
    record MeasureHead(UUID id, String name, String unit, OutcomeDirection direction, BigDecimal baseline,
            LocalDate baselineDate, BigDecimal target, LocalDate targetDate, Instant lastModified) {

        OutcomeMeasure with(List<OutcomeActual> actuals) {
            return new OutcomeMeasure(id, name, unit, direction, baseline, baselineDate, target, targetDate,
                    actuals == null ? List.of() : actuals, lastModified);
        }
    }

    static final class ProjectMapper implements RowMapper<ProjectHead> {
        @Override
        public ProjectHead map(ResultSet rs, StatementContext ctx) throws SQLException {
            Provenance provenance = new Provenance(
                    enumValue(rs, "origin", Provenance.Origin.class),
                    uuid(rs, "pack_id"),
                    rs.getString("sender"),
                    rs.getString("sender_council"),
                    instant(rs, "arrived_at"),
                    instant(rs, "their_last_modified"));
            return new ProjectHead(uuid(rs, "id"), rs.getString("title"), uuid(rs, "innovation_id"),
                    enumValue(rs, "stage", Stage.class), rs.getString("lead_officer"), rs.getString("sponsor"),
                    rs.getString("governance_board"), date(rs, "start_date"), date(rs, "end_date"),
                    rs.getString("target_cohort"), rs.getString("objectives"), provenance,
                    instant(rs, "created"), instant(rs, "last_modified"), rs.getString("decision_sought"),
                    rs.getLong("row_version"));
        }
    }

    static final class TagMapper implements RowMapper<Child<String>> {
        @Override
        public Child<String> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Child<>(uuid(rs, "project_id"), rs.getString("tag"));
        }
    }

    static final class PartnerMapper implements RowMapper<Child<Partner>> {
        @Override
        public Child<Partner> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Child<>(uuid(rs, "project_id"), new Partner(uuid(rs, "id"), rs.getString("organisation"),
                    rs.getString("partner_role"), instant(rs, "last_modified")));
        }
    }

    static final class StatusUpdateMapper implements RowMapper<Child<StatusUpdate>> {
        @Override
        public Child<StatusUpdate> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Child<>(uuid(rs, "project_id"), new StatusUpdate(uuid(rs, "id"), date(rs, "status_date"),
                    enumValue(rs, "rag", Rag.class), rs.getString("commentary"), rs.getString("author"),
                    instant(rs, "last_modified")));
        }
    }

    static final class StageChangeMapper implements RowMapper<Child<StageChange>> {
        @Override
        public Child<StageChange> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Child<>(uuid(rs, "project_id"), new StageChange(uuid(rs, "id"),
                    enumValue(rs, "from_stage", Stage.class), enumValue(rs, "to_stage", Stage.class),
                    date(rs, "changed_on"), instant(rs, "last_modified")));
        }
    }

    static final class MilestoneMapper implements RowMapper<Child<Milestone>> {
        @Override
        public Child<Milestone> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Child<>(uuid(rs, "project_id"), new Milestone(uuid(rs, "id"), rs.getString("title"),
                    date(rs, "baseline_date"), date(rs, "forecast_date"), date(rs, "completed_date"),
                    enumValue(rs, "status", MilestoneStatus.class), rs.getString("owner"),
                    instant(rs, "last_modified")));
        }
    }

    static final class FundingLineMapper implements RowMapper<Child<FundingLine>> {
        @Override
        public Child<FundingLine> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Child<>(uuid(rs, "project_id"), new FundingLine(uuid(rs, "id"), rs.getString("funder"),
                    enumValue(rs, "funding_type", FundingType.class), new FinancialYear(rs.getInt("financial_year")),
                    Money.ofPence(rs.getLong("awarded_pence")), Money.ofPence(rs.getLong("spent_pence")),
                    Money.ofPence(rs.getLong("forecast_pence")), enumValue(rs, "status", FundingStatus.class),
                    rs.getString("reference"), rs.getString("funding_conditions"), instant(rs, "last_modified")));
        }
    }

    static final class MeasureMapper implements RowMapper<Child<MeasureHead>> {
        @Override
        public Child<MeasureHead> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Child<>(uuid(rs, "project_id"), new MeasureHead(uuid(rs, "id"), rs.getString("name"),
                    rs.getString("measure_unit"), enumValue(rs, "direction", OutcomeDirection.class),
                    decimal(rs, "baseline_value"), date(rs, "baseline_date"), decimal(rs, "target_value"),
                    date(rs, "target_date"), instant(rs, "last_modified")));
        }
    }

    static final class ActualMapper implements RowMapper<Child<OutcomeActual>> {
        @Override
        public Child<OutcomeActual> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Child<>(uuid(rs, "measure_id"), new OutcomeActual(uuid(rs, "id"), date(rs, "actual_date"),
                    decimal(rs, "actual_value"), rs.getString("note"), instant(rs, "last_modified")));
        }
    }

    static final class RiskMapper implements RowMapper<Child<Risk>> {
        @Override
        public Child<Risk> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Child<>(uuid(rs, "project_id"), new Risk(uuid(rs, "id"), rs.getString("description"),
                    rs.getInt("likelihood"), rs.getInt("impact"), rs.getString("owner"), rs.getString("mitigation"),
                    enumValue(rs, "status", RiskStatus.class), instant(rs, "last_modified")));
        }
    }

    static final class NoteMapper implements RowMapper<Child<Note>> {
        @Override
        public Child<Note> map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Child<>(uuid(rs, "project_id"), new Note(uuid(rs, "id"), date(rs, "note_date"),
                    enumValue(rs, "note_kind", NoteKind.class), rs.getString("note_text"), rs.getString("author"),
                    rs.getBoolean("private_note"), instant(rs, "last_modified")));
        }
    }
}
