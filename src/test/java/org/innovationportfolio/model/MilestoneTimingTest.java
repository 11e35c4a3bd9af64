package org.innovationportfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.innovationportfolio.model.MilestoneTiming.State;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Overdue is days past the date still planned; slippage is how far that date moved from the baseline. */
class MilestoneTimingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    /** Dates are days from today (blank for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                  | status      | baseline | forecast | completed | state       | overdue | slippage | lateness          | slippage words
            past its forecast, slipped a year        | IN_PROGRESS | -429     | -55      |           | OVERDUE     | 55      | 374      | 55 days overdue   | +374 days
            past its forecast, no slippage           | IN_PROGRESS | -25      | -25      |           | OVERDUE     | 25      | 0        | 25 days overdue   | None
            slipped a year but not yet due           | NOT_STARTED | -300     | 74       |           | NOT_YET_DUE | 0       | 374      | Not yet due       | +374 days
            no forecast: judged on the baseline      | NOT_STARTED | -10      |          |           | OVERDUE     | 10      | 0        | 10 days overdue   | None
            forecast earlier than baseline           | IN_PROGRESS | 20       | -1       |           | OVERDUE     | 1       | -21      | 1 day overdue     | 21 days early
            due today is not overdue                 | IN_PROGRESS | 0        | 0        |           | DUE_TODAY   | 0       | 0        | Due today         | None
            complete after its date is not overdue   | COMPLETE    | -100     | -90      | -80       | COMPLETE    | 0       | 20       | Complete          | +20 days
            cancelled is neither late nor on time    | CANCELLED   | -100     | -60      |           | CANCELLED   | 0       | 0        | Cancelled         | –
            no dates at all                          | NOT_STARTED |          |          |           | NOT_DATED   | 0       | 0        | No date set       | –
            forecast only, past: no baseline to slip | IN_PROGRESS |          | -3       |           | OVERDUE     | 3       | 0        | 3 days overdue    | –
            """)
    void overdueAndSlippage(String name, MilestoneStatus status, Integer baseline, Integer forecast, Integer completed,
            State state, long overdue, long slippage, String lateness, String slippageWords) {
        Milestone milestone = new Milestone(UUID.randomUUID(), "Go live", day(baseline), day(forecast), day(completed), status,
                null, Instant.parse("2026-11-23T10:00:00Z"));

        MilestoneTiming timing = milestone.timing(TODAY);

        assertThat(timing.state()).isEqualTo(state);
        assertThat(timing.daysOverdue()).isEqualTo(overdue);
        assertThat(timing.slippageDays()).isEqualTo(slippage);
        assertThat(timing.lateness()).isEqualTo(lateness);
        assertThat(timing.slippage()).isEqualTo(slippageWords);
        assertThat(milestone.isOverdue(TODAY)).isEqualTo(state == State.OVERDUE);
        assertThat(timing.counts()).isEqualTo(state != State.CANCELLED);
    }

    private static LocalDate day(Integer offset) {
        return offset == null ? null : TODAY.plusDays(offset);
    }
}
