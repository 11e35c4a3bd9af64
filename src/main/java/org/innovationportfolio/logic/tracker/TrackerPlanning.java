package org.innovationportfolio.logic.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.logic.tracker.TrackerPreview.Kind;
import org.innovationportfolio.logic.tracker.TrackerPreview.Row;
import org.innovationportfolio.logic.tracker.TrackerPreview.Skipped;
import org.innovationportfolio.model.Checks;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.InvalidValueException;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StatusUpdate;

/**
 * Reads a tracker sheet's rows against the portfolio and says, row by row, what importing would do. The
 * rules: a row matches a project by our exported id, else by exact title; a blank cell leaves a value as
 * it is; a RAG or commentary that differs from the project's latest becomes a RAG update dated on the
 * tracker's "as at" date (else today), replacing one already made that day, and an unchanged one adds
 * nothing; a funding-year column sets the amount awarded that year on the project's only funding line for
 * the year, or adds a line from "Tracker import" when it has none.
 */
final class TrackerPlanning {

    /** The funder given to a funding line a tracker adds. */
    static final String TRACKER_SOURCE = "Tracker import";
    private static final Pattern AS_AT = Pattern.compile("(?i)\\b(?:as\\s+at|as\\s+of|position\\s+at)\\b\\s*:?\\s*(.*)$");
    private static final Pattern TOTAL = Pattern.compile("(?i)^(grand\\s+)?(sub[\\s-]?)?totals?\\b.*");

    private final SheetTable sheet;
    private final ColumnMapping mapping;
    private final Map<UUID, Project> byId = new HashMap<>();
    private final Map<String, List<Project>> byTitle = new HashMap<>();
    private final Instant now;
    private final LocalDate ragDate;
    private final boolean asAtFound;

