package org.innovationportfolio.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A dated step in a project. The baseline is the date first agreed, the forecast the date now
 * expected; slippage is the days between them. Whether it is overdue, and by how much, is
 * {@link MilestoneTiming}'s one definition.
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

    /** Forecast (or completion) minus baseline, in days; positive means the plan moved later. See {@link MilestoneTiming}. */
    public long slippageDays() {
        return MilestoneTiming.slippageDays(this);
    }

    /** Where this milestone stands on {@code today}: overdue by how many days, and its slippage. */
    public MilestoneTiming timing(LocalDate today) {
        return MilestoneTiming.of(this, today);
    }

    public boolean isDone() {
        return status == MilestoneStatus.COMPLETE || status == MilestoneStatus.CANCELLED;
    }

    /** Neither complete nor cancelled, and the date still planned is before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return timing(today).isOverdue();
    }

    /** Not done and due from {@code today} to {@code days} days ahead, inclusive. */
    public boolean isDueWithin(LocalDate today, int days) {
        LocalDate due = due();
        return !isDone() && due != null && !due.isBefore(today) && !due.isAfter(today.plusDays(days));
    }
}
