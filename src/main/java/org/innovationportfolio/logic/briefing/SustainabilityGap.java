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

    /** One open project whose grants end: the final grant year, that year's grant, the next year's other money and the gap. */
    record Row(Project project, FinancialYear lastGrantYear, Money finalGrant, Money replacement, Money gap) {
    }

    static List<Row> rows(List<Project> projects, FinancialYear thisYear) {
        List<Row> rows = new ArrayList<>();
        for (Project project : projects) {
            if (!project.stage().isOpen()) {
                continue;
            }
            List<FundingLine> grants = project.funding().stream().filter(f -> f.type() == FundingType.GRANT).toList();
            FinancialYear last = FundingSection.lastYearOf(grants).orElse(null);
            if (last == null || last.compareTo(thisYear.previous()) < 0) {
                continue;
            }
            Money finalGrant = FundingSection.sum(grants.stream().filter(f -> f.year().equals(last)).toList(), FundingLine::awarded);
            Money replacement = FundingSection.sum(project.funding().stream()
                    .filter(f -> f.type() != FundingType.GRANT && f.year().equals(last.next())).toList(), FundingLine::awarded);
            Money gap = finalGrant.compareTo(replacement) > 0 ? finalGrant.minus(replacement) : Money.ZERO;
            rows.add(new Row(project, last, finalGrant, replacement, gap));
        }
        rows.sort(Comparator.comparing(Row::lastGrantYear).thenComparing(Row::gap, Comparator.reverseOrder())
                .thenComparing(r -> r.project().title()));
        return rows;
    }

    static List<Block> blocks(List<Project> projects, FinancialYear thisYear) {
        List<Row> rows = rows(projects, thisYear);
        if (rows.isEmpty()) {
            return List.of(Paragraph.of("No open project has grant funding ending from " + thisYear.previous() + " on."));
        }
        Money totalGap = rows.stream().map(Row::gap).reduce(Money.ZERO, Money::plus);
        List<List<Cell>> cells = rows.stream().map(r -> List.of(Cell.of(r.project().title()),
                Cell.of(r.lastGrantYear().toString()), Cell.of(BriefingText.money(r.finalGrant())),
                Cell.of(BriefingText.money(r.replacement())),
                Cell.of(r.gap().isZero() ? "Covered" : BriefingText.money(r.gap())))).toList();
        List<Cell> total = List.of(Cell.of("Total"), Cell.of(""),
                Cell.of(BriefingText.money(rows.stream().map(Row::finalGrant).reduce(Money.ZERO, Money::plus))),
                Cell.of(BriefingText.money(rows.stream().map(Row::replacement).reduce(Money.ZERO, Money::plus))),
                Cell.of(BriefingText.money(totalGap)));
        long uncovered = rows.stream().filter(r -> !r.gap().isZero()).count();
        return List.of(Paragraph.of("For each open project, the last year of grant funding and the council budget, partner "
                        + "and in-kind funding awarded for the year after. " + BriefingText.projects(uncovered)
                        + (uncovered == 1 ? " has" : " have") + " a gap, " + totalGap.formatShort() + " in all."),
                new Block.Table("Sustainability gap: final grant year against funding awarded for the year after",
                        List.of(Column.text("Project", 5), Column.text("Grant ends", 2), Column.number("Final year's grant", 2),
                                Column.number("Other funding the year after", 3), Column.number("Gap", 2)), cells, total));
    }
}
