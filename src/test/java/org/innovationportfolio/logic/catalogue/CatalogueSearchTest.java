package org.innovationportfolio.logic.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.logic.catalogue.CatalogueQuery.AdoptionState;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Programme;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching the shipped catalogue, read back from a real database holding the sample portfolio. */
class CatalogueSearchTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    static Path folder;

    private static Database database;
    private static List<Innovation> catalogue;
    private static Set<UUID> adopted;

    @BeforeAll
    static void loadTheSample() {
        database = Database.open(folder);
        SampleLoader.load(database.store(), CLOCK);
        catalogue = database.store().read(r -> r.catalogue().findAll());
        adopted = new Adoption(database.store(), CLOCK).adopted().keySet();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static List<Innovation> search(CatalogueQuery query) {
        return CatalogueSearch.filter(catalogue, query, adopted);
    }

    @Test
    void noQueryFindsTheWholeCatalogue() {
        assertThat(search(CatalogueQuery.ALL)).hasSize(160);
    }

    @Test
    void themeFindsTheCiiEntriesInThatPriorityArea() {
        assertThat(search(CatalogueQuery.ALL.withThemes(Set.of(Theme.TECHNOLOGICAL_INNOVATION)))).hasSize(15)
                .allMatch(e -> e.themes().contains(Theme.TECHNOLOGICAL_INNOVATION));
        assertThat(search(CatalogueQuery.ALL.withThemes(Set.of(Theme.TECHNOLOGICAL_INNOVATION,
                Theme.WORKFORCE_AND_ORGANISATION)))).hasSize(24);
    }

    @Test
    void strandFindsTheDfeProjectsListedUnderIt() {
        assertThat(search(CatalogueQuery.ALL.withStrands(Set.of(Strand.RETHINKING_SUPPORT_FOR_ADOLESCENTS)))).hasSize(21);
        assertThat(search(CatalogueQuery.ALL.withStrands(Set.of(Strand.values())))).hasSize(53);
    }

    @Test
    void themesAndStrandsAreAlternativesSinceNoEntryHasBoth() {
        List<Innovation> found = search(CatalogueQuery.ALL.withThemes(Set.of(Theme.TECHNOLOGICAL_INNOVATION))
                .withStrands(Set.of(Strand.RETHINKING_SUPPORT_FOR_ADOLESCENTS)));
        assertThat(found).hasSize(15 + 21)
                .allMatch(e -> e.themes().contains(Theme.TECHNOLOGICAL_INNOVATION)
                        || e.strand() == Strand.RETHINKING_SUPPORT_FOR_ADOLESCENTS);
    }

    @Test
    void programmeNarrowsBySource() {
        assertThat(search(CatalogueQuery.ALL.withProgrammes(Set.of(Programme.CII_COLLECTIVE_2022)))).hasSize(95);
        assertThat(search(CatalogueQuery.ALL.withProgrammes(Set.of(Programme.DFE_NEWSLETTER)))).hasSize(12);
    }

    @Test
    void textMatchesEveryWordIgnoringCaseAcrossTitleOrganisationsSummaryTargetGroupAndFacts() {
        assertThat(search(CatalogueQuery.ALL.withText("MOCKINGBIRD"))).hasSize(3);
        assertThat(search(CatalogueQuery.ALL.withText("north yorkshire"))).hasSize(3);
        assertThat(search(CatalogueQuery.ALL.withText("care leavers"))).hasSize(9);
        assertThat(search(CatalogueQuery.ALL.withText("mockingbird zebra"))).isEmpty();
    }

    @Test
    void adoptionStateSplitsTheCatalogueByWhatThePortfolioAdopts() {
        assertThat(search(CatalogueQuery.ALL.withAdoption(AdoptionState.ADOPTED))).hasSize(13)
                .allMatch(e -> adopted.contains(e.id()));
        assertThat(search(CatalogueQuery.ALL.withAdoption(AdoptionState.NOT_ADOPTED))).hasSize(147);
    }

    @Test
    void filtersCombine() {
        List<Innovation> found = search(new CatalogueQuery(Set.of(), Set.of(Strand.RETHINKING_SUPPORT_FOR_ADOLESCENTS),
                Set.of(), "north yorkshire", AdoptionState.ADOPTED));
        assertThat(found).extracting(Innovation::key).containsExactly("dfe-north-yorkshire-no-wrong-door");
    }

    @Test
    void themesAndStrandsReadAsPeopleTypeThem() {
        assertThat(CatalogueTerms.theme("early-intervention-and-early-help")).contains(Theme.EARLY_INTERVENTION_AND_EARLY_HELP);
        assertThat(CatalogueTerms.theme("TECHNOLOGICAL_INNOVATION")).contains(Theme.TECHNOLOGICAL_INNOVATION);
        assertThat(CatalogueTerms.theme("Technological innovation")).contains(Theme.TECHNOLOGICAL_INNOVATION);
        assertThat(CatalogueTerms.strand("rethinking-childrens-social-work")).contains(Strand.RETHINKING_CHILDRENS_SOCIAL_WORK);
        assertThat(CatalogueTerms.strand("Rethinking children's social work")).contains(Strand.RETHINKING_CHILDRENS_SOCIAL_WORK);
        assertThat(CatalogueTerms.theme("early help")).isEmpty();
    }
}
