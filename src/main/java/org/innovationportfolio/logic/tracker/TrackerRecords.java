package org.innovationportfolio.logic.tracker;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.logic.tracker.TrackerPreview.Kind;
import org.innovationportfolio.logic.tracker.TrackerPreview.RecordRow;
import org.innovationportfolio.model.Checks;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.InvalidValueException;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeDirection;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.RiskStatus;
import org.innovationportfolio.model.StatusUpdate;

/**
 * The other sheets of a workbook our own {@link TrackerExport} wrote, read back: Milestones, Funding, Risks and
 * Outcomes. A sheet is read only when its first row has our headers ("Project id" and its record id column),
 * so an officer's own sheet of the same name is left alone. The rules:
 * <ul>
 * <li>a row matches its record by the record id the export wrote, within the project its "Project id" names;
 * a row with no record id is a new record of that project (the project must be in the portfolio already);</li>
 * <li>every cell is compared with the record, and only the values that differ change; a blank cell empties an
 * optional value (a forecast date, an owner), since the export wrote it blank only when it was;</li>
 * <li>a row deleted from the sheet leaves its record as it is (delete records in the application);</li>
 * <li>a risk's Score is likelihood × impact: a score edited on its own is refused (change Likelihood or
 * Impact), and a score left stale beside a changed likelihood or impact is ignored;</li>
 * <li>an outcome's "Latest actual" and "Latest date" edit the actual measured on that date, or add one when
 * there is none on that date; blank leaves the actuals as they are;</li>
 * <li>RAG history is not imported: its rows have no ids, so an edited row cannot be told from a new one, and
 * the month's RAG already comes from the Projects sheet's RAG and Commentary; a row that is not a RAG update
 * the project already has is shown as refused, and nothing changes.</li>
 * </ul>
 */
final class TrackerRecords {

    static final String MILESTONES = "Milestones";
    static final String FUNDING = "Funding";
    static final String RISKS = "Risks";
    static final String OUTCOMES = "Outcomes";
    static final String RAG_HISTORY = "RAG history";
    /** Said under the RAG history sheet's counts. */
    static final String RAG_HISTORY_RULE = "RAG history is never imported: give a new RAG and commentary on the "
            + "Projects sheet.";

    /** What the other sheets change: the rows as previewed, and each changed project whole. */
    record Plan(List<RecordRow> rows, Map<UUID, Project> changed) {
    }

    private final Map<UUID, Project> original;
    private final Map<UUID, Project> working;
    private final Set<UUID> changed = new java.util.LinkedHashSet<>();
    private final List<RecordRow> rows = new ArrayList<>();
    private final Instant now;

    private TrackerRecords(Map<UUID, Project> original, Map<UUID, Project> base, Instant now) {
        this.original = original;
        this.working = new HashMap<>(base);
        this.now = now;
    }

    /**
     * Plans the other sheets of {@code file}.
     *
     * @param original the portfolio's projects as stored, by id
     * @param base the same projects as the Projects sheet's rows leave them (updated ones replaced)
     */
    static Plan plan(SpreadsheetFile file, Map<UUID, Project> original, Map<UUID, Project> base, Instant now) {
        TrackerRecords records = new TrackerRecords(original, base, now);
        for (SheetTable sheet : file.sheets()) {
            String name = sheet.name();
            if (name.equalsIgnoreCase(MILESTONES)) {
                records.read(sheet, MILESTONES, "Milestone id", records::milestone);
            } else if (name.equalsIgnoreCase(FUNDING)) {
                records.read(sheet, FUNDING, "Funding id", records::funding);
            } else if (name.equalsIgnoreCase(RISKS)) {
                records.read(sheet, RISKS, "Risk id", records::risk);
            } else if (name.equalsIgnoreCase(OUTCOMES)) {
                records.read(sheet, OUTCOMES, "Outcome id", records::outcome);
            } else if (name.equalsIgnoreCase(RAG_HISTORY)) {
                records.read(sheet, RAG_HISTORY, null, records::ragHistory);
            }
        }
        Map<UUID, Project> result = new LinkedHashMap<>();
        records.changed.forEach(id -> result.put(id, records.working.get(id)));
        return new Plan(records.rows, result);
    }

    /** Reads one row of a sheet; returns what happened to it. */
    @FunctionalInterface
    private interface RowReader {
        RecordRow read(Cells cells, Project project, UUID recordId);
    }

