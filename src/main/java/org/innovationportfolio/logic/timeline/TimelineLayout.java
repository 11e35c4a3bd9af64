package org.innovationportfolio.logic.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneTiming;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Project;

/**
 * Lays milestones out on a date axis: rows grouped by project, positions as fractions of the range
 * (0 at the start, 1 at the end), ticks and a today line. Pure arithmetic, so it is tested without a screen.
 */
public final class TimelineLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private TimelineLayout() {
    }

    /** The chart for {@code projects} (in the order given) as of {@code today}. */
    public static TimelineChart of(List<Project> projects, LocalDate today, TimelineScale scale) {
        List<LocalDate> dates = projects.stream().flatMap(p -> p.milestones().stream())
                .flatMap(m -> Stream.of(m.baseline(), m.forecast(), m.completed())).filter(Objects::nonNull).toList();
        LocalDate first = Stream.concat(dates.stream(), Stream.of(today)).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = Stream.concat(dates.stream(), Stream.of(today)).max(LocalDate::compareTo).orElseThrow();
        LocalDate start = periodStart(first, scale);
        LocalDate end = next(periodStart(last, scale), scale);
        double days = ChronoUnit.DAYS.between(start, end);
        List<TimelineChart.Tick> ticks = new ArrayList<>();
        for (LocalDate tick = start; tick.isBefore(end); tick = next(tick, scale)) {
            ticks.add(new TimelineChart.Tick(tickLabel(tick, scale), ChronoUnit.DAYS.between(start, tick) / days));
        }
        List<TimelineChart.Row> rows = new ArrayList<>();
        for (Project project : projects) {
            List<Milestone> dated = project.milestones().stream()
                    .filter(m -> m.baseline() != null || m.forecast() != null || m.completed() != null).toList();
            if (dated.isEmpty()) {
                continue;
            }
            rows.add(TimelineChart.Row.project(project.id(), project.title()));
            for (Milestone m : dated) {
                rows.add(TimelineChart.Row.milestone(project.id(), project.title(),
                        bar(project.title(), m, today, start, days)));
            }
        }
        return new TimelineChart(start, end, scale, ticks, ChronoUnit.DAYS.between(start, today) / days, rows);
    }

    private static TimelineChart.Bar bar(String projectTitle, Milestone m, LocalDate today, LocalDate start, double days) {
        TimelineChart.State state;
        if (m.status() == MilestoneStatus.COMPLETE) {
            state = TimelineChart.State.COMPLETED;
        } else if (m.status() == MilestoneStatus.CANCELLED) {
            state = TimelineChart.State.CANCELLED;
        } else if (m.isOverdue(today)) {
            state = TimelineChart.State.OVERDUE;
        } else {
            state = m.slippageDays() > 0 ? TimelineChart.State.SLIPPED : TimelineChart.State.ON_TRACK;
        }
        return new TimelineChart.Bar(m.id(), m.title(), m.baseline(), m.forecast(), m.completed(),
                at(m.baseline(), start, days), at(m.forecast(), start, days), at(m.completed(), start, days),
                m.slippageDays(), state, describe(projectTitle, m, state, today));
    }

    private static Double at(LocalDate date, LocalDate start, double days) {
        return date == null ? null : ChronoUnit.DAYS.between(start, date) / days;
    }

    /**
     * What a screen reader says for a milestone, and its tooltip: "Mockingbird — Go live, baseline 3 Mar 2025,
     * forecast 14 Apr 2025, slippage +42 days, overdue by 12 days".
     */
    static String describe(String projectTitle, Milestone m, TimelineChart.State state, LocalDate today) {
        List<String> parts = new ArrayList<>();
        if (m.baseline() != null) {
            parts.add("baseline " + DATE.format(m.baseline()));
        }
        if (m.forecast() != null) {
            parts.add("forecast " + DATE.format(m.forecast()));
        }
        if (m.completed() != null) {
            parts.add("completed " + DATE.format(m.completed()));
        }
        MilestoneTiming timing = m.timing(today);
        if (timing.slippageDays() != 0) {
            parts.add("slippage " + timing.slippage());
        }
        switch (state) {
            case OVERDUE -> parts.add("overdue by " + MilestoneTiming.days(timing.daysOverdue()));
            case CANCELLED -> parts.add("cancelled");
            default -> { }
        }
        parts.add(0, projectTitle + " — " + m.title());
        return String.join(", ", parts);
    }

    private static LocalDate periodStart(LocalDate date, TimelineScale scale) {
        LocalDate month = date.withDayOfMonth(1);
        if (scale == TimelineScale.MONTH) {
            return month;
        }
        // Financial quarters start in April, July, October and January.
        int offset = (month.getMonthValue() - 1) % 3;
        return month.minusMonths(offset);
    }

    private static LocalDate next(LocalDate periodStart, TimelineScale scale) {
        return periodStart.plusMonths(scale == TimelineScale.MONTH ? 1 : 3);
    }

    /** "Mar 2025" for a month; "Q1 2025/26" for the financial quarter April–June 2025. */
    static String tickLabel(LocalDate start, TimelineScale scale) {
        if (scale == TimelineScale.MONTH) {
            return MONTH.format(start);
        }
        int quarter = (start.getMonthValue() + 8) / 3 % 4 + 1;
        return "Q" + quarter + " " + FinancialYear.of(start);
    }

    /** Used by the page to tell rows apart in tests and for focus. */
    public static String key(UUID projectId, UUID milestoneId) {
        return projectId + "/" + milestoneId;
    }
}
