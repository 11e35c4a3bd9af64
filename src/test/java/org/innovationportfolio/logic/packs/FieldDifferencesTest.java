package org.innovationportfolio.logic.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Money;
import org.junit.jupiter.api.Test;

class FieldDifferencesTest {

    static final Instant T0 = Instant.parse("2025-06-01T09:00:00Z");
    static final UUID ID = UUID.randomUUID();

    @Test
    void onlyTheFieldsThatDifferAreListedByTheirPlainNamesInFormOrder() {
        Milestone mine = new Milestone(ID, "Hub opens", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 2), null,
                MilestoneStatus.IN_PROGRESS, "Ffion", T0);
        Milestone theirs = new Milestone(ID, "Hub opens", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 14), null,
                MilestoneStatus.IN_PROGRESS, null, T0.plusSeconds(3600));

        assertThat(FieldDifferences.between(mine, theirs)).containsExactly(
                new FieldDifference("Forecast date", "2 Jun 2025", "14 Jul 2025"),
                new FieldDifference("Owner", "Ffion", "(blank)"),
                new FieldDifference("Last changed", "1 Jun 2025 at 09:00 UTC", "1 Jun 2025 at 10:00 UTC"));
    }

    @Test
    void moneyAndLabelsAreShownAsPeopleReadThem() {
        FundingLine mine = new FundingLine(ID, "DfE", FundingType.GRANT, new FinancialYear(2025),
                Money.ofPounds(100_000), Money.ZERO, Money.ofPounds(90_000), FundingStatus.AWARDED, null, null, T0);
        FundingLine theirs = new FundingLine(ID, "DfE", FundingType.GRANT, new FinancialYear(2025),
                Money.ofPounds(120_000), Money.ZERO, Money.ofPounds(90_000), FundingStatus.AWARDED, null, null, T0);

        assertThat(FieldDifferences.between(mine, theirs)).containsExactly(
                new FieldDifference("Awarded", Money.ofPounds(100_000).toString(), Money.ofPounds(120_000).toString()));
        assertThat(Money.ofPounds(100_000).toString()).isEqualTo("£100,000.00");
    }
}
