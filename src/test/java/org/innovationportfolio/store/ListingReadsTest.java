package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectSummary;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lean reads behind the portfolio list ({@code findAllForListing}) against the whole reads, over the
 * shipped sample in a real database: the same records in the same order, less exactly what they leave
 * out, in fewer queries.
 */
class ListingReadsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    static Path folder;
    private static Database database;
    private static Project bare;

    @BeforeAll
    static void loadSample() {
        database = Database.open(folder);
        SampleLoader.load(database.store(), CLOCK);
        bare = TestData.bareProject("A project with no records yet");
        database.store().writing(r -> r.projects().save(bare));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void summariesAreTheWholeProjectsSummarisedInTheSameOrder() {
        List<Project> whole = database.store().read(r -> r.projects().findAll());
        List<ProjectSummary> lean = database.store().read(r -> r.projects().findAllForListing());

        // The sample must hold each left-out kind of record, or the comparison below would prove nothing.
        assertThat(whole).anyMatch(p -> !p.risks().isEmpty()).anyMatch(p -> !p.notes().isEmpty())
                .anyMatch(p -> !p.outcomes().isEmpty()).anyMatch(p -> !p.stageHistory().isEmpty())
                .anyMatch(p -> !p.partners().isEmpty()).anyMatch(p -> !p.tags().isEmpty())
                .anyMatch(p -> !p.funding().isEmpty()).anyMatch(p -> !p.milestones().isEmpty())
                .anyMatch(p -> !p.statusHistory().isEmpty());
        assertThat(lean).containsExactlyElementsOf(whole.stream().map(ProjectSummary::of).toList());
    }

    @Test
    void aProjectWithNoChildRecordsIsSummarisedAsItIsWhole() {
        List<ProjectSummary> lean = database.store().read(r -> r.projects().findAllForListing());

        assertThat(lean).filteredOn(p -> p.id().equals(bare.id())).containsExactly(ProjectSummary.of(bare));
    }

    @Test
    void leanCatalogueHasEachEntrysRowAndThemesButNoOrganisationsPartnersFactsOrCitations() {
        List<Innovation> whole = database.store().read(r -> r.catalogue().findAll());
        List<Innovation> lean = database.store().read(r -> r.catalogue().findAllForListing());

        assertThat(whole).anyMatch(i -> !i.themes().isEmpty()).anyMatch(i -> i.strand() != null)
                .anyMatch(i -> !i.leadOrganisations().isEmpty()).anyMatch(i -> !i.facts().isEmpty())
                .anyMatch(i -> !i.sources().isEmpty());
        assertThat(lean).containsExactlyElementsOf(whole.stream().map(ListingReadsTest::withoutLists).toList());
    }

    @Test
    void leanReadsCostSixAndTwoQueriesAndTheListingNoMore() {
        PortfolioListing listing = new PortfolioListing(database.store(), CLOCK);

        assertThat(statementsRunBy(() -> database.store().read(r -> r.projects().findAllForListing())))
                .as("project, tags, partners, status updates, milestones, funding lines").isEqualTo(6);
        assertThat(statementsRunBy(() -> database.store().read(r -> r.catalogue().findAllForListing())))
                .as("innovation, themes").isEqualTo(2);
        assertThat(statementsRunBy(listing::search)).isEqualTo(8);
        assertThat(statementsRunBy(listing::rows)).isEqualTo(8);
        // The whole reads, for comparison: what the listing made before.
        assertThat(statementsRunBy(() -> database.store().read(r -> r.projects().findAll()))).isEqualTo(11);
        assertThat(statementsRunBy(() -> database.store().read(r -> r.catalogue().findAll()))).isEqualTo(6);
    }

    private static int statementsRunBy(Supplier<?> work) {
        List<String> statements = new ArrayList<>();
        database.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.add(context.getRenderedSql());
            }
        });
        try {
            work.get();
        } finally {
            database.jdbi().setSqlLogger(new SqlLogger() { });
        }
        return statements.size();
    }

    private static Innovation withoutLists(Innovation i) {
        return new Innovation(i.id(), i.key(), i.title(), i.programme(), i.strand(), i.themes(), List.of(), List.of(),
                i.summary(), i.targetGroup(), i.evidence(), i.award(), List.of(), List.of(), i.shipped(),
                i.editedByUser(), i.lastModified());
    }
}
