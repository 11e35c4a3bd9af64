package org.innovationportfolio.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLoaderTest {

    private static final Clock DATA_DAY = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void loadsTheSampleAndTheCatalogueIntoAnEmptyPortfolio() {
        try (Database database = Database.open(first)) {
            Store store = database.store();
            SampleLoad load = SampleLoader.load(store, DATA_DAY);

            SamplePortfolio sample = SamplePortfolio.read(LocalDate.of(2026, 11, 23));
            assertThat(load.projects()).isEqualTo(sample.projects().size()).isGreaterThanOrEqualTo(12);
            assertThat(load.council()).isEqualTo(sample.council());
            assertThat(load.catalogue().added()).isEqualTo(ShippedCatalogue.bundled().catalogue().innovations().size());
            Snapshot loaded = Snapshot.of(store);
            assertThat(loaded.projects()).containsExactlyInAnyOrderElementsOf(sample.projects());
            assertThat(loaded.settings().get(SettingKeys.COUNCIL_NAME)).contains(sample.council());
            assertThat(loaded.settings().get(SettingKeys.SAMPLE_LOADED)).contains("true");
            assertThat(loaded.settings().get(SettingKeys.CATALOGUE_VERSION)).contains(ShippedCatalogue.bundled().version());
            List<UUID> catalogueIds = loaded.catalogue().stream().map(Innovation::id).toList();
            assertThat(sample.projects().stream().map(Project::innovationId).filter(id -> id != null))
                    .isNotEmpty().allMatch(catalogueIds::contains);
        }
    }

    @Test
    void twoLoadsOnTheSameDayGiveIdenticalPortfolios() {
        Snapshot a;
        Snapshot b;
        try (Database database = Database.open(first)) {
            SampleLoader.load(database.store(), DATA_DAY);
            a = Snapshot.of(database.store());
        }
        try (Database database = Database.open(second)) {
            SampleLoader.load(database.store(), DATA_DAY);
            b = Snapshot.of(database.store());
        }
        assertThat(b).isEqualTo(a);
    }

    @Test
    void refusesANonEmptyPortfolioAndChangesNothing() {
        try (Database database = Database.open(first)) {
            Store store = database.store();
            Project mine = Project.create("Our own pilot", null, Instant.parse("2026-11-20T10:00:00Z"));
            store.writing(r -> r.projects().save(mine));
            Snapshot before = Snapshot.of(store);

            assertThatThrownBy(() -> SampleLoader.load(store, DATA_DAY))
                    .isInstanceOf(RefusedException.class)
                    .hasMessage("The portfolio already has 1 project. Sample data loads only into an empty "
                            + "portfolio: use a new data folder (--data-dir) or delete the projects first.");
            assertThat(Snapshot.of(store)).isEqualTo(before);
        }
    }

    @Test
    void refusesToLoadTheSampleTwice() {
        try (Database database = Database.open(first)) {
            Store store = database.store();
            SampleLoader.load(store, DATA_DAY);
            Snapshot loaded = Snapshot.of(store);

            assertThatThrownBy(() -> SampleLoader.load(store, DATA_DAY))
                    .isInstanceOf(RefusedException.class)
                    .hasMessageStartingWith("The portfolio already has " + loaded.projects().size() + " projects.");
            assertThat(Snapshot.of(store)).isEqualTo(loaded);
        }
    }

    /** Everything the sample load writes, read back. */
    private record Snapshot(List<Project> projects, List<Innovation> catalogue, Map<String, Optional<String>> settings) {

        static Snapshot of(Store store) {
            return store.read(r -> new Snapshot(
                    r.projects().findAll(),
                    r.catalogue().findAll().stream().sorted(Comparator.comparing(Innovation::id)).toList(),
                    Map.of(SettingKeys.COUNCIL_NAME, r.settings().get(SettingKeys.COUNCIL_NAME),
                            SettingKeys.SAMPLE_LOADED, r.settings().get(SettingKeys.SAMPLE_LOADED),
                            SettingKeys.CATALOGUE_VERSION, r.settings().get(SettingKeys.CATALOGUE_VERSION))));
        }
    }
}
