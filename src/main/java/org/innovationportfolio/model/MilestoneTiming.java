package org.innovationportfolio.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a milestone stands on one day: the one definition of "overdue" (days past the date still planned, for a
 * milestone neither complete nor cancelled) and of "slippage" (how far the plan has moved from the baseline).
 * The two are different things: a milestone can have slipped a year and still be due next week.
 *
 * @param state where it stands
 * @param due the date still planned: the forecast, else the baseline; null when it has neither
 * @param daysOverdue days past {@code due} for an open milestone; zero when not overdue
 * @param slippageDays completion (or forecast, while open) minus baseline; negative is early; zero when either
 *     date is missing or the milestone is cancelled
 * @param slippageKnown whether slippage can be told: there is a baseline, and the milestone was not cancelled
 */
public record MilestoneTiming(State state, LocalDate due, long daysOverdue, long slippageDays, boolean slippageKnown) {

    /** Where a milestone stands on a day. */
    public enum State {
        COMPLETE("Complete"),
        CANCELLED("Cancelled"),
        OVERDUE("Overdue"),
        DUE_TODAY("Due today"),
        NOT_YET_DUE("Not yet due"),
        NOT_DATED("No date set");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** How {@code milestone} stands on {@code today}. */
    public static MilestoneTiming of(Milestone milestone, LocalDate today) {
        LocalDate due = milestone.due();
        long slippage = slippageDays(milestone);
        // With no forecast the baseline is still the plan, so no slippage; without a baseline there is nothing to slip from.
        boolean known = milestone.baseline() != null;
        if (milestone.status() == MilestoneStatus.COMPLETE) {
            return new MilestoneTiming(State.COMPLETE, due, 0, slippage, known);
        }
        if (milestone.status() == MilestoneStatus.CANCELLED) {
            return new MilestoneTiming(State.CANCELLED, due, 0, 0, false);
        }
        if (due == null) {
            return new MilestoneTiming(State.NOT_DATED, null, 0, 0, false); // no baseline either
        }
        long past = ChronoUnit.DAYS.between(due, today);
        State state = past > 0 ? State.OVERDUE : past == 0 ? State.DUE_TODAY : State.NOT_YET_DUE;
        return new MilestoneTiming(state, due, Math.max(0, past), slippage, known);
    }

    /**
     * Completion (or, while open, the forecast) minus the baseline, in days; positive means the plan has moved
     * later. Zero when either date is missing or the milestone was cancelled (it will not happen, so has no slippage).
     */
    public static long slippageDays(Milestone milestone) {
        if (milestone.baseline() == null || milestone.status() == MilestoneStatus.CANCELLED) {
            return 0;
        }
        LocalDate against = milestone.completed() != null ? milestone.completed() : milestone.forecast();
        return against == null ? 0 : ChronoUnit.DAYS.between(milestone.baseline(), against);
    }

    public boolean isOverdue() {
        return state == State.OVERDUE;
    }

    /** False for a cancelled milestone: it is neither on time nor late, and no count includes it. */
    public boolean counts() {
        return state != State.CANCELLED;
    }

    /** How late, in words: "55 days overdue", "Due today", "Not yet due", "Complete", "Cancelled", "No date set". */
    public String lateness() {
        return state == State.OVERDUE ? days(daysOverdue) + " overdue" : state.label();
    }

    /**
     * Slippage in words, for a column headed "Slippage": "+374 days", "3 days early", "None"; an en dash when it
     * cannot be told (no baseline) or does not apply (cancelled).
     */
    public String slippage() {
        return slippageKnown ? slippageWords(slippageDays) : "–";
    }

    /** A known slippage in words: "+374 days" (later than baseline), "3 days early", "None". */
    public static String slippageWords(long days) {
        if (days == 0) {
            return "None";
        }
        return days > 0 ? "+" + days(days) : days(-days) + " early";
    }

    /** "1 day", "12 days". */
    public static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }
}
