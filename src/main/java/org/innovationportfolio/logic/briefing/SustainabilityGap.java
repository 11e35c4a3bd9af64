package org.innovationportfolio.logic.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.innovationportfolio.logic.briefing.Block.Cell;
import org.innovationportfolio.logic.briefing.Block.Column;
import org.innovationportfolio.logic.briefing.Block.Paragraph;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Project;

/** What grant funding ends, when, and how much of it the council or partners have replaced in the year after. */
final class SustainabilityGap {

    private SustainabilityGap() {
    }

    /**
     * One open project: its final grant year (null when it has no grant funding), that year's grant, the other funding
     * awarded for the year after, and the gap (the grant not replaced; zero when covered or there is no grant).
     */
    record Row(Project project, FinancialYear lastGrantYear, Money finalGrant, Money replacement, Money gap) {

        boolean hasGrant() {
            return lastGrantYear != null;
        }
    }

    /** Every open project: those with grants by the year the grant ends, then those with none, by title. */
    static List<Row> rows(List<Project> projects) {
        List<Row> rows = new ArrayList<>();
        for (Project project : projects) {
            if (!project.stage().isOpen()) {
                continue;
            }
            List<FundingLine> grants = project.funding().stream().filter(f -> f.type() == FundingType.GRANT).toList();
            FinancialYear last = FundingSection.lastYearOf(grants).orElse(null);
            if (last == null) {
                rows.add(new Row(project, null, Money.ZERO, Money.ZERO, Money.ZERO));
                continue;
            }
            Money finalGrant = FundingSection.sum(grants.stream().filter(f -> f.year().equals(last)).toList(), FundingLine::awarded);
            Money replacement = FundingSection.sum(project.funding().stream()
                    .filter(f -> f.type() != FundingType.GRANT && f.year().equals(last.next())).toList(), FundingLine::awarded);
            Money gap = finalGrant.compareTo(replacement) > 0 ? finalGrant.minus(replacement) : Money.ZERO;
            rows.add(new Row(project, last, finalGrant, replacement, gap));
        }
        rows.sort(Comparator.comparing(Row::lastGrantYear, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::gap, Comparator.reverseOrder()).thenComparing(r -> r.project().title()));
        return rows;
    }

    static List<Block> blocks(List<Project> projects, FinancialYear thisYear) {
        List<Row> rows = rows(projects);
        if (rows.isEmpty()) {
            return List.of(Paragraph.of("No project in this pack is open, so none has a sustainability gap."));
        }
        Money totalGap = rows.stream().map(Row::gap).reduce(Money.ZERO, Money::plus);
        List<List<Cell>> cells = rows.stream().map(r -> r.hasGrant()
                ? List.of(Cell.of(r.project().title()), Cell.of(r.lastGrantYear().toString()
                        + (r.lastGrantYear().compareTo(thisYear) < 0 ? " (ended)" : "")),
                        Cell.of(BriefingText.money(r.finalGrant())), Cell.of(BriefingText.money(r.replacement())),
                        Cell.of(r.gap().isZero() ? "Covered" : BriefingText.money(r.gap())))
                : List.of(Cell.of(r.project().title()), Cell.of("No grant"), Cell.of("–"), Cell.of("–"), Cell.of("None"))).toList();
        List<Cell> total = List.of(Cell.of("Total"), Cell.of(""),
                Cell.of(BriefingText.money(rows.stream().map(Row::finalGrant).reduce(Money.ZERO, Money::plus))),
                Cell.of(BriefingText.money(rows.stream().map(Row::replacement).reduce(Money.ZERO, Money::plus))),
                Cell.of(BriefingText.money(totalGap)));
        long uncovered = rows.stream().filter(r -> !r.gap().isZero()).count();
        long noGrant = rows.stream().filter(r -> !r.hasGrant()).count();
        return List.of(Paragraph.of("Every open project, with the last year of its grant funding and the council budget, "
                        + "partner and in-kind funding awarded for the year after. A project's gap is its final year's grant "
                        + "less that other funding, or none when the other funding covers it; the total gap, "
                        + BriefingText.money(totalGap) + ", is the sum of the " + BriefingText.projects(uncovered) + " with a gap. "
                        + (noGrant == 0 ? "" : BriefingText.count(noGrant, "project has", "projects have")
                                + " no grant funding, so no gap. ")
                        + "Closed and Stopped projects are not included."),
                new Block.Table("Sustainability gap: final grant year against funding awarded for the year after",
                        List.of(Column.text("Project", 5), Column.text("Grant ends", 2), Column.number("Final year's grant", 2),
                                Column.number("Other funding the year after", 3), Column.number("Gap", 2)), cells, total));
    }
}
