package org.innovationportfolio.logic.briefing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.innovationportfolio.logic.briefing.Block.Bullets;
import org.innovationportfolio.logic.briefing.Block.Cell;
import org.innovationportfolio.logic.briefing.Block.Column;
import org.innovationportfolio.logic.briefing.Block.Fact;
import org.innovationportfolio.logic.briefing.Block.Heading;
import org.innovationportfolio.logic.briefing.Block.Note;
import org.innovationportfolio.logic.briefing.Block.Paragraph;
import org.innovationportfolio.logic.briefing.Block.Table;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.MilestoneTiming;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.NoteKind;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.RiskStatus;
import org.innovationportfolio.model.StatusUpdate;

/**
 * The one-page summary of each project: the decision sought from the board, key facts, status commentary,
 * milestones, funding, outcomes against target, risks and decisions. What goes on the page is chosen here against
 * a {@link SummaryPageBudget}: each part shows its most pressing items (overdue milestones first, highest risks
 * first, the latest decisions) and says plainly what it leaves out ("2 more risks, all scored 6 or below"). No
 * text is ever cut mid-sentence: long commentary keeps its first whole sentences, with a note saying how many.
 */
final class ProjectPages {

    static final int MILESTONES_SHOWN = 8;
    static final int YEARS_SHOWN = 6;
    static final int OUTCOMES_SHOWN = 5;
    static final int RISKS_SHOWN = 5;
    static final int DECISIONS_SHOWN = 4;
    static final int COMMENTARY_LINES = 7;
    static final String DECISION_HEADING = "Decision sought from this board";

    /** The key facts' columns: label, value, label, value. */
    static final List<Column> FACT_COLUMNS = List.of(Column.text("", 2), Column.text("", 5), Column.text("", 2),
            Column.text("", 5));

    private static final List<Column> MILESTONE_COLUMNS = List.of(Column.text("Milestone", 6), Column.text("Baseline", 3),
            Column.text("Forecast", 3), Column.text("Status", 2), Column.text("Slippage", 3));
    private static final List<Column> FUNDING_COLUMNS = List.of(Column.text("Year", 2), Column.text("Sources", 7),
            Column.number("Awarded", 3), Column.number("Spent", 3), Column.number("Forecast", 3));
    private static final List<Column> OUTCOME_COLUMNS = List.of(Column.text("Measure", 6), Column.text("Baseline", 3),
            Column.text("Target", 3), Column.text("Latest", 4), Column.text("Met", 2));
    private static final List<Column> RISK_COLUMNS = List.of(Column.text("Risk", 6), Column.number("Score", 1),
            Column.text("Mitigation", 6));

    private ProjectPages() {
    }

    static List<Block> blocks(BriefingInputs inputs) {
        List<Block> blocks = new ArrayList<>();
        if (inputs.projects().isEmpty()) {
            blocks.add(Paragraph.of("No projects are in this pack."));
            return blocks;
        }
        blocks.add(Paragraph.of("One page for each project, Red first, then Amber, Green and not rated. A decision sought "
                + "from the board comes first. Each page shows the most pressing milestones, the highest-scored risks and the "
                + "latest decisions, and says what it leaves out."));
        inputs.projects().stream().sorted(PortfolioSections.byConcern()).forEach(project -> {
            blocks.add(new Block.PageBreak());
            blocks.addAll(page(project, inputs));
        });
        return blocks;
    }