    private void read(SheetTable sheet, String name, String idHeader, RowReader reader) {
        SheetRow header = sheet.rows().stream().filter(r -> r.number() == 1).findFirst().orElse(null);
        if (header == null) {
            return;
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = TrackerField.normal(header.cell(i).text());
            if (!text.isEmpty()) {
                columns.putIfAbsent(text, i);
            }
        }
        if (!columns.containsKey("project id") || idHeader != null && !columns.containsKey(TrackerField.normal(idHeader))) {
            return;
        }
        Set<UUID> seen = new HashSet<>();
        for (SheetRow row : sheet.rows()) {
            if (row.number() <= 1 || row.isBlank()) {
                continue;
            }
            Cells cells = new Cells(name, columns, row);
            String written = cells.cell(idHeader == null ? "Date" : columnAfterProject(name)).text();
            Project project = project(cells);
            UUID recordId = null;
            if (idHeader != null && cells.has(idHeader) && !cells.cell(idHeader).isBlank()) {
                String idText = cells.cell(idHeader).text();
                try {
                    recordId = UUID.fromString(idText.strip());
                    if (!seen.add(recordId)) {
                        cells.problem(idHeader, "the id " + idText + " is on an earlier row too; keep one row per record.");
                    }
                } catch (IllegalArgumentException e) {
                    cells.problem(idHeader, idText + " is not a record id from an export. Clear it to add the row as a "
                            + "new record.");
                }
            }
            RecordRow done = project == null || !cells.problems.isEmpty() ? null : reader.read(cells, project, recordId);
            if (done == null || !cells.problems.isEmpty()) {
                rows.add(new RecordRow(name, row.number(), Kind.REFUSED, project == null ? null : project.id(),
                        project == null ? cells.cell("Project").text() : project.title(), written, List.of(),
                        cells.problems));
            } else {
                rows.add(done);
            }
        }
    }

    private static String columnAfterProject(String sheet) {
        return switch (sheet) {
            case MILESTONES -> "Milestone";
            case FUNDING -> "Source";
            case RISKS -> "Risk";
            default -> "Outcome";
        };
    }

    /** The project the row's "Project id" names, else null with the problem noted. */
    private Project project(Cells cells) {
        if (!cells.has("Project id") || cells.cell("Project id").isBlank()) {
            cells.problem("Project id", "the row has no project id. Copy the project's id from the Projects sheet.");
            return null;
        }
        String text = cells.cell("Project id").text();
        try {
            Project p = working.get(UUID.fromString(text.strip()));
            if (p == null) {
                cells.problem("Project id", "no project here has the id " + text + ". Add the project first, or copy "
                        + "its id from the Projects sheet.");
            }
            return p;
        } catch (IllegalArgumentException e) {
            cells.problem("Project id", text + " is not a project id from an export. Copy it from the Projects sheet.");
            return null;
        }
    }

    private RecordRow milestone(Cells c, Project p, UUID id) {
        Milestone old = id == null ? null : p.milestones().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElse(null);
        if (id != null && old == null) {
            return missing(c, "Milestone id", "milestone", p);
        }
        String title = c.text("Milestone", old == null ? null : old.title());
        LocalDate baseline = c.date("Baseline", old == null ? null : old.baseline());
        LocalDate forecast = c.date("Forecast", old == null ? null : old.forecast());
        LocalDate completed = c.date("Completed", old == null ? null : old.completed());
        MilestoneStatus status = c.choice("Status", old == null ? MilestoneStatus.NOT_STARTED : old.status(),
                MilestoneStatus.values(), MilestoneStatus::label, "milestone status");
        String owner = c.text("Owner", old == null ? null : old.owner());
        if (title == null) {
            c.problem("Milestone", "the milestone has no title.");
        }
        if (!c.problems.isEmpty()) {
            return null;
        }
        Milestone made = c.build(() -> new Milestone(old == null ? UUID.randomUUID() : old.id(), title, baseline,
                forecast, completed, status, owner, now));
        if (made == null) {
            return null;
        }
        List<String> changes = new ArrayList<>();
        if (old != null) {
            diff(changes, "Milestone", old.title(), made.title());
            diff(changes, "Baseline", old.baseline(), made.baseline());
            diff(changes, "Forecast", old.forecast(), made.forecast());
            diff(changes, "Completed", old.completed(), made.completed());
            diff(changes, "Status", old.status(), made.status());
            diff(changes, "Owner", old.owner(), made.owner());
        } else {
            changes.add("New milestone \"" + made.title() + "\"" + (made.due() == null ? ""
                    : ", due " + DateText.format(made.due())));
        }
        if (old != null && changes.isEmpty()) {
            return row(c, Kind.UNCHANGED, p, made.title(), changes);
        }
        List<Milestone> list = new ArrayList<>(p.milestones());
        replace(list, old, made);
        put(with(p, list, p.funding(), p.outcomes(), p.risks()));
        return row(c, old == null ? Kind.NEW : Kind.UPDATE, p, made.title(), changes);
    }

