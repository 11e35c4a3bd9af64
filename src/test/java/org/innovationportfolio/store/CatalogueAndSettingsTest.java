package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.CatalogueSource;
import org.innovationportfolio.model.Innovation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalogue and settings repositories, on Derby and on PostgreSQL. */
@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
class CatalogueAndSettingsTest {

    @TempDir
    static Path folder;
    static TestPortfolio database;
    static Store store;

    // Set by JUnit for each run of the class: once on Derby, once on PostgreSQL.
    @Parameter
    Engine engine;

    /** Opens the engine's portfolio before the first test of each run of the class. */
    @BeforeEach
    void open() {
        if (database == null) {
            database = TestPortfolio.open(engine, folder);
        }
        store = database.store();
    }

    @AfterParameterizedClassInvocation
    static void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    @Test
    void innovationWithFactsAwardEvidenceAndThemesRoundTrips() {
        Innovation original = TestData.fullInnovation("no-wrong-door-" + UUID.randomUUID());
        store.writing(r -> r.catalogue().save(original));

        Optional<Innovation> loaded = store.read(r -> r.catalogue().find(original.id()));

        assertThat(loaded).contains(original);
        assertThat(loaded.orElseThrow().leadOrganisations())
                .containsExactly("North Yorkshire County Council", "Zeta Partnership", "Alpha Trust");
    }

    @Test
    void innovationWithOnlyWhatIsRequiredRoundTrips() {
        Innovation bare = TestData.bareInnovation("bare-" + UUID.randomUUID());
        store.writing(r -> r.catalogue().save(bare));

        Optional<Innovation> loaded = store.read(r -> r.catalogue().find(bare.id()));

        assertThat(loaded).contains(bare);
    }

    @Test
    void savingAnInnovationAgainReplacesItsListsAndFacts() {
        Innovation original = TestData.fullInnovation("replace-" + UUID.randomUUID());
        store.writing(r -> r.catalogue().save(original));
        Innovation edited = new Innovation(original.id(), original.key(), "Edited title", original.programme(), null,
                null, List.of("Only lead"), null, null, null, null, null, List.of(), null, true, true,
                TestData.at(77));

        store.writing(r -> r.catalogue().save(edited));

        Optional<Innovation> loaded = store.read(r -> r.catalogue().find(original.id()));
        assertThat(loaded).contains(edited);
    }

    @Test
    void findAllReturnsEveryEntryOrderedByTitle() {
        Innovation a = TestData.bareInnovation("order-a-" + UUID.randomUUID());
        Innovation full = TestData.fullInnovation("order-full-" + UUID.randomUUID());
        store.writing(r -> {
            r.catalogue().save(full);
            r.catalogue().save(a);
        });

        List<Innovation> all = store.read(r -> r.catalogue().findAll());
        int count = store.read(r -> r.catalogue().count());

        assertThat(all).contains(a, full);
        assertThat(all).extracting(Innovation::title).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(count).isEqualTo(all.size());
    }

    @Test
    void sourcesAreInsertedAndReplaced() {
        String id = "dfe-" + UUID.randomUUID();
        store.writing(r -> r.catalogue().saveSource(new CatalogueSource(id, "dfe.pdf", "Evaluation ŵ", "2017")));
        store.writing(r -> r.catalogue().saveSource(new CatalogueSource(id, null, "Evaluation, revised", null)));

        List<CatalogueSource> sources = store.read(r -> r.catalogue().sources());

        assertThat(sources).filteredOn(s -> s.id().equals(id))
                .containsExactly(new CatalogueSource(id, null, "Evaluation, revised", null));
    }

    @Test
    void settingsArePutReplacedAndRemoved() {
        store.writing(r -> r.settings().put(SettingKeys.COUNCIL_NAME, "Cyngor Sir Ŵyn £"));
        store.writing(r -> r.settings().put(SettingKeys.COUNCIL_NAME, "Anyshire County Council"));
        Optional<String> council = store.read(r -> r.settings().get(SettingKeys.COUNCIL_NAME));
        assertThat(council).contains("Anyshire County Council");

        store.writing(r -> r.settings().remove(SettingKeys.COUNCIL_NAME));

        Optional<String> removed = store.read(r -> r.settings().get(SettingKeys.COUNCIL_NAME));
        Optional<String> never = store.read(r -> r.settings().get("never.set"));
        assertThat(removed).isEmpty();
        assertThat(never).isEmpty();
    }
}