    static List<Block> page(Project project, BriefingInputs inputs) {
        SummaryPageBudget budget = new SummaryPageBudget();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, project.title()));
        budget.take(SummaryPageBudget.heading2(project.title()));
        if (project.decisionSought() != null) {
            blocks.add(new Heading(3, DECISION_HEADING));
            blocks.add(new Paragraph(project.decisionSought(), true));
            budget.take(SummaryPageBudget.H3_HEIGHT + SummaryPageBudget.paragraph(project.decisionSought()));
        }
        Block.KeyFacts facts = keyFacts(project, inputs);
        blocks.add(facts);
        budget.take(factsHeight(facts.facts()));

        blocks.add(new Heading(3, "Status"));
        budget.take(SummaryPageBudget.H3_HEIGHT);
        StatusUpdate status = project.currentStatus().orElse(null);
        String commentary = status == null ? null : status.commentary();
        if (commentary == null) {
            budget.take(SummaryPageBudget.paragraph("No status commentary recorded."));
        } else {
            // Room for the first sentence, which is always shown whole, and the note now; more once every part has
            // its first item.
            budget.take(leastCommentary(commentary.strip()));
        }

        List<Part> parts = List.of(milestones(project, inputs), risks(project), funding(project, inputs), outcomes(project),
                decisions(project));
        for (Part part : parts) {
            budget.take(part.baseCost());
        }
        for (Part part : parts) {
            part.addIfFits(budget);
        }
        if (commentary == null) {
            blocks.add(Paragraph.of("No status commentary recorded."));
        } else {
            String full = commentary.strip();
            budget.take(-leastCommentary(full));
            String shown = full;
            for (int lines = COMMENTARY_LINES; lines >= 0; lines--) {
                shown = SummaryPageBudget.sentences(full,
                        SummaryPageBudget.chars(lines, SummaryPageBudget.TEXT_WIDTH, SummaryPageBudget.BODY_SIZE));
                float height = SummaryPageBudget.paragraph(shown) + (shown.equals(full) ? 0 : SummaryPageBudget.NOTE_HEIGHT);
                if (budget.fits(height) || lines == 0) {
                    budget.take(height);
                    break;
                }
            }
            blocks.add(Paragraph.of(shown));
            if (!shown.equals(full)) {
                int kept = SummaryPageBudget.sentenceCount(shown);
                blocks.add(new Note("The first " + (kept == 1 ? "sentence" : kept + " sentences") + " of the "
                        + SummaryPageBudget.sentenceCount(full) + " in the commentary of " + BriefingText.date(status.date())
                        + ", to fit the page."));
            }
        }
        boolean added = true;
        while (added) {
            added = false;
            for (Part part : parts) {
                added |= part.addIfFits(budget);
            }
        }
        // On the page in the order the issue lists them, whatever order they were filled in.
        for (String heading : List.of("Milestones", "Funding", "Outcomes against target", "Risks", "Decisions")) {
            Part part = parts.stream().filter(p -> p.heading.equals(heading)).findFirst().orElseThrow();
            blocks.add(new Heading(3, heading));
            blocks.addAll(part.blocks());
        }
        return blocks;
    }

    /** The height of the least of the commentary a page shows: its first sentence, with the note when there is more. */
    private static float leastCommentary(String full) {
        String first = SummaryPageBudget.sentences(full, 0);
        return SummaryPageBudget.paragraph(first) + (first.equals(full) ? 0 : SummaryPageBudget.NOTE_HEIGHT);
    }

    private static Block.KeyFacts keyFacts(Project project, BriefingInputs inputs) {
        StatusUpdate status = project.currentStatus().orElse(null);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("RAG", status == null ? "Not rated" : status.rag().label() + " (" + BriefingText.date(status.date())
                + (inputs.isStale(project) ? ", stale: " + inputs.staleness().words() : "") + ")"));
        facts.add(new Fact("Stage", project.stage().label()));
        facts.add(new Fact("Lead officer", orDash(project.leadOfficer())));
        facts.add(new Fact("Sponsor", orDash(project.sponsor())));
        facts.add(new Fact("Dates", org.innovationportfolio.logic.project.DateText.period(project.startDate(), project.endDate())));
        String innovation = project.innovationId() == null ? null : inputs.innovationTitles().get(project.innovationId());
        if (innovation != null) {
            facts.add(new Fact("Adopts", innovation));
        } else if (project.governanceBoard() != null) {
            facts.add(new Fact("Board", project.governanceBoard()));
        }
        return new Block.KeyFacts("Key facts of " + project.title(), facts);
    }

    private static float factsHeight(List<Fact> facts) {
        float height = 6;
        for (int i = 0; i < facts.size(); i += 2) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(facts.get(i).label()), Cell.of(facts.get(i).value())));
            if (i + 1 < facts.size()) {
                row.add(Cell.of(facts.get(i + 1).label()));
                row.add(Cell.of(facts.get(i + 1).value()));
            }
            height += SummaryPageBudget.row(FACT_COLUMNS.subList(0, row.size()), row);
        }
        return height;
    }

    /** Open milestones first (overdue, then soonest due), then the latest completed; shown in date order. */
    private static Part milestones(Project project, BriefingInputs inputs) {
        List<Milestone> all = project.milestones();
        // A closed or stopped project's open milestones will not be delivered, so none of them is overdue.
        java.util.function.Predicate<Milestone> overdue = project.stage().isOpen() ? m -> m.isOverdue(inputs.today()) : m -> false;
        List<Milestone> priority = new ArrayList<>();
        all.stream().filter(overdue).forEach(priority::add);
        all.stream().filter(m -> !m.isDone() && !overdue.test(m)).forEach(priority::add);
        all.stream().filter(m -> m.status() == MilestoneStatus.COMPLETE)
                .sorted(Comparator.comparing(Milestone::completed, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .forEach(priority::add);
        all.stream().filter(m -> !priority.contains(m)).forEach(priority::add);
        List<List<Cell>> rows = priority.stream().map(m -> List.of(Cell.of(m.title()),
                Cell.of(BriefingText.date(m.baseline())),
                Cell.of(m.completed() != null ? "Done " + BriefingText.date(m.completed()) : BriefingText.date(m.forecast())),
                Cell.of(status(project, m, inputs)), Cell.of(m.timing(inputs.today()).slippage()))).toList();
        return new TablePart("Milestones", "No milestones recorded.", MILESTONE_COLUMNS, rows, null, MILESTONES_SHOWN,
                shown -> {
                    List<Milestone> chosen = priority.subList(0, shown);
                    List<List<Cell>> inOrder = new ArrayList<>();
                    for (Milestone m : all) {
                        if (chosen.contains(m)) {
                            inOrder.add(rows.get(priority.indexOf(m)));
                        }
                    }
                    return new Table("Milestones of " + project.title() + (shown < all.size()
                            ? ": the " + shown + " most pressing of " + all.size() : ""), MILESTONE_COLUMNS, inOrder, null, true);
                }, shown -> milestonesLeftOut(priority.subList(shown, priority.size()), overdue, shown == 0));
    }

    /** "Not on this page: 1 more overdue milestone; 3 later milestones, the last due 31 Mar 2027; 2 completed milestones." */
    static String milestonesLeftOut(List<Milestone> left, java.util.function.Predicate<Milestone> isOverdue, boolean none) {
        List<String> parts = new ArrayList<>();
        List<Milestone> overdue = left.stream().filter(isOverdue).toList();
        List<Milestone> later = left.stream().filter(m -> !m.isDone() && !isOverdue.test(m)).toList();
        List<Milestone> complete = left.stream().filter(m -> m.status() == MilestoneStatus.COMPLETE).toList();
        List<Milestone> cancelled = left.stream().filter(m -> m.status() == MilestoneStatus.CANCELLED).toList();
        if (!overdue.isEmpty()) {
            parts.add(BriefingText.count(overdue.size(), none ? "overdue milestone" : "more overdue milestone",
                    none ? "overdue milestones" : "more overdue milestones"));
        }
        if (!later.isEmpty()) {
            java.time.LocalDate last = later.stream().map(Milestone::due).filter(d -> d != null)
                    .max(Comparator.naturalOrder()).orElse(null);
            parts.add(BriefingText.count(later.size(), "later milestone", "later milestones")
                    + (last == null ? "" : (later.size() == 1 ? ", due " : ", the last due ") + BriefingText.date(last)));
        }
        if (!complete.isEmpty()) {
            parts.add(BriefingText.count(complete.size(), "completed milestone", "completed milestones"));
        }
        if (!cancelled.isEmpty()) {
            parts.add(BriefingText.count(cancelled.size(), "cancelled milestone", "cancelled milestones"));
        }
        return (none ? "No room on this page for its milestones: " : "Not on this page: ") + String.join("; ", parts) + ".";
    }

    /**
     * "Overdue 55 days" for an open milestone past its date; otherwise its recorded status ("Cancelled", "In progress"),
     * with "project stopped" after an open one in a project that has stopped or closed.
     */
    private static String status(Project project, Milestone m, BriefingInputs inputs) {
        if (!project.stage().isOpen()) {
            return m.isDone() ? m.status().toString()
                    : m.status() + ", project " + project.stage().label().toLowerCase(java.util.Locale.ROOT);
        }
        MilestoneTiming timing = m.timing(inputs.today());
        return timing.isOverdue() ? "Overdue " + MilestoneTiming.days(timing.daysOverdue()) : m.status().toString();
    }

    /** Funding by financial year: this year and later first, then earlier years; the total always covers every year. */
    private static Part funding(Project project, BriefingInputs inputs) {
        Map<FinancialYear, List<FundingLine>> byYear = new TreeMap<>();
        project.funding().forEach(f -> byYear.computeIfAbsent(f.year(), y -> new ArrayList<>()).add(f));
        FinancialYear current = FinancialYear.of(inputs.today());
        List<FinancialYear> priority = new ArrayList<>(byYear.keySet().stream().filter(y -> y.compareTo(current) >= 0).toList());
        priority.addAll(byYear.keySet().stream().filter(y -> y.compareTo(current) < 0).sorted(Comparator.reverseOrder()).toList());
        int sourceChars = SummaryPageBudget.chars(1, SummaryPageBudget.columnWidth(FUNDING_COLUMNS, 1), SummaryPageBudget.TABLE_SIZE);
        Map<FinancialYear, List<Cell>> rowOf = new TreeMap<>();
        byYear.forEach((year, lines) -> {
            Set<String> sources = new LinkedHashSet<>();
            lines.forEach(f -> sources.add(f.source()));
            rowOf.put(year, List.of(Cell.of(year.toString()), Cell.of(sources(List.copyOf(sources), sourceChars)),
                    Cell.of(BriefingText.money(sum(lines, FundingLine::awarded))),
                    Cell.of(BriefingText.money(sum(lines, FundingLine::spent))),
                    Cell.of(BriefingText.money(sum(lines, FundingLine::forecast)))));
        });
        List<List<Cell>> rows = priority.stream().map(rowOf::get).toList();
        List<Cell> total = List.of(Cell.of("Total"), Cell.of(byYear.size() == 1 ? "" : "All " + byYear.size() + " years"),
                Cell.of(BriefingText.money(project.totalAwarded())), Cell.of(BriefingText.money(project.totalSpent())),
                Cell.of(BriefingText.money(project.totalForecast())));
        return new TablePart("Funding", "No funding recorded.", FUNDING_COLUMNS, rows, total, YEARS_SHOWN, shown -> {
            Set<FinancialYear> chosen = Set.copyOf(priority.subList(0, shown));
            List<List<Cell>> inOrder = rowOf.entrySet().stream().filter(e -> chosen.contains(e.getKey())).map(Map.Entry::getValue)
                    .toList();
            return new Table("Funding of " + project.title() + " by financial year, with its sources", FUNDING_COLUMNS, inOrder,
                    total, true);
        }, shown -> {
            List<FinancialYear> left = priority.subList(shown, priority.size()).stream().sorted().toList();
            String which = left.stream().allMatch(y -> y.compareTo(current) < 0) ? "earlier " : "";
            return (shown == 0 ? "No room on this page for its funding by year: " : "Not on this page: ")
                    + BriefingText.count(left.size(), which + "year", which + "years") + " ("
                    + String.join(", ", left.stream().map(FinancialYear::toString).toList()) + "); the total includes "
                    + (left.size() == 1 ? "it." : "them.");
        });
    }

    private static Part outcomes(Project project) {
        List<List<Cell>> rows = project.outcomes().stream().map(ProjectPages::outcomeRow).toList();
        return new TablePart("Outcomes against target", "No outcome measures recorded.", OUTCOME_COLUMNS, rows, null,
                OUTCOMES_SHOWN, shown -> new Table("Outcomes of " + project.title() + " against target", OUTCOME_COLUMNS,
                        rows.subList(0, shown), null, true),
                shown -> {
                    List<OutcomeMeasure> left = project.outcomes().subList(shown, project.outcomes().size());
                    long met = left.stream().filter(OutcomeMeasure::targetMet).count();
                    return (shown == 0 ? "No room on this page for its " : "Not on this page: ")
                            + BriefingText.count(left.size(), shown == 0 ? "outcome measure" : "more outcome measure",
                                    shown == 0 ? "outcome measures" : "more outcome measures")
                            + (met == 0 ? ", none yet meeting its target." : ", " + met + " of them meeting the target.");
                });
    }

    /** Open risks, highest score first (the order the project keeps them in). */
    private static Part risks(Project project) {
        List<Risk> open = project.risks().stream().filter(r -> r.status() != RiskStatus.CLOSED).toList();
        List<List<Cell>> rows = open.stream().map(r -> List.of(Cell.of(r.description()), Cell.of(String.valueOf(r.score())),
                Cell.of(r.mitigation() == null ? "None recorded" : r.mitigation()))).toList();
        return new TablePart("Risks", "No open risks recorded.", RISK_COLUMNS, rows, null, RISKS_SHOWN,
                shown -> new Table("Open risks of " + project.title() + ", highest score first", RISK_COLUMNS,
                        rows.subList(0, shown), null, true),
                shown -> risksLeftOut(open.subList(shown, open.size()), shown == 0));
    }

    /** "2 more risks, all scored 6 or below." (the risks come highest score first, so the first left out is the highest). */
    static String risksLeftOut(List<Risk> left, boolean none) {
        int highest = left.get(0).score();
        if (none) {
            return "No room on this page for its " + BriefingText.count(left.size(), "open risk", "open risks")
                    + (left.size() == 1 ? ", scored " + highest + "." : ", the highest scored " + highest + ".");
        }
        return left.size() == 1 ? "1 more risk, scored " + highest + "."
                : left.size() + " more risks, all scored " + highest + " or below.";
    }

    /** The latest decisions first. Private notes never leave the machine, so only non-private decisions are printed. */
    private static Part decisions(Project project) {
        List<org.innovationportfolio.model.Note> decisions = project.notes().stream()
                .filter(n -> n.kind() == NoteKind.DECISION && !n.privateNote()).toList();
        List<String> items = decisions.stream().map(n -> BriefingText.date(n.date()) + ": " + n.text()).toList();
        List<Float> costs = items.stream().map(SummaryPageBudget::bullet).toList();
        return new Part("Decisions", "No decisions recorded.", costs, DECISIONS_SHOWN, 8,
                shown -> List.of(new Bullets(items.subList(0, shown))),
                shown -> {
                    List<org.innovationportfolio.model.Note> left = decisions.subList(shown, decisions.size());
                    String from = BriefingText.date(left.get(left.size() - 1).date());
                    String to = BriefingText.date(left.get(0).date());
                    return (shown == 0 ? "No room on this page for its " : "Not on this page: ")
                            + BriefingText.count(left.size(), shown == 0 ? "decision" : "earlier decision",
                                    shown == 0 ? "decisions" : "earlier decisions")
                            + (left.size() == 1 ? ", of " + to + "." : ", from " + from + " to " + to + ".");
                });
    }

    /** The sources that fit on one line, then "and 2 more": "Department for Education; Northbrook Police and 1 more". */
    static String sources(List<String> sources, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sources.size(); i++) {
            String next = (i == 0 ? "" : "; ") + sources.get(i);
            int rest = sources.size() - i - 1;
            String tail = rest == 0 ? "" : " and " + (rest + 1) + " more";
            if (i > 0 && text.length() + next.length() + tail.length() > max) {
                return text + " and " + (sources.size() - i) + " more";
            }
            text.append(next);
        }
        return text.toString();
    }

    private static Money sum(List<FundingLine> lines, java.util.function.Function<FundingLine, Money> amount) {
        return lines.stream().map(amount).reduce(Money.ZERO, Money::plus);
    }

    private static List<Cell> outcomeRow(OutcomeMeasure m) {
        String unit = m.unit() == null ? "" : " " + m.unit();
        return List.of(Cell.of(m.name()), Cell.of(value(m.baseline(), unit)), Cell.of(value(m.target(), unit)),
                Cell.of(m.latest().map(a -> value(a.value(), unit) + " (" + BriefingText.date(a.date()) + ")").orElse("None yet")),
                Cell.of(m.target() == null || m.latest().isEmpty() ? "–" : m.targetMet() ? "Yes" : "Not yet"));
    }

    private static String value(BigDecimal value, String unit) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString() + unit;
    }

    private static String orDash(String text) {
        return text == null ? "–" : text;
    }

    /** One part of the page: its items in order of importance with their heights, and how to write the first few. */
    private static class Part {
        final String heading;
        final String empty;
        final List<Float> costs;
        final int max;
        final float frame;
        final IntFunction<List<Block>> build;
        /** What is left out, given how many are shown (called only when some are left out). */
        final IntFunction<String> more;
        int shown;

        Part(String heading, String empty, List<Float> costs, int max, float frame, IntFunction<List<Block>> build,
                IntFunction<String> more) {
            this.heading = heading;
            this.empty = empty;
            this.costs = costs;
            this.max = max;
            this.frame = frame;
            this.build = build;
            this.more = more;
        }

        int available() {
            return costs.size();
        }

        /** The heading, and the sentence for nothing recorded or the note of what is left out when nothing is shown. */
        float baseCost() {
            return SummaryPageBudget.H3_HEIGHT + (costs.isEmpty() ? SummaryPageBudget.paragraph(empty) : noteHeight(0));
        }

        /** The note saying what is left out with {@code shown} items shown; none when all are. */
        private float noteHeight(int shown) {
            return shown >= costs.size() ? 0 : Math.max(SummaryPageBudget.NOTE_HEIGHT, SummaryPageBudget.note(more.apply(shown)));
        }

        /**
         * Shows one more item if there is one, the part allows it and it fits; the first brings the table's frame.
         * The note of what is left out changes with it (and goes when the last item is shown), so its height is
         * given back and the new one's taken: a page never keeps room for a note it does not print.
         */
        boolean addIfFits(SummaryPageBudget budget) {
            if (shown >= Math.min(max, costs.size())) {
                return false;
            }
            float cost = costs.get(shown) + (shown == 0 ? frame : 0) + noteHeight(shown + 1) - noteHeight(shown);
            if (!budget.fits(cost)) {
                return false;
            }
            budget.take(cost);
            shown++;
            return true;
        }

        List<Block> blocks() {
            if (costs.isEmpty()) {
                return List.of(Paragraph.of(empty));
            }
            List<Block> blocks = new ArrayList<>();
            if (shown > 0) {
                blocks.addAll(build.apply(shown));
            }
            if (shown < costs.size()) {
                blocks.add(new Note(more.apply(shown)));
            }
            return blocks;
        }
    }

    private static final class TablePart extends Part {
        TablePart(String heading, String empty, List<Column> columns, List<List<Cell>> rows, List<Cell> total, int max,
                IntFunction<Table> table, IntFunction<String> more) {
            this(heading, empty, columns, SummaryPageBudget.textWidths(columns, rows, total), rows, total, max, table, more);
        }

        private TablePart(String heading, String empty, List<Column> columns, float[] widths, List<List<Cell>> rows,
                List<Cell> total, int max, IntFunction<Table> table, IntFunction<String> more) {
            super(heading, empty, rows.stream().map(r -> SummaryPageBudget.row(widths, r)).toList(), max,
                    SummaryPageBudget.row(widths, columns.stream().map(c -> Cell.of(c.header())).toList()) + 6
                            + (total == null ? 0 : SummaryPageBudget.row(widths, total)),
                    shown -> List.of(table.apply(shown)), more);
        }
    }
}