    private RecordRow funding(Cells c, Project p, UUID id) {
        FundingLine old = id == null ? null : p.funding().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElse(null);
        if (id != null && old == null) {
            return missing(c, "Funding id", "funding line", p);
        }
        FinancialYear year = c.parse("Financial year", old == null ? null : old.year(),
                cell -> FinancialYear.parse(cell.text()));
        String source = c.text("Source", old == null ? null : old.source());
        FundingType type = c.choice("Type", old == null ? null : old.type(), FundingType.values(), FundingType::label,
                "funding type");
        FundingStatus status = c.choice("Status", old == null ? null : old.status(), FundingStatus.values(),
                FundingStatus::label, "funding status");
        Money awarded = c.money("Awarded", old == null ? null : old.awarded());
        Money spent = c.money("Spent", old == null ? null : old.spent());
        Money forecast = c.money("Forecast", old == null ? null : old.forecast());
        String reference = c.text("Reference", old == null ? null : old.reference());
        c.required("Financial year", year, "the funding line has no financial year (write it like 2024/25).");
        c.required("Source", source, "the funding line has no source (the funder).");
        c.required("Type", type, "the funding line has no type: choose one of " + labels(FundingType.values(),
                FundingType::label) + ".");
        c.required("Status", status, "the funding line has no status: choose one of "
                + labels(FundingStatus.values(), FundingStatus::label) + ".");
        if (!c.problems.isEmpty()) {
            return null;
        }
        FundingLine made = c.build(() -> new FundingLine(old == null ? UUID.randomUUID() : old.id(), source, type, year,
                awarded, spent, forecast, status, reference, old == null ? null : old.conditions(), now));
        if (made == null) {
            return null;
        }
        List<String> changes = new ArrayList<>();
        if (old != null) {
            diff(changes, "Financial year", old.year(), made.year());
            diff(changes, "Source", old.source(), made.source());
            diff(changes, "Type", old.type(), made.type());
            diff(changes, "Status", old.status(), made.status());
            diff(changes, "Awarded", old.awarded(), made.awarded());
            diff(changes, "Spent", old.spent(), made.spent());
            diff(changes, "Forecast", old.forecast(), made.forecast());
            diff(changes, "Reference", old.reference(), made.reference());
        } else {
            changes.add("New funding line: " + made.source() + ", " + made.year() + ", " + made.awarded().format()
                    + " awarded");
        }
        String name = made.source() + " " + made.year();
        if (old != null && changes.isEmpty()) {
            return row(c, Kind.UNCHANGED, p, name, changes);
        }
        List<FundingLine> list = new ArrayList<>(p.funding());
        replace(list, old, made);
        put(with(p, p.milestones(), list, p.outcomes(), p.risks()));
        return row(c, old == null ? Kind.NEW : Kind.UPDATE, p, name, changes);
    }

