package org.innovationportfolio.logic.tracker;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.export.AtomicFile;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.OutcomeDirection;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.RiskStatus;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StatusUpdate;
import org.innovationportfolio.logic.tracker.TrackerWorkbook.Column;
import org.innovationportfolio.logic.tracker.TrackerWorkbook.Kind;
import org.innovationportfolio.logic.tracker.TrackerWorkbook.Sheet;

/**
 * The whole portfolio as a spreadsheet for finance and colleagues: Projects, Milestones, Funding (one row
 * per project, year and source), RAG history, Risks and Outcomes, each row carrying the project's id so an
 * edited copy imports back onto the same projects. Notes, private or not, are never exported.
 */
public final class TrackerExport {

    /** The Projects sheet's headers that {@link TrackerImport} reads back. */
    public static final String ID = "Project id";
    public static final String TITLE = "Project";

    private final Store store;
    private final Clock clock;
    private final TrackerWriter writer;

    public TrackerExport(Store store, Clock clock, TrackerWriter writer) {
        this.store = store;
        this.clock = clock;
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** What was written. */
    public record Summary(Path file, int projects, int rows) {
    }

    /** Writes every project to {@code target} in one step (no half file on failure). */
    public Summary export(Path target, Marking marking) {
        List<Project> projects = store.read(r -> r.projects().findAll());
        String council = store.read(r -> r.settings().get(SettingKeys.COUNCIL_NAME)).orElse(null);
        TrackerWorkbook workbook = workbook(projects, council, marking, LocalDate.now(clock));
        AtomicFile.write(target, out -> writer.write(workbook, out));
        int rows = workbook.sheets().stream().mapToInt(s -> s.rows().size()).sum();
        return new Summary(target, projects.size(), rows);
    }

    /** The workbook for these projects. */
    public static TrackerWorkbook workbook(List<Project> projects, String council, Marking marking, LocalDate today) {
        String title = "Innovation portfolio tracker" + (council == null ? "" : ", " + council) + ", "
                + today.getDayOfMonth() + " " + today.getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                        java.util.Locale.UK) + " " + today.getYear();
        return new TrackerWorkbook(title, council, marking, List.of(projectsSheet(projects), milestones(projects),
                funding(projects), ragHistory(projects), risks(projects), outcomes(projects)));
    }

    static Sheet projectsSheet(List<Project> projects) {
        List<Column> columns = List.of(Column.of(ID, Kind.ID, 38), Column.of(TITLE, Kind.TEXT, 40),
                Column.choice("Stage", 16, labels(Stage.values(), Stage::label)),
                Column.choice("RAG", 9, labels(Rag.values(), Rag::label)), Column.of("RAG date", Kind.DATE, 12),
                Column.of("Commentary", Kind.LONG_TEXT, 60), Column.of("Lead officer", Kind.TEXT, 22),
                Column.of("Sponsor", Kind.TEXT, 22), Column.of("Governance board", Kind.TEXT, 24),
                Column.of("Start date", Kind.DATE, 12), Column.of("End date", Kind.DATE, 12),
                Column.of("Total awarded", Kind.MONEY, 15), Column.of("Total spent", Kind.MONEY, 15),
                Column.of("Total forecast", Kind.MONEY, 15), Column.of("Tags", Kind.TEXT, 24));
        List<List<Object>> rows = new ArrayList<>();
        for (Project p : projects) {
            StatusUpdate status = p.currentStatus().orElse(null);
            rows.add(Arrays.asList(p.id().toString(), p.title(), p.stage().label(),
                    status == null ? null : status.rag().label(), status == null ? null : status.date(),
                    status == null ? null : status.commentary(), p.leadOfficer(), p.sponsor(), p.governanceBoard(),
                    p.startDate(), p.endDate(), p.totalAwarded(), p.totalSpent(), p.totalForecast(),
                    p.tags().isEmpty() ? null : String.join(", ", p.tags())));
        }
        return new Sheet("Projects", columns, rows);
    }

    private static Sheet milestones(List<Project> projects) {
        List<Column> columns = withProject(Column.of("Milestone id", Kind.ID, 38), Column.of("Milestone", Kind.TEXT, 40),
                Column.of("Baseline", Kind.DATE, 12), Column.of("Forecast", Kind.DATE, 12),
                Column.of("Completed", Kind.DATE, 12),
                Column.choice("Status", 14, labels(MilestoneStatus.values(), MilestoneStatus::label)),
                Column.of("Owner", Kind.TEXT, 22));
        List<List<Object>> rows = new ArrayList<>();
        for (Project p : projects) {
            for (Milestone m : p.milestones()) {
                rows.add(Arrays.asList(p.id().toString(), p.title(), m.id().toString(), m.title(), m.baseline(),
                        m.forecast(), m.completed(), m.status().label(), m.owner()));
            }
        }
        return new Sheet("Milestones", columns, rows);
    }

