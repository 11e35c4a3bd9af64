package org.innovationportfolio.logic.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;

/**
 * One line of the portfolio as tables, lists and exports show it.
 *
 * @param innovationTitle the adopted catalogue entry's title, or null
 * @param rag the latest RAG, or null when none has been given
 * @param ragDate the date of that RAG
 * @param nextMilestone the next milestone's title, or null
 * @param nextMilestoneDue its due date
 * @param slippageDays that milestone's forecast minus baseline
 * @param financialYear the year "this year" refers to
 * @param fundingThisYear awarded in that year, all sources
 */
public record PortfolioRow(
        UUID id,
        String title,
        UUID innovationId,
        String innovationTitle,
        Stage stage,
        Rag rag,
        LocalDate ragDate,
        String leadOfficer,
        String sponsor,
        LocalDate startDate,
        LocalDate endDate,
        List<String> tags,
        String nextMilestone,
        LocalDate nextMilestoneDue,
        long slippageDays,
        int overdueMilestones,
        FinancialYear financialYear,
        Money fundingThisYear,
        Money totalAwarded,
        Money totalSpent,
        Money totalForecast) {
}
