package org.innovationportfolio.logic.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Project;

/**
 * The portfolio's money for one financial year: awarded, spent and forecast, in total and by source.
 *
 * @param sources one line per funder, largest award first
 */
public record FundingYear(FinancialYear year, Amounts total, List<Amounts> sources) {

    public FundingYear {
        sources = List.copyOf(sources);
    }

    /** Adds up the funding lines of {@code projects} for {@code year}. */
    public static FundingYear of(FinancialYear year, Collection<Project> projects) {
        Map<String, Amounts> bySource = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Amounts total = new Amounts("All sources", Money.ZERO, Money.ZERO, Money.ZERO);
        for (Project project : projects) {
            for (FundingLine line : project.funding()) {
                if (line.year().equals(year)) {
                    bySource.merge(line.source(), Amounts.of(line), Amounts::plus);
                    total = total.plus(Amounts.of(line));
                }
            }
        }
        List<Amounts> sources = new ArrayList<>(bySource.values());
        sources.sort(Comparator.comparing(Amounts::awarded).reversed().thenComparing(Amounts::source));
        return new FundingYear(year, total, sources);
    }

    /** Awarded, spent and forecast spend from one source (or all). */
    public record Amounts(String source, Money awarded, Money spent, Money forecast) {

        static Amounts of(FundingLine line) {
            return new Amounts(line.source(), line.awarded(), line.spent(), line.forecast());
        }

        Amounts plus(Amounts other) {
            return new Amounts(source, awarded.plus(other.awarded), spent.plus(other.spent),
                    forecast.plus(other.forecast));
        }
    }
}
