package org.innovationportfolio.model;

import java.util.List;
import java.util.Optional;

/**
 * What a whole {@link Project} and a listing's {@link ProjectSummary} both work out from their status updates,
 * milestones and funding lines, written once.
 */
public interface ProjectHeadlines {

    /** Newest first. */
    List<StatusUpdate> statusHistory();

    /** By due date, undated last. */
    List<Milestone> milestones();

    List<FundingLine> funding();

    /** The latest RAG judgement, newest first in {@link #statusHistory()}. */
    default Optional<StatusUpdate> currentStatus() {
        return statusHistory().isEmpty() ? Optional.empty() : Optional.of(statusHistory().get(0));
    }

    default Optional<Rag> rag() {
        return currentStatus().map(StatusUpdate::rag);
    }

    /** The next milestone not yet done, by due date. */
    default Optional<Milestone> nextMilestone() {
        return milestones().stream().filter(m -> !m.isDone() && m.due() != null).findFirst();
    }

    /** Funding awarded for a financial year, all sources. */
    default Money awardedIn(FinancialYear year) {
        return funding().stream().filter(f -> f.year().equals(year)).map(FundingLine::awarded)
                .reduce(Money.ZERO, Money::plus);
    }

    default Money totalAwarded() {
        return funding().stream().map(FundingLine::awarded).reduce(Money.ZERO, Money::plus);
    }

    default Money totalSpent() {
        return funding().stream().map(FundingLine::spent).reduce(Money.ZERO, Money::plus);
    }

    default Money totalForecast() {
        return funding().stream().map(FundingLine::forecast).reduce(Money.ZERO, Money::plus);
    }
}
