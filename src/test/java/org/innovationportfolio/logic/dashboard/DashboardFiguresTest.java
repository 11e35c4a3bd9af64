package org.innovationportfolio.logic.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.logic.dashboard.DashboardFigures.ProjectChange;
import org.innovationportfolio.logic.dashboard.DashboardFigures.StageMove;
import org.innovationportfolio.logic.dashboard.DashboardFigures.StatusChange;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.portfolio.SampleStore;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StatusUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardFiguresTest {

    @TempDir
    static Path folder;
    private static SampleStore sample;
    private static List<Project> projects;
    private static DashboardFigures figures;
    private static final LocalDate TODAY = LocalDate.now(SampleStore.CLOCK);

    @BeforeAll
    static void loadSample() {
        sample = new SampleStore(folder);
        projects = sample.store().read(repositories -> repositories.projects().findAll());
        figures = new DashboardReader(sample.store(), SampleStore.CLOCK).figures();
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    @Test
    void overdueMilestonesAreCountedAsTheStoreHasThem() {
        long overdue = projects.stream().flatMap(p -> p.milestones().stream()).filter(m -> m.isOverdue(TODAY)).count();
        assertThat(figures.overdueCount()).isEqualTo((int) overdue).isPositive();
        assertThat(figures.overdue()).allSatisfy(m -> assertThat(m.due()).isBefore(TODAY));
        long dueSoon = projects.stream().flatMap(p -> p.milestones().stream())
                .filter(m -> m.isDueWithin(TODAY, 90)).count();
        assertThat(figures.dueSoon()).hasSize((int) dueSoon);
    }

    @Test
    void everyStageAndRagIsCountedAndTheCountsAddUp() {
        for (Stage stage : Stage.values()) {
            assertThat(figures.byStage().get(stage)).as(stage.label())
                    .isEqualTo((int) projects.stream().filter(p -> p.stage() == stage).count());
        }
        for (Rag rag : Rag.values()) {
            assertThat(figures.byRag().get(rag)).isEqualTo((int) projects.stream()
                    .filter(p -> p.stage().isOpen() && p.rag().orElse(null) == rag).count());
        }
        int ragTotal = figures.byRag().values().stream().mapToInt(Integer::intValue).sum() + figures.withoutRag();
        assertThat(ragTotal + figures.rags().closed() + figures.rags().stopped()).isEqualTo(projects.size());
        assertThat(figures.rags().closed()).isEqualTo(figures.byStage().get(Stage.CLOSED)).isPositive();
        assertThat(figures.rags().stopped()).isEqualTo(figures.byStage().get(Stage.STOPPED)).isPositive();
    }

    @Test
    void theRedListHasOnlyProjectsUnderWayAndAStoppedRedPilotIsLeftOut() {
        Project stoppedRed = projects.stream().filter(p -> p.stage() == Stage.STOPPED && p.rag().orElse(null) == Rag.RED)
                .findFirst().orElseThrow();

        assertThat(figures.rags().red()).extracting(RagFigures.RedProject::title)
                .containsExactlyElementsOf(projects.stream().filter(p -> p.stage().isOpen() && p.rag().orElse(null) == Rag.RED)
                        .map(Project::title).sorted(String.CASE_INSENSITIVE_ORDER).toList())
                .isNotEmpty().doesNotContain(stoppedRed.title());
        assertThat(figures.byRag().get(Rag.RED)).isEqualTo(figures.rags().red().size());
    }

    @Test
    void aRagOlderThanTheStoredThresholdIsStaleAndOnlyProjectsUnderWayAreJudged(@TempDir Path own) {
        try (SampleStore store = new SampleStore(own)) {
            store.store().writing(r -> r.settings().put(SettingKeys.RAG_STALE_AFTER_WEEKS, "1"));

            RagFigures rags = new DashboardReader(store.store(), SampleStore.CLOCK).figures().rags();

            long older = projects.stream().filter(p -> p.stage().isOpen() && p.currentStatus()
                    .map(s -> s.date().isBefore(TODAY.minusWeeks(1))).orElse(false)).count();
            assertThat(rags.staleness().weeks()).isEqualTo(1);
            assertThat(rags.stale()).isEqualTo((int) older).isPositive();
            assertThat(figures.rags().staleness().weeks()).isEqualTo(6);
            assertThat(figures.rags().stale()).isLessThan(rags.stale());
        }
    }

    @Test
    void fundingThisYearAddsUpEveryLineOfTheYearBySource() {
        FinancialYear year = FinancialYear.of(TODAY);
        Money awarded = projects.stream().flatMap(p -> p.funding().stream()).filter(f -> f.year().equals(year))
                .map(FundingLine::awarded).reduce(Money.ZERO, Money::plus);
        assertThat(figures.thisYear().total().awarded()).isEqualTo(awarded);
        assertThat(figures.thisYear().sources().stream().map(FundingYear.Amounts::awarded)
                .reduce(Money.ZERO, Money::plus)).isEqualTo(awarded);
        assertThat(figures.nextYear().year()).isEqualTo(year.next());
    }

    @Test
    void latestRagAndStageChangesComeTogetherNewestFirst() {
        assertThat(figures.changes()).hasSize(DashboardFigures.MAX_CHANGES);
        assertThat(figures.changes()).extracting(ProjectChange::date)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(figures.changes()).hasAtLeastOneElementOfType(StatusChange.class)
                .hasAtLeastOneElementOfType(StageMove.class);
        assertThat(figures.changes()).filteredOn(StatusChange.class::isInstance).map(StatusChange.class::cast)
                .allSatisfy(change -> assertThat(change.from()).isNotEqualTo(change.to()));
        // Nothing left out is newer than the oldest shown.
        LocalDate oldestShown = figures.changes().get(figures.changes().size() - 1).date();
        long newer = projects.stream().flatMap(p -> p.stageHistory().stream())
                .filter(c -> c.changedOn().isAfter(oldestShown)).count();
        assertThat(figures.changes().stream().filter(StageMove.class::isInstance)
                .filter(c -> c.date().isAfter(oldestShown)).count()).isEqualTo(newer);
    }

    @Test
    void aStageMoveAndARagChangeAreListedByDateWithTheirWordsAndProject() {
        LocalDate today = LocalDate.of(2025, 3, 10);
        Instant at = Instant.parse("2025-03-01T10:00:00Z");
        Project project = Project.create("Staying Close", null, at)
                .withStatusHistory(List.of(
                        new StatusUpdate(UUID.randomUUID(), LocalDate.of(2025, 1, 6), Rag.AMBER, null, null, at),
                        new StatusUpdate(UUID.randomUUID(), LocalDate.of(2025, 3, 3), Rag.RED, "Late", null, at)), at)
                .movedTo(Stage.BUSINESS_CASE, LocalDate.of(2025, 2, 3), at)
                .movedTo(Stage.APPROVED, LocalDate.of(2025, 3, 7), at);
        Project other = Project.create("Mockingbird", null, at)
                .movedTo(Stage.BUSINESS_CASE, LocalDate.of(2025, 3, 5), at);

        List<ProjectChange> changes = DashboardFigures.of(List.of(project, other), today).changes();

        assertThat(changes).containsExactly(
                new StageMove(project.id(), "Staying Close", LocalDate.of(2025, 3, 7), Stage.BUSINESS_CASE,
                        Stage.APPROVED),
                new StageMove(other.id(), "Mockingbird", LocalDate.of(2025, 3, 5), Stage.EXPLORING,
                        Stage.BUSINESS_CASE),
                new StatusChange(project.id(), "Staying Close", LocalDate.of(2025, 3, 3), Rag.AMBER, Rag.RED, "Late"),
                new StageMove(project.id(), "Staying Close", LocalDate.of(2025, 2, 3), Stage.EXPLORING,
                        Stage.BUSINESS_CASE),
                new StatusChange(project.id(), "Staying Close", LocalDate.of(2025, 1, 6), null, Rag.AMBER, null));
    }

    @Test
    void onlyTheLatestEightChangesAreListed() {
        Instant at = Instant.parse("2025-01-01T10:00:00Z");
        Project project = Project.create("Busy", null, at);
        LocalDate day = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < 12; i++) {
            project = project.movedTo(i % 2 == 0 ? Stage.BUSINESS_CASE : Stage.EXPLORING, day.plusDays(i), at);
        }
        List<ProjectChange> changes = DashboardFigures.of(List.of(project), day.plusDays(20)).changes();
        assertThat(changes).hasSize(DashboardFigures.MAX_CHANGES);
        assertThat(changes.get(0).date()).isEqualTo(day.plusDays(11));
        assertThat(changes.get(7).date()).isEqualTo(day.plusDays(4));
    }

    @Test
    void aStoppedOrClosedProjectsOpenMilestonesAreNeitherOverdueNorComingUp() {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        List<Project> withEnded = new java.util.ArrayList<>(projects);
        for (Stage stage : List.of(Stage.STOPPED, Stage.CLOSED)) {
            withEnded.add(Project.create("Ended " + stage.label(), null, now).withStage(stage, now).withMilestones(List.of(
                    new org.innovationportfolio.model.Milestone(UUID.randomUUID(), "Past its date", TODAY.minusDays(30), null,
                            null, org.innovationportfolio.model.MilestoneStatus.IN_PROGRESS, null, now),
                    new org.innovationportfolio.model.Milestone(UUID.randomUUID(), "Coming up", TODAY.plusDays(10), null,
                            null, org.innovationportfolio.model.MilestoneStatus.NOT_STARTED, null, now)), now));
        }

        DashboardFigures ended = DashboardFigures.of(withEnded, TODAY);

        assertThat(ended.overdueCount()).isEqualTo(figures.overdueCount());
        assertThat(ended.overdueProjects()).isEqualTo(figures.overdueProjects());
        assertThat(ended.dueSoon()).hasSameSizeAs(figures.dueSoon());
        assertThat(org.innovationportfolio.logic.portfolio.PortfolioListing.rowOf(
                org.innovationportfolio.model.ProjectSummary.of(withEnded.get(withEnded.size() - 1)),
                java.util.Map.of(), TODAY).overdueMilestones()).isZero();
    }
}
