package org.innovationportfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Milestone milestone(LocalDate baseline, LocalDate forecast, LocalDate completed, MilestoneStatus status) {
        return new Milestone(UUID.randomUUID(), "Go live", baseline, forecast, completed, status, "A. Officer", NOW);
    }

    @Test
    void aStageChangeMustMoveToAnotherStageAndProjectsKeepTheirNewestFirst() {
        Instant at = Instant.parse("2025-03-01T10:00:00Z");
        assertThatThrownBy(() -> StageChange.of(Stage.APPROVED, Stage.APPROVED, LocalDate.of(2025, 3, 3), at))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("different stage");
        Project project = Project.create("Pause", null, at)
                .movedTo(Stage.BUSINESS_CASE, LocalDate.of(2025, 3, 3), at)
                .movedTo(Stage.BUSINESS_CASE, LocalDate.of(2025, 3, 4), at)
                .movedTo(Stage.APPROVED, LocalDate.of(2025, 4, 7), at);
        assertThat(project.stage()).isEqualTo(Stage.APPROVED);
        assertThat(project.stageHistory()).extracting(StageChange::from, StageChange::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Stage.BUSINESS_CASE, Stage.APPROVED),
                org.assertj.core.groups.Tuple.tuple(Stage.EXPLORING, Stage.BUSINESS_CASE));
    }

    @Test
    void slippageIsForecastMinusBaseline() {
        assertThat(milestone(TODAY, TODAY.plusDays(45), null, MilestoneStatus.IN_PROGRESS).slippageDays()).isEqualTo(45);
        assertThat(milestone(TODAY, TODAY.minusDays(3), null, MilestoneStatus.IN_PROGRESS).slippageDays()).isEqualTo(-3);
        assertThat(milestone(null, TODAY, null, MilestoneStatus.NOT_STARTED).slippageDays()).isZero();
    }

    @Test
    void completedMilestoneSlippageUsesTheCompletionDate() {
        Milestone done = milestone(TODAY.minusDays(30), TODAY.minusDays(20), TODAY.minusDays(10), MilestoneStatus.IN_PROGRESS);
        assertThat(done.status()).isEqualTo(MilestoneStatus.COMPLETE);
        assertThat(done.slippageDays()).isEqualTo(20);
        assertThat(done.isOverdue(TODAY)).isFalse();
    }

    @Test
    void overdueAndDueSoonAreJudgedOnTheForecast() {
        Milestone late = milestone(TODAY.minusDays(60), TODAY.minusDays(1), null, MilestoneStatus.IN_PROGRESS);
        Milestone soon = milestone(TODAY.minusDays(60), TODAY.plusDays(90), null, MilestoneStatus.IN_PROGRESS);
        Milestone later = milestone(TODAY, TODAY.plusDays(91), null, MilestoneStatus.NOT_STARTED);
        assertThat(late.isOverdue(TODAY)).isTrue();
        assertThat(soon.isOverdue(TODAY)).isFalse();
        assertThat(soon.isDueWithin(TODAY, 90)).isTrue();
        assertThat(later.isDueWithin(TODAY, 90)).isFalse();
    }

    @Test
    void riskScoreIsLikelihoodTimesImpactOnOneToFive() {
        Risk risk = new Risk(UUID.randomUUID(), "Recruitment of staff", 4, 5, null, null, RiskStatus.OPEN, NOW);
        assertThat(risk.score()).isEqualTo(20);
        assertThatThrownBy(() -> new Risk(UUID.randomUUID(), "x", 9, 1, null, null, RiskStatus.OPEN, NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Likelihood must be from 1 to 5");
        assertThatThrownBy(() -> new Risk(UUID.randomUUID(), "x", 1, 0, null, null, RiskStatus.OPEN, NOW))
                .hasMessageContaining("Impact");
    }

    @Test
    void fundingRefusesNegativeAmounts() {
        assertThatThrownBy(() -> new FundingLine(UUID.randomUUID(), "DfE", FundingType.GRANT, new FinancialYear(2025),
                Money.ofPence(-1), null, null, FundingStatus.AWARDED, null, null, NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("cannot be negative");
    }

    @Test
    void projectRefusesEndBeforeStartAndBlankTitle() {
        Project blank = Project.create("Mockingbird", null, NOW);
        assertThatThrownBy(() -> new Project(blank.id(), "Mockingbird", null, Stage.EXPLORING, null, null, null,
                TODAY, TODAY.minusDays(1), null, null, null, null, null, null, null, null, null, null,
                blank.provenance(), NOW, NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> Project.create("   ", null, NOW)).hasMessageContaining("title is required");
    }

    @Test
    void refusesAbsurdlyLongTitles() {
        String huge = "x".repeat(Checks.SHORT_TEXT + 1);
        assertThatThrownBy(() -> Project.create(huge, null, NOW))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("too long");
    }

    @Test
    void currentStatusIsTheNewestAndFundingTotalsAddUp() {
        StatusUpdate older = new StatusUpdate(UUID.randomUUID(), TODAY.minusMonths(2), Rag.RED, "Recruitment stalled", null, NOW);
        StatusUpdate newer = new StatusUpdate(UUID.randomUUID(), TODAY, Rag.AMBER, "Two posts filled", null, NOW);
        FundingLine grant = new FundingLine(UUID.randomUUID(), "DfE", FundingType.GRANT, FinancialYear.of(TODAY),
                Money.parse("£250k"), Money.parse("£100k"), Money.parse("£240k"), FundingStatus.RECEIVED, null, null, NOW);
        FundingLine base = new FundingLine(UUID.randomUUID(), "Council base budget", FundingType.COUNCIL_BUDGET,
                FinancialYear.of(TODAY).next(), Money.parse("£300,000"), null, null, FundingStatus.AWARDED, null, null, NOW);
        Project project = Project.create("No Wrong Door", null, NOW)
                .withStatusHistory(List.of(older, newer), NOW);
        project = new Project(project.id(), project.title(), null, Stage.DELIVERING, null, null, null, null, null, null,
                null, List.of("adolescents", "adolescents", " "), null, project.statusHistory(), null,
                List.of(base, grant), null, null, null, project.provenance(), NOW, NOW);
        assertThat(project.rag()).contains(Rag.AMBER);
        assertThat(project.tags()).containsExactly("adolescents");
        assertThat(project.awardedIn(FinancialYear.of(TODAY))).isEqualTo(Money.parse("£250,000"));
        assertThat(project.totalAwarded()).isEqualTo(Money.parse("£550k"));
        assertThat(project.funding().get(0)).isEqualTo(grant);
    }

    @Test
    void outcomeTargetRespectsDirection() {
        OutcomeActual actual = new OutcomeActual(UUID.randomUUID(), TODAY, new BigDecimal("42"), null, NOW);
        OutcomeMeasure up = new OutcomeMeasure(UUID.randomUUID(), "Children safely at home", "children",
                OutcomeDirection.HIGHER_IS_BETTER, new BigDecimal("30"), null, new BigDecimal("40"), null, List.of(actual), NOW);
        OutcomeMeasure down = new OutcomeMeasure(UUID.randomUUID(), "Days to placement", "days",
                OutcomeDirection.LOWER_IS_BETTER, new BigDecimal("60"), null, new BigDecimal("40"), null, List.of(actual), NOW);
        assertThat(up.targetMet()).isTrue();
        assertThat(down.targetMet()).isFalse();
    }

    @Test
    void stagesKeepTheirOrderAndParseByLabel() {
        assertThat(Stage.pipeline()).startsWith(Stage.EXPLORING, Stage.BUSINESS_CASE).doesNotContain(Stage.STOPPED);
        assertThat(Stage.parse("business case")).isEqualTo(Stage.BUSINESS_CASE);
        assertThat(Stage.parse("BUSINESS_CASE")).isEqualTo(Stage.BUSINESS_CASE);
        assertThatThrownBy(() -> Stage.parse("Done")).hasMessageContaining("Exploring");
        assertThat(Rag.parse("a")).isEqualTo(Rag.AMBER);
        assertThatThrownBy(() -> Rag.parse("Blue")).hasMessageContaining("Red, Amber or Green");
    }

    @Test
    void shippedCatalogueIdsAreStable() {
        assertThat(Innovation.stableId("dfe-hertfordshire-family-safeguarding"))
                .isEqualTo(Innovation.stableId("dfe-hertfordshire-family-safeguarding"))
                .hasToString(UUID.nameUUIDFromBytes("innovation-portfolio:catalogue:dfe-hertfordshire-family-safeguarding"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    }
}
