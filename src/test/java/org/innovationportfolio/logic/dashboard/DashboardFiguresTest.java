package org.innovationportfolio.logic.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.innovationportfolio.logic.portfolio.SampleStore;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
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
                    .filter(p -> p.rag().orElse(null) == rag).count());
        }
        int ragTotal = figures.byRag().values().stream().mapToInt(Integer::intValue).sum() + figures.withoutRag();
        assertThat(ragTotal).isEqualTo(projects.size());
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
    void latestRagChangesComeNewestFirst() {
        assertThat(figures.changes()).isNotEmpty().hasSizeLessThanOrEqualTo(DashboardFigures.MAX_CHANGES);
        assertThat(figures.changes()).extracting(DashboardFigures.StatusChange::date)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(figures.changes()).allSatisfy(change -> assertThat(change.from()).isNotEqualTo(change.to()));
    }
}
