package org.innovationportfolio.logic.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Money;
import org.junit.jupiter.api.Test;

class FundingSummaryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void addsUpEachYearAndAllYears() {
        FundingSummary summary = FundingSummary.of(List.of(
                line("DfE", FundingType.GRANT, "2025/26", "£500,000", "£400,000"),
                line("Council", FundingType.COUNCIL_BUDGET, "2025/26", "£100,000", "£90,000"),
                line("DfE", FundingType.GRANT, "2026/27", "£300,000", "£0")));

        assertThat(summary.years()).extracting(y -> y.year().toString()).containsExactly("2025/26", "2026/27");
        assertThat(summary.years().get(0).awarded()).isEqualTo(Money.parse("£600,000"));
        assertThat(summary.years().get(0).spent()).isEqualTo(Money.parse("£490,000"));
        assertThat(summary.overall().awarded()).isEqualTo(Money.parse("£900,000"));
    }

    @Test
    void theGapIsTheLastGrantLessWhatReplacesItInEachLaterYear() {
        FundingSummary summary = FundingSummary.of(List.of(
                line("DfE", FundingType.GRANT, "2025/26", "£500,000", "£0"),
                line("DfE", FundingType.GRANT, "2026/27", "£300,000", "£0"),
                line("Council", FundingType.COUNCIL_BUDGET, "2027/28", "£200,000", "£0"),
                line("ICB", FundingType.PARTNER_CONTRIBUTION, "2028/29", "£400,000", "£0")));

        assertThat(summary.lastGrantYear()).contains(FinancialYear.parse("2026/27"));
        assertThat(summary.grantEnding()).isEqualTo(Money.parse("£300,000"));
        assertThat(summary.gap()).hasSize(2);
        assertThat(summary.gap().get(0).replacement()).isEqualTo(Money.parse("£200,000"));
        assertThat(summary.gap().get(0).shortfall()).isEqualTo(Money.parse("£100,000"));
        assertThat(summary.gap().get(1).shortfall()).isEqualTo(Money.ZERO);
    }

    @Test
    void withNothingAfterTheLastGrantTheWholeGrantIsTheGapNextYear() {
        FundingSummary summary = FundingSummary.of(List.of(line("DfE", FundingType.GRANT, "2026/27", "£250,000", "£0")));

        assertThat(summary.gap()).singleElement().satisfies(y -> {
            assertThat(y.year()).isEqualTo(FinancialYear.parse("2027/28"));
            assertThat(y.shortfall()).isEqualTo(Money.parse("£250,000"));
        });
    }

    @Test
    void withoutGrantsThereIsNoGap() {
        FundingSummary summary = FundingSummary.of(List.of(line("Council", FundingType.COUNCIL_BUDGET, "2026/27", "£1", "£0")));

        assertThat(summary.lastGrantYear()).isEmpty();
        assertThat(summary.gap()).isEmpty();
    }

    private static FundingLine line(String source, FundingType type, String year, String awarded, String spent) {
        return new FundingLine(UUID.randomUUID(), source, type, FinancialYear.parse(year), Money.parse(awarded),
                Money.parse(spent), Money.parse(awarded), FundingStatus.AWARDED, null, null, NOW);
    }
}