    private RecordRow risk(Cells c, Project p, UUID id) {
        Risk old = id == null ? null : p.risks().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        if (id != null && old == null) {
            return missing(c, "Risk id", "risk", p);
        }
        String description = c.text("Risk", old == null ? null : old.description());
        Integer likelihood = c.whole("Likelihood", old == null ? null : old.likelihood());
        Integer impact = c.whole("Impact", old == null ? null : old.impact());
        Integer score = c.whole("Score", old == null ? null : old.score());
        String owner = c.text("Owner", old == null ? null : old.owner());
        String mitigation = c.longText("Mitigation", old == null ? null : old.mitigation());
        RiskStatus status = c.choice("Status", old == null ? RiskStatus.OPEN : old.status(), RiskStatus.values(),
                RiskStatus::label, "risk status");
        c.required("Risk", description, "the risk has no description.");
        c.required("Likelihood", likelihood, "the risk has no likelihood (1 to 5).");
        c.required("Impact", impact, "the risk has no impact (1 to 5).");
        if (!c.problems.isEmpty()) {
            return null;
        }
        boolean scaleSame = old != null && likelihood == old.likelihood() && impact == old.impact();
        if (score != null && score != likelihood * impact && (old == null || scaleSame)) {
            c.problem("Score", "the score " + score + " is worked out as likelihood × impact (" + likelihood + " × "
                    + impact + " = " + likelihood * impact + "). Change the Likelihood or Impact instead.");
            return null;
        }
        Risk made = c.build(() -> new Risk(old == null ? UUID.randomUUID() : old.id(), description, likelihood, impact,
                owner, mitigation, status, now));
        if (made == null) {
            return null;
        }
        List<String> changes = new ArrayList<>();
        if (old != null) {
            diff(changes, "Risk", old.description(), made.description());
            diff(changes, "Likelihood", old.likelihood(), made.likelihood());
            diff(changes, "Impact", old.impact(), made.impact());
            if (old.score() != made.score()) {
                changes.add("Score: " + old.score() + " → " + made.score());
            }
            diff(changes, "Owner", old.owner(), made.owner());
            diff(changes, "Mitigation", old.mitigation(), made.mitigation());
            diff(changes, "Status", old.status(), made.status());
        } else {
            changes.add("New risk, score " + made.score() + " (" + made.likelihood() + " × " + made.impact() + ")");
        }
        if (old != null && changes.isEmpty()) {
            return row(c, Kind.UNCHANGED, p, made.description(), changes);
        }
        List<Risk> list = new ArrayList<>(p.risks());
        replace(list, old, made);
        put(with(p, p.milestones(), p.funding(), p.outcomes(), list));
        return row(c, old == null ? Kind.NEW : Kind.UPDATE, p, made.description(), changes);
    }

    private RecordRow outcome(Cells c, Project p, UUID id) {
        OutcomeMeasure old = id == null ? null : p.outcomes().stream().filter(o -> o.id().equals(id)).findFirst()
                .orElse(null);
        if (id != null && old == null) {
            return missing(c, "Outcome id", "outcome", p);
        }
        String name = c.text("Outcome", old == null ? null : old.name());
        String unit = c.text("Unit", old == null ? null : old.unit());
        OutcomeDirection direction = c.choice("Direction", old == null ? OutcomeDirection.HIGHER_IS_BETTER
                : old.direction(), OutcomeDirection.values(), OutcomeDirection::label, "direction");
        BigDecimal baseline = c.decimal("Baseline", old == null ? null : old.baseline());
        LocalDate baselineDate = c.date("Baseline date", old == null ? null : old.baselineDate());
        BigDecimal target = c.decimal("Target", old == null ? null : old.target());
        LocalDate targetDate = c.date("Target date", old == null ? null : old.targetDate());
        OutcomeActual latest = old == null ? null : old.latest().orElse(null);
        BigDecimal actual = c.decimal("Latest actual", latest == null ? null : latest.value());
        LocalDate actualDate = c.date("Latest date", latest == null ? null : latest.date());
        c.required("Outcome", name, "the outcome has no name.");
        if ((actual == null) != (actualDate == null)) {
            c.problem(actual == null ? "Latest actual" : "Latest date", "give both the latest actual and the date it "
                    + "was measured, or neither.");
        }
        if (!c.problems.isEmpty()) {
            return null;
        }
        List<OutcomeActual> actuals = new ArrayList<>(old == null ? List.of() : old.actuals());
        String actualChange = null;
        boolean sameLatest = latest != null && actualDate != null && latest.date().equals(actualDate)
                && latest.value().compareTo(actual) == 0;
        if (actual != null && !sameLatest) {
            OutcomeActual onDay = actuals.stream().filter(a -> a.date().equals(actualDate)).findFirst().orElse(null);
            if (onDay != null) {
                actuals.set(actuals.indexOf(onDay), new OutcomeActual(onDay.id(), actualDate, actual, onDay.note(), now));
            } else {
                actuals.add(new OutcomeActual(UUID.randomUUID(), actualDate, actual, null, now));
            }
            actualChange = "Latest actual: " + (latest == null ? "(none)" : plain(latest.value()) + " ("
                    + DateText.format(latest.date()) + ")") + " → " + plain(actual) + " (" + DateText.format(actualDate)
                    + ")";
        }
        OutcomeMeasure made = c.build(() -> new OutcomeMeasure(old == null ? UUID.randomUUID() : old.id(), name, unit,
                direction, baseline, baselineDate, target, targetDate, actuals, now));
        if (made == null) {
            return null;
        }
        List<String> changes = new ArrayList<>();
        if (old != null) {
            diff(changes, "Outcome", old.name(), made.name());
            diff(changes, "Unit", old.unit(), made.unit());
            diff(changes, "Direction", old.direction(), made.direction());
            diff(changes, "Baseline", old.baseline(), made.baseline());
            diff(changes, "Baseline date", old.baselineDate(), made.baselineDate());
            diff(changes, "Target", old.target(), made.target());
            diff(changes, "Target date", old.targetDate(), made.targetDate());
        } else {
            changes.add("New outcome \"" + made.name() + "\"");
        }
        if (actualChange != null) {
            changes.add(actualChange);
        }
        if (old != null && changes.isEmpty()) {
            return row(c, Kind.UNCHANGED, p, made.name(), changes);
        }
        List<OutcomeMeasure> list = new ArrayList<>(p.outcomes());
        replace(list, old, made);
        put(with(p, p.milestones(), p.funding(), list, p.risks()));
        return row(c, old == null ? Kind.NEW : Kind.UPDATE, p, made.name(), changes);
    }

