package org.innovationportfolio.logic.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.innovationportfolio.logic.briefing.Block.BarChart;
import org.innovationportfolio.logic.briefing.Block.Cell;
import org.innovationportfolio.logic.briefing.Block.Column;
import org.innovationportfolio.logic.briefing.Block.Heading;
import org.innovationportfolio.logic.briefing.Block.Paragraph;
import org.innovationportfolio.logic.briefing.Block.Series;
import org.innovationportfolio.logic.briefing.Block.Table;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Project;

/** The funding section: awards by source and financial year, a chart by type, each project's totals and the sustainability gap. */
final class FundingSection {

    /** Sources past this many are summed as "Other sources", so the table stays readable. */
    static final int MAX_SOURCES = 8;
    /** Years shown: the one before this, this one and the next two. */
    static final int YEARS_BEFORE = 1;
    static final int YEARS_AFTER = 2;

    private final List<Project> projects;
    private final FinancialYear thisYear;

    FundingSection(List<Project> projects, LocalDate today) {
        this.projects = projects;
        this.thisYear = FinancialYear.of(today);
    }

    List<Block> blocks() {
        List<FundingLine> lines = projects.stream().flatMap(p -> p.funding().stream()).toList();
        if (lines.isEmpty()) {
            return List.of(Paragraph.of("No funding is recorded for the projects in this pack."));
        }
        List<FinancialYear> years = years(lines);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(headline(lines, years)));
        blocks.add(new Heading(2, "By financial year and source"));
        blocks.add(chartByType(lines, years));
        blocks.add(tableBySource(lines, years));
        blocks.add(new Heading(2, "By project, " + thisYear));
        blocks.add(Paragraph.of("This financial year alone, so an overspend this year shows even when the project is within "
                + "its funding over all years. Variance is awarded minus forecast spend; a negative variance is a forecast "
                + "overspend."));
        blocks.add(tableByProject(true));
        blocks.add(new Heading(2, "By project, all years"));
        blocks.add(tableByProject(false));
        blocks.add(new Heading(2, "Sustainability gap"));
        blocks.addAll(SustainabilityGap.blocks(projects, thisYear));
        return blocks;
    }

    private List<FinancialYear> years(List<FundingLine> lines) {
        TreeSet<FinancialYear> present = lines.stream().map(FundingLine::year).collect(Collectors.toCollection(TreeSet::new));
        List<FinancialYear> years = new ArrayList<>();
        for (int start = thisYear.startYear() - YEARS_BEFORE; start <= thisYear.startYear() + YEARS_AFTER; start++) {
            FinancialYear year = new FinancialYear(start);
            if (present.contains(year)) {
                years.add(year);
            }
        }
        return years.isEmpty() ? List.of(thisYear) : years;
    }

    private Block chartByType(List<FundingLine> lines, List<FinancialYear> years) {
        List<Series> series = new ArrayList<>();
        StringBuilder alt = new StringBuilder("Stacked bar chart of funding awarded by financial year and type. ");
        for (FundingType type : FundingType.values()) {
            List<Long> values = years.stream().map(y -> pounds(sum(lines.stream()
                    .filter(f -> f.type() == type && f.year().equals(y)).toList(), FundingLine::awarded))).toList();
            if (values.stream().anyMatch(v -> v != 0)) {
                series.add(new Series(type.label(), values, null));
            }
        }
        List<String> categories = years.stream().map(FinancialYear::toString).toList();
        List<String> totals = new ArrayList<>();
        for (FinancialYear year : years) {
            List<FundingLine> inYear = lines.stream().filter(f -> f.year().equals(year)).toList();
            Money total = sum(inYear, FundingLine::awarded);
            totals.add(total.formatShort());
            alt.append(year).append(": ").append(total.formatShort());
            List<String> parts = new ArrayList<>();
            for (FundingType type : FundingType.values()) {
                Money part = sum(inYear.stream().filter(f -> f.type() == type).toList(), FundingLine::awarded);
                if (!part.isZero()) {
                    parts.add(type.label().toLowerCase(java.util.Locale.ROOT) + " " + part.formatShort());
                }
            }
            alt.append(parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")").append(". ");
        }
        return new BarChart("Funding awarded by financial year and type", alt.toString().strip(), "Awarded (£)", true,
                categories, series, totals);
    }

    private Table tableBySource(List<FundingLine> lines, List<FinancialYear> years) {
        List<FundingLine> shown = lines.stream().filter(f -> years.contains(f.year())).toList();
        Map<String, Money> bySource = new LinkedHashMap<>();
        shown.forEach(f -> bySource.merge(f.source(), f.awarded(), Money::plus));
        List<String> sources = bySource.entrySet().stream()
                .sorted(Map.Entry.<String, Money>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        List<String> named = sources.size() > MAX_SOURCES ? sources.subList(0, MAX_SOURCES - 1) : sources;
        List<List<Cell>> rows = new ArrayList<>();
        for (String source : named) {
            rows.add(yearRow(source, shown.stream().filter(f -> f.source().equals(source)).toList(), years));
        }
        if (named.size() < sources.size()) {
            rows.add(yearRow("Other sources (" + (sources.size() - named.size()) + ")",
                    shown.stream().filter(f -> !named.contains(f.source())).toList(), years));
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("Source", 4));
        years.forEach(y -> columns.add(Column.number(y.toString(), 2)));
        columns.add(Column.number("Total", 2));
        return new Table("Funding awarded by source and financial year, " + years.get(0) + " to " + years.get(years.size() - 1),
                columns, rows, yearRow("Total", shown, years));
    }

    private static List<Cell> yearRow(String label, List<FundingLine> lines, List<FinancialYear> years) {
        List<Cell> row = new ArrayList<>();
        row.add(Cell.of(label));
        for (FinancialYear year : years) {
            row.add(Cell.of(BriefingText.money(sum(lines.stream().filter(f -> f.year().equals(year)).toList(), FundingLine::awarded))));
        }
        row.add(Cell.of(BriefingText.money(sum(lines, FundingLine::awarded))));
        return row;
    }

    /**
     * The totals in words, reconciled with the tables: all years (the by-project table's total), this year, and what
     * the by-source table leaves out when some funding falls outside the years it shows.
     */
    private String headline(List<FundingLine> lines, List<FinancialYear> years) {
        Money all = sum(lines, FundingLine::awarded);
        Money shown = sum(lines.stream().filter(f -> years.contains(f.year())).toList(), FundingLine::awarded);
        String text = "Awarded " + BriefingText.money(all) + " across all years (the total of the table by project, all "
                + "years), of which " + BriefingText.money(sum(lines.stream().filter(f -> f.year().equals(thisYear)).toList(),
                        FundingLine::awarded)) + " is for " + thisYear + ".";
        Money left = all.minus(shown);
        if (!left.isZero()) {
            text += " The table by source shows " + years.get(0) + " to " + years.get(years.size() - 1) + ", "
                    + BriefingText.money(shown) + "; the other " + BriefingText.money(left)
                    + " was awarded for years outside that range.";
        }
        return text + " Figures are money awarded unless a column says otherwise.";
    }

    /** Each funded project's awarded, spent, forecast and variance: for this financial year only, or for all years. */
    private Table tableByProject(boolean thisYearOnly) {
        java.util.function.Function<Project, List<FundingLine>> linesOf = p -> p.funding().stream()
                .filter(f -> !thisYearOnly || f.year().equals(thisYear)).toList();
        List<List<Cell>> rows = projects.stream().filter(p -> !linesOf.apply(p).isEmpty())
                .sorted(Comparator.comparing((Project p) -> sum(linesOf.apply(p), FundingLine::awarded)).reversed()
                        .thenComparing(Project::title))
                .map(p -> amountRow(p.title(), linesOf.apply(p))).toList();
        List<FundingLine> all = projects.stream().flatMap(p -> linesOf.apply(p).stream()).toList();
        String period = thisYearOnly ? String.valueOf(thisYear) : "all years";
        return new Table("Funding by project, " + period + ": awarded, spent, forecast spend and variance (awarded minus "
                + "forecast)", List.of(Column.text("Project", 4), Column.number("Awarded", 2), Column.number("Spent", 2),
                        Column.number("Forecast", 2), Column.number("Variance", 2)), rows, amountRow("Total", all));
    }

    private static List<Cell> amountRow(String label, List<FundingLine> lines) {
        Money awarded = sum(lines, FundingLine::awarded);
        Money forecast = sum(lines, FundingLine::forecast);
        return List.of(Cell.of(label), Cell.of(BriefingText.money(awarded)), Cell.of(BriefingText.money(sum(lines, FundingLine::spent))),
                Cell.of(BriefingText.money(forecast)), Cell.of(BriefingText.money(awarded.minus(forecast))));
    }

    static Money sum(List<FundingLine> lines, java.util.function.Function<FundingLine, Money> amount) {
        return lines.stream().map(amount).reduce(Money.ZERO, Money::plus);
    }

    /** Whole pounds for a chart, rounded half up as the tables round. */
    static long pounds(Money money) {
        return Math.floorDiv(money.pence() + 50, 100);
    }

    static Optional<FinancialYear> lastYearOf(List<FundingLine> lines) {
        return lines.stream().map(FundingLine::year).max(Comparator.naturalOrder());
    }
}
