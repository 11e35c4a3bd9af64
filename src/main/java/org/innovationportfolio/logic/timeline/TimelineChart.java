package org.innovationportfolio.logic.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A laid-out timeline: the date range, axis ticks, the today line and rows (a heading row per project,
 * then its milestones); every position is a fraction of the range from 0 to 1.
 */
public record TimelineChart(LocalDate start, LocalDate end, TimelineScale scale, List<Tick> ticks, double today,
        List<Row> rows) {

    public TimelineChart {
        ticks = List.copyOf(ticks);
        rows = List.copyOf(rows);
    }

    public List<Bar> bars() {
        return rows.stream().filter(r -> r.bar() != null).map(Row::bar).toList();
    }

    /** An axis label at the start of its month or quarter. */
    public record Tick(String label, double at) {
    }

    /** How a milestone stands today. */
    public enum State {
        ON_TRACK("On track"), SLIPPED("Slipped"), OVERDUE("Overdue"), COMPLETED("Completed"), CANCELLED("Cancelled");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One milestone: where its baseline, forecast and completion fall (null where there is no date).
     *
     * @param description the tooltip and accessible text
     */
    public record Bar(UUID milestoneId, String title, LocalDate baseline, LocalDate forecast, LocalDate completed,
            Double baselineAt, Double forecastAt, Double completedAt, long slippageDays, State state,
            String description) {

        /** Where the milestone is drawn: completion, else forecast, else baseline. */
        public double at() {
            return completedAt != null ? completedAt : forecastAt != null ? forecastAt : baselineAt;
        }

        /** The date the milestone stands at: completion, else forecast, else baseline (on plan). */
        public LocalDate standsOn() {
            return completed != null ? completed : forecast != null ? forecast : baseline;
        }

        /** Whether the baseline needs its own mark: there is one and the milestone no longer stands on it. */
        public boolean baselineApart() {
            return baseline != null && !baseline.equals(standsOn());
        }
    }

    /** A project heading (bar null) or one of its milestones. */
    public record Row(UUID projectId, String projectTitle, Bar bar) {

        static Row project(UUID projectId, String title) {
            return new Row(projectId, title, null);
        }

        static Row milestone(UUID projectId, String title, Bar bar) {
            return new Row(projectId, title, bar);
        }

        public boolean isHeading() {
            return bar == null;
        }
    }
}
