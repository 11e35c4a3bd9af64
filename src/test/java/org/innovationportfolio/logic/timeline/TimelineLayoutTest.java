package org.innovationportfolio.logic.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.Test;

/** The timeline's arithmetic: range, ticks, today line, slippage and overdue marking. */
class TimelineLayoutTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Milestone milestone(String title, LocalDate baseline, LocalDate forecast, LocalDate completed) {
        return new Milestone(UUID.randomUUID(), title, baseline, forecast, completed,
                completed == null ? MilestoneStatus.NOT_STARTED : MilestoneStatus.COMPLETE, null, NOW);
    }

    private static Project project(String title, Milestone... milestones) {
        return Project.create(title, null, NOW).withMilestones(List.of(milestones), NOW);
    }

    private final Project goLive = project("Mockingbird",
            milestone("Go live", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 4, 14), null),
            milestone("Recruit hub carers", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20)),
            milestone("Evaluation report", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 1), null));

    @Test
    void overdueSlippedAndCompletedMilestonesAreMarkedAndDescribedInWords() {
        TimelineChart chart = TimelineLayout.of(List.of(goLive), TODAY, TimelineScale.MONTH);

        assertThat(chart.rows()).hasSize(4);
        assertThat(chart.rows().get(0).isHeading()).isTrue();
        TimelineChart.Bar live = chart.bars().stream().filter(b -> b.title().equals("Go live")).findFirst().orElseThrow();
        assertThat(live.state()).isEqualTo(TimelineChart.State.OVERDUE);
        assertThat(live.slippageDays()).isEqualTo(42);
        assertThat(live.description()).isEqualTo("Mockingbird — Go live, baseline 3 Mar 2026, forecast 14 Apr 2026, slippage +42 days, overdue by 223 days");
        assertThat(live.forecastAt()).isGreaterThan(live.baselineAt());
        assertThat(chart.bars()).extracting(TimelineChart.Bar::state).containsExactly(
                TimelineChart.State.COMPLETED, TimelineChart.State.OVERDUE, TimelineChart.State.ON_TRACK);
    }

    @Test
    void monthAxisRunsFromTheFirstMonthToTheEndOfTheLastWithTodayAtItsFraction() {
        TimelineChart chart = TimelineLayout.of(List.of(goLive), TODAY, TimelineScale.MONTH);

        assertThat(chart.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(chart.end()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(chart.ticks()).hasSize(14);
        assertThat(chart.ticks().get(0)).isEqualTo(new TimelineChart.Tick("Jan 2026", 0.0));
        assertThat(chart.ticks().get(13).label()).isEqualTo("Feb 2027");
        // 1 Jan 2026 to 23 Nov 2026 is 326 days of 424.
        assertThat(chart.today()).isCloseTo(326.0 / 424, within(1e-9));
    }

    @Test
    void quarterAxisUsesFinancialQuarters() {
        TimelineChart chart = TimelineLayout.of(List.of(goLive), TODAY, TimelineScale.QUARTER);

        assertThat(chart.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(chart.end()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(chart.ticks()).extracting(TimelineChart.Tick::label)
                .containsExactly("Q4 2025/26", "Q1 2026/27", "Q2 2026/27", "Q3 2026/27", "Q4 2026/27");
    }

    @Test
    void projectsWithoutDatedMilestonesHaveNoRowsAndAnEmptyPortfolioStillHasToday() {
        TimelineChart chart = TimelineLayout.of(List.of(project("Nothing yet")), TODAY, TimelineScale.MONTH);

        assertThat(chart.rows()).isEmpty();
        assertThat(chart.start()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(chart.today()).isBetween(0.0, 1.0);
    }

    @Test
    void aBaselineOnlyMilestoneStandsOnItsBaselineAndABaselineNeedsItsOwnMarkOnlyWhenTheMilestoneMoved() {
        LocalDate feb = LocalDate.of(2027, 2, 1);
        Project plans = project("Plans", milestone("Baseline only", feb, null, null),
                milestone("Slipped", feb, feb.plusDays(9), null), milestone("On plan", feb, LocalDate.of(2027, 2, 1), null));

        List<TimelineChart.Bar> bars = TimelineLayout.of(List.of(plans), TODAY, TimelineScale.MONTH).bars();

        TimelineChart.Bar only = bars.stream().filter(b -> b.title().equals("Baseline only")).findFirst().orElseThrow();
        assertThat(only.standsOn()).isEqualTo(feb);
        assertThat(only.at()).isEqualTo(only.baselineAt());
        assertThat(only.state()).isEqualTo(TimelineChart.State.ON_TRACK);
        assertThat(bars).filteredOn(TimelineChart.Bar::baselineApart).extracting(TimelineChart.Bar::title)
                .containsExactly("Slipped");
    }
}
