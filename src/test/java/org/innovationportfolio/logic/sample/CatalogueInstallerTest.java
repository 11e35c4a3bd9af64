package org.innovationportfolio.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.CatalogueSource;
import org.innovationportfolio.model.Evidence;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Programme;
import org.innovationportfolio.model.SourceRef;
import org.innovationportfolio.model.Theme;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueInstallerTest {

    private static final String PROGRAMME_KEY = "news-csc-innovation-programme";
    private static final List<SourceRef> BOTH_CITATIONS = List.of(
            new SourceRef("dfe-newsletter-2020-07",
                    "Graham Archer, Director of Children's Social Care, Improvement and Learning"),
            new SourceRef("dfe-innovation-news",
                    "Innovation News – large-scale projects to transform children's social care"));

    private static final Clock FIRST_START = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock LATER_START = Clock.fixed(Instant.parse("2027-02-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Database database;
    private Store store;
    private final Catalogue shipped = ShippedCatalogue.bundled().catalogue();

    @BeforeEach
    void open() {
        database = Database.open(folder);
        store = database.store();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void firstStartAddsEveryShippedEntryAndRecordsTheVersion() {
        CatalogueInstall result = CatalogueInstaller.installOrUpdate(store, ShippedCatalogue.bundled(), FIRST_START);

        assertThat(result).isEqualTo(new CatalogueInstall(shipped.version(), shipped.innovations().size(), 0, 0));
        assertThat(catalogueCount()).isEqualTo(shipped.innovations().size());
        assertThat(sources()).hasSameSizeAs(shipped.sources());
        assertThat(recordedVersion()).contains(shipped.version());
        assertThat(catalogue())
                .allMatch(i -> i.shipped() && !i.editedByUser() && i.lastModified().equals(FIRST_START.instant()));
    }

    @Test
    void laterStartsWithTheSameVersionChangeNothing() {
        CatalogueInstaller.installOrUpdate(store, ShippedCatalogue.bundled(), FIRST_START);
        List<Innovation> before = catalogue();

        CatalogueInstall again = CatalogueInstaller.installOrUpdate(store, ShippedCatalogue.bundled(), LATER_START);

        assertThat(again.changedNothing()).isTrue();
        assertThat(again.kept()).isEqualTo(shipped.innovations().size());
        assertThat(catalogue()).isEqualTo(before);
    }

    @Test
    void newVersionUpdatesUneditedEntriesAndLeavesTheUsersWorkAlone() {
        CatalogueInstaller.installOrUpdate(store, ShippedCatalogue.bundled(), FIRST_START);
        Innovation edited = shipped.innovations().get(0);
        Innovation unedited = shipped.innovations().get(1);
        Innovation untouched = shipped.innovations().get(2);
        Innovation usersEdit = copy(edited, "The summary as the officer rewrote it.", true, FIRST_START.instant());
        Innovation usersOwn = new Innovation(UUID.fromString("0f6e1c1e-7a55-4c61-9a0b-3f1d2a4b5c6d"), "my-own-entry",
                "Our own practice model", Programme.USER, null, Set.of(Theme.WORKFORCE_AND_ORGANISATION), List.of("Us"),
                List.of(), "Written by the officer.", null, Evidence.UNKNOWN, null, List.of(), null, false, false,
                FIRST_START.instant());
        store.writing(r -> {
            r.catalogue().save(usersEdit);
            r.catalogue().save(usersOwn);
        });

        Innovation brandNew = new Innovation(Innovation.stableId("test-brand-new-entry"), "test-brand-new-entry",
                "A brand new shipped entry", Programme.DFE_NEWSLETTER, null, Set.of(), List.of("Somewhere Council"),
                List.of(), "New in the next release.", null, Evidence.UNKNOWN, null, List.of(), null, true, false,
                ShippedCatalogue.NOT_YET_INSTALLED);
        List<Innovation> nextEntries = new ArrayList<>(shipped.innovations());
        nextEntries.set(0, copy(edited, "The next release's summary.", false, ShippedCatalogue.NOT_YET_INSTALLED));
        nextEntries.set(1, copy(unedited, "The next release's better summary.", false, ShippedCatalogue.NOT_YET_INSTALLED));
        nextEntries.add(brandNew);
        Catalogue next = new Catalogue(shipped.version() + "-next", shipped.sources(), nextEntries);

        CatalogueInstall result = CatalogueInstaller.installOrUpdate(store, ShippedCatalogue.of(next), LATER_START);

        assertThat(result).isEqualTo(new CatalogueInstall(next.version(), 1, 1, shipped.innovations().size()));
        assertThat(find(edited.id())).isEqualTo(usersEdit);
        assertThat(find(usersOwn.id())).isEqualTo(usersOwn);
        assertThat(find(unedited.id()).summary()).isEqualTo("The next release's better summary.");
        assertThat(find(unedited.id()).lastModified()).isEqualTo(LATER_START.instant());
        assertThat(find(untouched.id()).lastModified()).isEqualTo(FIRST_START.instant());
        assertThat(find(brandNew.id()).title()).isEqualTo("A brand new shipped entry");
        assertThat(recordedVersion()).contains(next.version());
    }

    @Test
    void theProgrammeEntryCitesTheForewordAndTheIntroduction() {
        CatalogueInstaller.installOrUpdate(store, ShippedCatalogue.bundled(), FIRST_START);

        assertThat(find(Innovation.stableId(PROGRAMME_KEY)).sources()).containsExactlyElementsOf(BOTH_CITATIONS);
    }

    @Test
    void anUpgradeAddsTheSecondCitationToAnEntryTheUserEditedAndKeepsTheEdit() {
        Innovation shippedEntry = shipped.innovations().stream().filter(i -> i.key().equals(PROGRAMME_KEY))
                .findFirst().orElseThrow();
        List<Innovation> oldEntries = shipped.innovations().stream()
                .map(i -> i == shippedEntry ? citing(i, BOTH_CITATIONS.subList(0, 1)) : i).toList();
        Catalogue old = new Catalogue("2026.12.1", shipped.sources(), oldEntries);
        CatalogueInstaller.installOrUpdate(store, ShippedCatalogue.of(old), FIRST_START);
        Innovation usersEdit = copy(find(shippedEntry.id()), "The summary as the officer rewrote it.", true,
                FIRST_START.instant());
        store.writing(r -> r.catalogue().save(usersEdit));

        CatalogueInstaller.installOrUpdate(store, ShippedCatalogue.bundled(), LATER_START);

        Innovation after = find(shippedEntry.id());
        assertThat(after.sources()).containsExactlyElementsOf(BOTH_CITATIONS);
        assertThat(after.summary()).isEqualTo("The summary as the officer rewrote it.");
        assertThat(after.editedByUser()).isTrue();
        assertThat(citing(after, usersEdit.sources())).isEqualTo(usersEdit);
    }

    private int catalogueCount() {
        return store.read(r -> r.catalogue().count());
    }

    private List<CatalogueSource> sources() {
        return store.read(r -> r.catalogue().sources());
    }

    private List<Innovation> catalogue() {
        return store.read(r -> r.catalogue().findAll());
    }

    private Optional<String> recordedVersion() {
        return store.read(r -> r.settings().get(SettingKeys.CATALOGUE_VERSION));
    }

    private Innovation find(UUID id) {
        return store.read(r -> r.catalogue().find(id)).orElseThrow();
    }

    private static Innovation copy(Innovation e, String summary, boolean editedByUser, Instant at) {
        return new Innovation(e.id(), e.key(), e.title(), e.programme(), e.strand(), e.themes(), e.leadOrganisations(),
                e.partners(), summary, e.targetGroup(), e.evidence(), e.award(), e.facts(), e.sources(), e.shipped(),
                editedByUser, at);
    }

    private static Innovation citing(Innovation e, List<SourceRef> sources) {
        return new Innovation(e.id(), e.key(), e.title(), e.programme(), e.strand(), e.themes(), e.leadOrganisations(),
                e.partners(), e.summary(), e.targetGroup(), e.evidence(), e.award(), e.facts(), sources, e.shipped(),
                e.editedByUser(), e.lastModified());
    }
}