    TrackerPlanning(SheetTable sheet, ColumnMapping mapping, List<Project> portfolio, LocalDate today, Instant now) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.now = now;
        for (Project p : portfolio) {
            byId.put(p.id(), p);
            byTitle.computeIfAbsent(titleKey(p.title()), k -> new ArrayList<>()).add(p);
        }
        Optional<LocalDate> asAt = asAt(sheet, mapping.headerRow());
        this.ragDate = asAt.orElse(today);
        this.asAtFound = asAt.isPresent();
    }

    TrackerPreview preview(String fileName) {
        List<Row> rows = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<UUID, Integer> claimed = new LinkedHashMap<>();
        // Blank rows (missing ones too) are reported only when data follows them, one entry per run.
        int firstBlank = mapping.headerRow() + 1;
        for (SheetRow row : sheet.rows()) {
            if (row.number() <= mapping.headerRow() || mappedBlank(row)) {
                continue;
            }
            if (row.number() > firstBlank) {
                int run = row.number() - firstBlank;
                skipped.add(new Skipped(firstBlank, run == 1 ? "blank" : "blank, with the " + (run - 1)
                        + (run == 2 ? " row" : " rows") + " after it"));
            }
            firstBlank = row.number() + 1;
            if (isTotal(row)) {
                skipped.add(new Skipped(row.number(), "a total row"));
                continue;
            }
            rows.add(row(row, claimed));
        }
        return new TrackerPreview(fileName, mapping, ragDate, asAtFound, rows, skipped);
    }

    private Row row(SheetRow row, Map<UUID, Integer> claimed) {
        List<String> problems = new ArrayList<>();
        Values v = new Values(row, problems);
        String title = v.text(TrackerField.TITLE, t -> Checks.optionalShort(t, "The project title"));
        String shownTitle = title == null ? "" : title;
        if (title == null) {
            problems.add(ref(row, TrackerField.TITLE) + ": the project has no title.");
        }
        Project existing = null;
        boolean byTitleMatch = false;
        String idText = v.text(TrackerField.ID, Function.identity());
        if (idText != null) {
            try {
                UUID id = UUID.fromString(idText.strip());
                existing = byId.get(id);
                if (existing == null) {
                    problems.add(ref(row, TrackerField.ID) + ": no project here has the id " + idText
                            + ". Clear the id to add the row as a new project.");
                }
            } catch (IllegalArgumentException e) {
                problems.add(ref(row, TrackerField.ID) + ": " + idText + " is not a project id from an export. "
                        + "Clear it to match the row by title.");
            }
        } else if (title != null) {
            List<Project> same = byTitle.getOrDefault(titleKey(title), List.of());
            if (same.size() > 1) {
                problems.add(ref(row, TrackerField.TITLE) + ": " + same.size() + " projects are called \"" + title
                        + "\". Add the project id column from an export to say which.");
            } else if (same.size() == 1) {
                existing = same.get(0);
                byTitleMatch = true;
            }
        }
        if (existing != null) {
            Integer earlier = claimed.putIfAbsent(existing.id(), row.number());
            if (earlier != null) {
                problems.add("Row " + row.number() + " is the same project as row " + earlier
                        + "; keep one row per project.");
            }
        }
        Stage stage = v.parse(TrackerField.STAGE, c -> TrackerStages.parse(c.text()));
        Rag rag = v.parse(TrackerField.RAG, TrackerRag::parse);
        String commentary = v.text(TrackerField.COMMENTARY, t -> Checks.optionalLong(t, "The commentary"));
        String lead = v.text(TrackerField.LEAD, t -> Checks.optionalShort(t, "The lead officer"));
        String sponsor = v.text(TrackerField.SPONSOR, t -> Checks.optionalShort(t, "The sponsor"));
        String board = v.text(TrackerField.BOARD, t -> Checks.optionalShort(t, "The governance board"));
        LocalDate start = v.parse(TrackerField.START, TrackerDates::parse);
        LocalDate end = v.parse(TrackerField.END, TrackerDates::parse);
        Map<FinancialYear, Money> awards = new LinkedHashMap<>();
        for (ColumnMapping.Column column : mapping.funding()) {
            SheetCell cell = row.cell(column.index());
            try {
                Money money = TrackerMoney.parse(checked(cell));
                if (money != null && money.isNegative()) {
                    problems.add(cell.reference() + ": " + cell.text() + " is negative; an amount awarded cannot be "
                            + "below nothing.");
                } else if (money != null) {
                    awards.put(column.year(), money);
                }
            } catch (InvalidValueException e) {
                problems.add(cell.reference() + ": " + e.getMessage());
            }
        }
        if (existing != null) {
            shownTitle = title == null ? existing.title() : title;
        }
        if (!problems.isEmpty()) {
            return refused(row, shownTitle, problems);
        }
        Project base = existing != null ? existing : Project.create(title, null, now);
        List<String> changes = new ArrayList<>();
        try {
            Project p = base;
            if (existing == null) {
                changes.add("New project \"" + title + "\"");
            }
            p = set(p, "Title", p.title(), title, changes, (x, t) -> copy(x, t, x.leadOfficer(), x.sponsor(),
                    x.governanceBoard(), x.startDate(), x.endDate()));
            p = set(p, "Lead officer", p.leadOfficer(), lead, changes, (x, t) -> copy(x, x.title(), t, x.sponsor(),
                    x.governanceBoard(), x.startDate(), x.endDate()));
            p = set(p, "Sponsor", p.sponsor(), sponsor, changes, (x, t) -> copy(x, x.title(), x.leadOfficer(), t,
                    x.governanceBoard(), x.startDate(), x.endDate()));
            p = set(p, "Governance board", p.governanceBoard(), board, changes, (x, t) -> copy(x, x.title(),
                    x.leadOfficer(), x.sponsor(), t, x.startDate(), x.endDate()));
            p = set(p, "Start date", p.startDate(), start, changes, (x, d) -> copy(x, x.title(), x.leadOfficer(),
                    x.sponsor(), x.governanceBoard(), d, x.endDate()));
            p = set(p, "End date", p.endDate(), end, changes, (x, d) -> copy(x, x.title(), x.leadOfficer(),
                    x.sponsor(), x.governanceBoard(), x.startDate(), d));
            if (stage != null && stage != p.stage()) {
                changes.add("Stage: " + p.stage().label() + " → " + stage.label());
                p = existing == null ? p.withStage(stage, now) : p.movedTo(stage, ragDate, now);
            }
            p = status(p, rag, commentary, row, changes);
            p = funding(p, awards, changes);
            Kind kind = existing == null ? Kind.NEW : changes.isEmpty() ? Kind.UNCHANGED : Kind.UPDATE;
            return new Row(row.number(), kind, p.title(), p.id(), byTitleMatch, row.hidden(), changes, List.of(),
                    kind == Kind.UNCHANGED ? null : p);
        } catch (InvalidValueException e) {
            return refused(row, shownTitle, List.of("Row " + row.number() + ": " + e.getMessage()));
        }
    }

    private Project status(Project p, Rag rag, String commentary, SheetRow row, List<String> changes) {
        StatusUpdate current = p.currentStatus().orElse(null);
        if (rag == null && commentary == null) {
            return p;
        }
        if (rag == null) {
            if (current == null) {
                throw new InvalidValueException("the commentary in " + ref(row, TrackerField.COMMENTARY)
                        + " needs a RAG, and the project has none yet. Give the row a RAG.");
            }
            rag = current.rag();
        }
        boolean sameRag = current != null && current.rag() == rag;
        boolean sameCommentary = commentary == null || current != null && commentary.equals(current.commentary());
        if (sameRag && sameCommentary) {
            return p;
        }
        List<StatusUpdate> history = new ArrayList<>(p.statusHistory());
        if (current != null && current.date().equals(ragDate)) {
            history.remove(current);
        }
        history.add(new StatusUpdate(UUID.randomUUID(), ragDate, rag, commentary, null, now));
        changes.add((sameRag ? "Commentary updated" : "RAG: " + (current == null ? "none" : current.rag().label())
                + " → " + rag.label()) + " (RAG update dated " + DateText.format(ragDate) + ")");
        return p.withStatusHistory(history, now);
    }

    private Project funding(Project p, Map<FinancialYear, Money> awards, List<String> changes) {
        if (awards.isEmpty()) {
            return p;
        }
        List<FundingLine> lines = new ArrayList<>(p.funding());
        for (Map.Entry<FinancialYear, Money> award : awards.entrySet()) {
            FinancialYear year = award.getKey();
            Money amount = award.getValue();
            Money was = p.awardedIn(year);
            if (was.equals(amount)) {
                continue;
            }
            List<FundingLine> inYear = lines.stream().filter(f -> f.year().equals(year)).toList();
            if (inYear.size() > 1) {
                throw new InvalidValueException("the project has " + inYear.size() + " funding lines in " + year
                        + ", so the tracker's " + amount.format() + " cannot say which to change. Change them in the "
                        + "application or on the Funding sheet.");
            }
            if (inYear.isEmpty()) {
                lines.add(new FundingLine(UUID.randomUUID(), TRACKER_SOURCE, FundingType.COUNCIL_BUDGET, year, amount,
                        Money.ZERO, Money.ZERO, FundingStatus.AWARDED, null, null, now));
            } else {
                FundingLine f = inYear.get(0);
                lines.set(lines.indexOf(f), new FundingLine(f.id(), f.source(), f.type(), f.year(), amount, f.spent(),
                        f.forecast(), f.status(), f.reference(), f.conditions(), now));
            }
            changes.add("Awarded in " + year + ": " + was.format() + " → " + amount.format());
        }
        return new Project(p.id(), p.title(), p.innovationId(), p.stage(), p.leadOfficer(), p.sponsor(),
                p.governanceBoard(), p.startDate(), p.endDate(), p.targetCohort(), p.objectives(), p.tags(),
                p.partners(), p.statusHistory(), p.stageHistory(), p.milestones(), lines, p.outcomes(), p.risks(),
                p.notes(), p.provenance(), p.created(), now);
    }

    private <T> Project set(Project p, String what, T was, T value, List<String> changes,
            java.util.function.BiFunction<Project, T, Project> with) {
        if (value == null || value.equals(was)) {
            return p;
        }
        changes.add(what + ": " + shown(was) + " → " + shown(value));
        return with.apply(p, value);
    }

    private static String shown(Object value) {
        if (value == null) {
            return "(blank)";
        }
        return value instanceof LocalDate d ? DateText.format(d) : "\"" + value + "\"";
    }

    private Project copy(Project p, String title, String lead, String sponsor, String board, LocalDate start,
            LocalDate end) {
        return new Project(p.id(), title, p.innovationId(), p.stage(), lead, sponsor, board, start, end,
                p.targetCohort(), p.objectives(), p.tags(), p.partners(), p.statusHistory(), p.stageHistory(),
                p.milestones(), p.funding(), p.outcomes(), p.risks(), p.notes(), p.provenance(), p.created(), now);
    }

    private static Row refused(SheetRow row, String title, List<String> problems) {
        return new Row(row.number(), Kind.REFUSED, title, null, false, row.hidden(), List.of(), problems, null);
    }

    /** Reads mapped cells, noting each problem with its cell reference. */
    private final class Values {
        private final SheetRow row;
        private final List<String> problems;

        Values(SheetRow row, List<String> problems) {
            this.row = row;
            this.problems = problems;
        }

        String text(TrackerField field, Function<String, String> check) {
            return parse(field, c -> check.apply(c.value() == null ? null : c.text()));
        }

        <T> T parse(TrackerField field, Function<SheetCell, T> parser) {
            Optional<ColumnMapping.Column> column = mapping.column(field);
            if (column.isEmpty()) {
                return null;
            }
            SheetCell cell = row.cell(column.get().index());
            try {
                return parser.apply(checked(cell));
            } catch (InvalidValueException e) {
                problems.add(cell.reference() + ": " + e.getMessage());
                return null;
            }
        }
    }

    /** A cell holding a spreadsheet error is refused with the error shown. */
    private static SheetCell checked(SheetCell cell) {
        if (cell.error() != null) {
            throw new InvalidValueException("the cell holds the spreadsheet error " + cell.error()
                    + "; fix it in the spreadsheet.");
        }
        return cell;
    }

    private String ref(SheetRow row, TrackerField field) {
        return mapping.column(field).map(c -> SheetCell.reference(c.index(), row.number()))
                .orElse("Row " + row.number());
    }

    private boolean mappedBlank(SheetRow row) {
        return mapping.columns().stream().allMatch(c -> row.cell(c.index()).isBlank());
    }

    /** A row whose title (or first filled) cell starts "Total", "Sub-total" or "Grand total". */
    private boolean isTotal(SheetRow row) {
        Optional<ColumnMapping.Column> title = mapping.column(TrackerField.TITLE);
        if (title.isPresent() && TOTAL.matcher(row.cell(title.get().index()).text()).matches()) {
            return true;
        }
        return row.cells().stream().filter(c -> c != null && !c.isBlank()).findFirst()
                .map(c -> TOTAL.matcher(c.text()).matches()).orElse(false);
    }

    /** An "as at" date in the title block above the header: "As at 31/03/2025", or "As at:" beside a date. */
    static Optional<LocalDate> asAt(SheetTable sheet, int headerRow) {
        for (SheetRow row : sheet.rows()) {
            if (row.number() >= headerRow) {
                break;
            }
            for (int i = 0; i < row.cells().size(); i++) {
                SheetCell cell = row.cell(i);
                if (!(cell.value() instanceof String text)) {
                    continue;
                }
                Matcher m = AS_AT.matcher(text.strip());
                if (!m.find()) {
                    continue;
                }
                try {
                    LocalDate date = m.group(1).isBlank() ? TrackerDates.parse(row.cell(i + 1))
                            : TrackerDates.parse(m.group(1).strip());
                    if (date != null) {
                        return Optional.of(date);
                    }
                } catch (InvalidValueException notADate) {
                    // Words after "as at" that are not a date: not an as-at line.
                }
            }
        }
        return Optional.empty();
    }

    private static String titleKey(String title) {
        return Objects.requireNonNullElse(title, "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
