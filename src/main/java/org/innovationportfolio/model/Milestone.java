package org.innovationportfolio.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A dated step in a project. The baseline is the date first agreed, the forecast the date now
 * expected; slippage is the days between them.
 */
public record Milestone(UUID id, String title, LocalDate baseline, LocalDate forecast, LocalDate completed,
        MilestoneStatus status, String owner, Instant lastModified) {

    public Milestone {
        Checks.required(id, "A milestone's id");
        title = Checks.requiredText(title, "The milestone title");
        Checks.required(status, "The milestone status");
        owner = Checks.optionalShort(owner, "The milestone owner");
        Checks.required(lastModified, "The last-modified time");
        if (completed != null && status != MilestoneStatus.COMPLETE) {
            status = MilestoneStatus.COMPLETE;
        }
    }

    /** The date to plan by: the forecast if there is one, else the baseline. */
    public LocalDate due() {
        return forecast != null ? forecast : baseline;
    }

    /** Forecast minus baseline, in days; positive means late. Zero when either is missing. */
    public long slippageDays() {
        if (baseline == null) {
            return 0;
        }
        LocalDate against = completed != null ? completed : forecast;
        return against == null ? 0 : ChronoUnit.DAYS.between(baseline, against);
    }

    public boolean isDone() {
        return status == MilestoneStatus.COMPLETE || status == MilestoneStatus.CANCELLED;
    }

    /** Not done and due before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        LocalDate due = due();
        return !isDone() && due != null && due.isBefore(today);
    }

    /** Not done and due from {@code today} to {@code days} days ahead, inclusive. */
    public boolean isDueWithin(LocalDate today, int days) {
        LocalDate due = due();
        return !isDone() && due != null && !due.isBefore(today) && !due.isAfter(today.plusDays(days));
    }
}
