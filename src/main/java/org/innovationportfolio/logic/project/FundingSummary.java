package org.innovationportfolio.logic.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Money;

/**
 * A project's funding added up: totals per financial year and overall, and the sustainability gap
 * that opens when grant funding ends and other money does not replace it.
 *
 * @param years one total per financial year that has funding, in order
 * @param overall all years together
 * @param lastGrantYear the last year with grant money awarded, if any
 * @param grantEnding the grant awarded in that last year: what has to be replaced
 * @param gap the years after the last grant year (at least the one after), with what replaces the grant
 */
public record FundingSummary(List<YearTotals> years, YearTotals overall, Optional<FinancialYear> lastGrantYear,
        Money grantEnding, List<GapYear> gap) {

    /** Awarded, spent and forecast spend for a year (or for all years, when {@code year} is null). */
    public record YearTotals(FinancialYear year, Money awarded, Money spent, Money forecast) {
    }

    /**
     * A year after grant funding ends.
     *
     * @param replacement awarded that year from sources other than grants
     * @param shortfall what of the ending grant is not replaced; zero when fully replaced
     */
    public record GapYear(FinancialYear year, Money replacement, Money shortfall) {
    }

    /** Adds up {@code lines}. */
    public static FundingSummary of(List<FundingLine> lines) {
        SortedMap<FinancialYear, List<FundingLine>> byYear = new TreeMap<>();
        for (FundingLine line : lines) {
            byYear.computeIfAbsent(line.year(), y -> new ArrayList<>()).add(line);
        }
        List<YearTotals> years = byYear.entrySet().stream().map(e -> totals(e.getKey(), e.getValue())).toList();
        YearTotals overall = totals(null, lines);
        Optional<FinancialYear> lastGrant = lines.stream()
                .filter(l -> l.type() == FundingType.GRANT && !l.awarded().isZero())
                .map(FundingLine::year).max(FinancialYear::compareTo);
        if (lastGrant.isEmpty()) {
            return new FundingSummary(years, overall, lastGrant, Money.ZERO, List.of());
        }
        FinancialYear last = lastGrant.get();
        Money ending = sum(byYear.get(last).stream().filter(l -> l.type() == FundingType.GRANT).toList(), FundingLine::awarded);
        FinancialYear lastFunded = byYear.lastKey();
        FinancialYear until = lastFunded.compareTo(last.next()) > 0 ? lastFunded : last.next();
        List<GapYear> gap = new ArrayList<>();
        for (FinancialYear y = last.next(); y.compareTo(until) <= 0; y = y.next()) {
            Money replacement = sum(byYear.getOrDefault(y, List.of()).stream()
                    .filter(l -> l.type() != FundingType.GRANT).toList(), FundingLine::awarded);
            Money shortfall = ending.minus(replacement);
            gap.add(new GapYear(y, replacement, shortfall.isNegative() ? Money.ZERO : shortfall));
        }
        return new FundingSummary(years, overall, lastGrant, ending, gap);
    }

    private static YearTotals totals(FinancialYear year, List<FundingLine> lines) {
        return new YearTotals(year, sum(lines, FundingLine::awarded), sum(lines, FundingLine::spent),
                sum(lines, FundingLine::forecast));
    }

    private static Money sum(List<FundingLine> lines, Function<FundingLine, Money> amount) {
        return lines.stream().map(amount).reduce(Money.ZERO, Money::plus);
    }
}