    /** A RAG history row the project already has is unchanged; any other is refused (never imported). */
    private RecordRow ragHistory(Cells c, Project p, UUID ignored) {
        LocalDate date = c.date("Date", null);
        Rag rag = c.choice("RAG", null, Rag.values(), Rag::label, "RAG");
        String commentary = c.longText("Commentary", null);
        if (!c.problems.isEmpty()) {
            return null;
        }
        Project stored = original.get(p.id());
        boolean known = stored != null && stored.statusHistory().stream().anyMatch(s -> s.date().equals(date)
                && s.rag() == rag && Objects.equals(s.commentary(), commentary));
        String name = (date == null ? "" : DateText.format(date)) + (rag == null ? "" : " " + rag.label());
        if (known) {
            return row(c, Kind.UNCHANGED, p, name.strip(), List.of());
        }
        c.problem("Date", "this is not a RAG update the project has, and RAG history is not imported. To record a "
                + "new RAG, change the RAG and Commentary on the Projects sheet.");
        return null;
    }

    private RecordRow missing(Cells c, String idHeader, String what, Project p) {
        c.problem(idHeader, "no " + what + " of \"" + p.title() + "\" has the id " + c.cell(idHeader).text()
                + ". Clear the id to add the row as a new " + what + ".");
        return null;
    }

    private RecordRow row(Cells c, Kind kind, Project p, String name, List<String> changes) {
        return new RecordRow(c.sheet, c.row.number(), kind, p.id(), p.title(), name, changes, List.of());
    }

    private void put(Project p) {
        working.put(p.id(), p);
        changed.add(p.id());
    }

    private static <T> void replace(List<T> list, T old, T made) {
        if (old == null) {
            list.add(made);
        } else {
            list.set(list.indexOf(old), made);
        }
    }

    private Project with(Project p, List<Milestone> milestones, List<FundingLine> funding,
            List<OutcomeMeasure> outcomes, List<Risk> risks) {
        return new Project(p.id(), p.title(), p.innovationId(), p.stage(), p.leadOfficer(), p.sponsor(),
                p.governanceBoard(), p.startDate(), p.endDate(), p.targetCohort(), p.objectives(), p.tags(),
                p.partners(), p.statusHistory(), p.stageHistory(), milestones, funding, outcomes, risks, p.notes(),
                p.provenance(), p.created(), now, p.decisionSought());
    }

    private static void diff(List<String> changes, String what, Object was, Object now) {
        boolean same = was instanceof BigDecimal a && now instanceof BigDecimal b ? a.compareTo(b) == 0
                : Objects.equals(was, now);
        if (!same) {
            changes.add(what + ": " + shown(was) + " → " + shown(now));
        }
    }