    private static Sheet funding(List<Project> projects) {
        List<Column> columns = withProject(Column.of("Funding id", Kind.ID, 38), Column.of("Financial year", Kind.TEXT, 14),
                Column.of("Source", Kind.TEXT, 30), Column.choice("Type", 20, labels(FundingType.values(), FundingType::label)),
                Column.choice("Status", 12, labels(FundingStatus.values(), FundingStatus::label)),
                Column.of("Awarded", Kind.MONEY, 15), Column.of("Spent", Kind.MONEY, 15),
                Column.of("Forecast", Kind.MONEY, 15), Column.of("Reference", Kind.TEXT, 18));
        List<List<Object>> rows = new ArrayList<>();
        for (Project p : projects) {
            for (FundingLine f : p.funding()) {
                rows.add(Arrays.asList(p.id().toString(), p.title(), f.id().toString(), f.year().toString(), f.source(),
                        f.type().label(), f.status().label(), f.awarded(), f.spent(), f.forecast(), f.reference()));
            }
        }
        return new Sheet("Funding", columns, rows);
    }

    private static Sheet ragHistory(List<Project> projects) {
        List<Column> columns = withProject(Column.of("Date", Kind.DATE, 12),
                Column.choice("RAG", 9, labels(Rag.values(), Rag::label)), Column.of("Commentary", Kind.LONG_TEXT, 60),
                Column.of("Author", Kind.TEXT, 22));
        List<List<Object>> rows = new ArrayList<>();
        for (Project p : projects) {
            for (StatusUpdate s : p.statusHistory()) {
                rows.add(Arrays.asList(p.id().toString(), p.title(), s.date(), s.rag().label(), s.commentary(),
                        s.author()));
            }
        }
        return new Sheet("RAG history", columns, rows);
    }

    private static Sheet risks(List<Project> projects) {
        List<Column> columns = withProject(Column.of("Risk id", Kind.ID, 38), Column.of("Risk", Kind.LONG_TEXT, 50),
                Column.of("Likelihood", Kind.INTEGER, 11), Column.of("Impact", Kind.INTEGER, 9),
                Column.of("Score", Kind.INTEGER, 8), Column.of("Owner", Kind.TEXT, 22),
                Column.of("Mitigation", Kind.LONG_TEXT, 50),
                Column.choice("Status", 11, labels(RiskStatus.values(), RiskStatus::label)));
        List<List<Object>> rows = new ArrayList<>();
        for (Project p : projects) {
            for (Risk r : p.risks()) {
                rows.add(Arrays.asList(p.id().toString(), p.title(), r.id().toString(), r.description(),
                        (long) r.likelihood(), (long) r.impact(), (long) r.score(), r.owner(), r.mitigation(),
                        r.status().label()));
            }
        }
        return new Sheet("Risks", columns, rows);
    }

    private static Sheet outcomes(List<Project> projects) {
        List<Column> columns = withProject(Column.of("Outcome id", Kind.ID, 38), Column.of("Outcome", Kind.TEXT, 40),
                Column.of("Unit", Kind.TEXT, 14),
                Column.choice("Direction", 17, labels(OutcomeDirection.values(), OutcomeDirection::label)),
                Column.of("Baseline", Kind.DECIMAL, 11), Column.of("Baseline date", Kind.DATE, 13),
                Column.of("Target", Kind.DECIMAL, 11), Column.of("Target date", Kind.DATE, 12),
                Column.of("Latest actual", Kind.DECIMAL, 13), Column.of("Latest date", Kind.DATE, 12));
        List<List<Object>> rows = new ArrayList<>();
        for (Project p : projects) {
            for (OutcomeMeasure o : p.outcomes()) {
                var latest = o.latest().orElse(null);
                rows.add(Arrays.asList(p.id().toString(), p.title(), o.id().toString(), o.name(), o.unit(),
                        o.direction().label(), o.baseline(), o.baselineDate(), o.target(), o.targetDate(),
                        latest == null ? null : latest.value(), latest == null ? null : latest.date()));
            }
        }
        return new Sheet("Outcomes", columns, rows);
    }

    private static List<Column> withProject(Column... columns) {
        List<Column> all = new ArrayList<>(List.of(Column.of(ID, Kind.ID, 38), Column.of(TITLE, Kind.TEXT, 36)));
        all.addAll(List.of(columns));
        return all;
    }

    private static <E> List<String> labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(label).toList();
    }
}