    private static String shown(Object value) {
        if (value == null) {
            return "(blank)";
        }
        if (value instanceof LocalDate d) {
            return DateText.format(d);
        }
        if (value instanceof Money m) {
            return m.format();
        }
        if (value instanceof BigDecimal b) {
            return plain(b);
        }
        return value instanceof String s ? "\"" + s + "\"" : value.toString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static <E> String labels(E[] values, Function<E, String> label) {
        return String.join(", ", java.util.Arrays.stream(values).map(label).toList());
    }

    /**
     * One row's cells by header. Each reader returns the value written, the record's own value when the sheet
     * has no such column, and notes a problem (with the sheet and cell) when the value cannot be read.
     */
    private static final class Cells {
        private final String sheet;
        private final Map<String, Integer> columns;
        private final SheetRow row;
        private final List<String> problems = new ArrayList<>();

        Cells(String sheet, Map<String, Integer> columns, SheetRow row) {
            this.sheet = sheet;
            this.columns = columns;
            this.row = row;
        }

        boolean has(String header) {
            return columns.containsKey(TrackerField.normal(header));
        }

        SheetCell cell(String header) {
            Integer index = columns.get(TrackerField.normal(header));
            return index == null ? SheetCell.of("", null) : row.cell(index);
        }

        void problem(String header, String message) {
            Integer index = columns.get(TrackerField.normal(header));
            problems.add(sheet + " " + (index == null ? "row " + row.number() : SheetCell.reference(index, row.number()))
                    + ": " + message);
        }

        void required(String header, Object value, String message) {
            if (value == null && problems.stream().noneMatch(p -> p.startsWith(sheet + " " + cell(header).reference()
                    + ":"))) {
                problem(header, message);
            }
        }

        <T> T parse(String header, T old, Function<SheetCell, T> parser) {
            if (!has(header)) {
                return old;
            }
            SheetCell cell = cell(header);
            if (cell.error() != null) {
                problem(header, "the cell holds the spreadsheet error " + cell.error() + "; fix it in the spreadsheet.");
                return old;
            }
            if (cell.isBlank()) {
                return null;
            }
            try {
                return parser.apply(cell);
            } catch (InvalidValueException e) {
                problem(header, e.getMessage());
                return old;
            }
        }

        String text(String header, String old) {
            return parse(header, old, cell -> Checks.optionalShort(cell.text(), header));
        }

        String longText(String header, String old) {
            return parse(header, old, cell -> Checks.optionalLong(cell.value() instanceof String s ? s : cell.text(),
                    header));
        }

        LocalDate date(String header, LocalDate old) {
            return parse(header, old, TrackerDates::parse);
        }

        Money money(String header, Money old) {
            Money money = parse(header, old, TrackerMoney::parse);
            if (money != null && money.isNegative()) {
                problem(header, cell(header).text() + " is negative; " + header.toLowerCase(java.util.Locale.ROOT)
                        + " cannot be below nothing.");
                return old;
            }
            return money;
        }

        Integer whole(String header, Integer old) {
            return parse(header, old, cell -> {
                BigDecimal number = number(cell);
                try {
                    return number.intValueExact();
                } catch (ArithmeticException e) {
                    throw new InvalidValueException(cell.text() + " is not a whole number.");
                }
            });
        }

        BigDecimal decimal(String header, BigDecimal old) {
            return parse(header, old, Cells::number);
        }

        <E> E choice(String header, E old, E[] values, Function<E, String> label, String what) {
            E chosen = parse(header, old, cell -> {
                for (E value : values) {
                    if (label.apply(value).equalsIgnoreCase(cell.text())) {
                        return value;
                    }
                }
                throw new InvalidValueException("\"" + cell.text() + "\" is not a " + what + ": use one of "
                        + labels(values, label) + ".");
            });
            return chosen == null ? old : chosen;
        }

        /** A blank cell is an error here: the caller names what is missing. */
        <T> T build(java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (InvalidValueException e) {
                problems.add(sheet + " row " + row.number() + ": " + e.getMessage());
                return null;
            }
        }

        private static BigDecimal number(SheetCell cell) {
            if (cell.value() instanceof Double d) {
                if (d.isNaN() || d.isInfinite()) {
                    throw new InvalidValueException(cell.text() + " is not a number.");
                }
                return BigDecimal.valueOf(d);
            }
            if (cell.value() instanceof LocalDate) {
                throw new InvalidValueException(cell.text() + " is a date, not a number.");
            }
            try {
                return new BigDecimal(cell.text().replace(",", ""));
            } catch (NumberFormatException e) {
                throw new InvalidValueException(cell.text() + " is not a number.");
            }
        }
    }
}
