package org.innovationportfolio.logic.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adopting a catalogue entry on a real database holding the sample portfolio. */
class AdoptionTest {

    @TempDir
    Path folder;

    @Test
    void adoptCreatesAProjectInExploringLinkedToTheEntryAndMarksItAdopted() {
        try (Database database = Database.open(folder)) {
            SampleLoader.load(database.store(), CatalogueSearchTest.CLOCK);
            Adoption adoption = new Adoption(database.store(), CatalogueSearchTest.CLOCK);
            Innovation entry = database.store().read(r -> r.catalogue().findAll()).stream()
                    .filter(e -> !adoption.adopted().containsKey(e.id())).findFirst().orElseThrow();
            int before = database.store().read(r -> r.projects().count());

            Project project = adoption.adopt(entry.id());

            Project stored = database.store().read(r -> r.projects().find(project.id())).orElseThrow();
            assertThat(stored.title()).isEqualTo(entry.title());
            assertThat(stored.innovationId()).isEqualTo(entry.id());
            assertThat(stored.stage()).isEqualTo(Stage.EXPLORING);
            assertThat(stored.created()).isEqualTo(CatalogueSearchTest.CLOCK.instant());
            assertThat(database.store().<Integer>read(r -> r.projects().count())).isEqualTo(before + 1);
            assertThat(adoption.adopted().get(entry.id())).extracting(Adoption.AdoptedBy::projectId)
                    .containsExactly(project.id());
        }
    }

    @Test
    void adoptingAnEntryThatIsNotInTheCatalogueIsRefusedAndAddsNothing() {
        try (Database database = Database.open(folder)) {
            Adoption adoption = new Adoption(database.store(), CatalogueSearchTest.CLOCK);

            assertThatThrownBy(() -> adoption.adopt(UUID.randomUUID())).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("Nothing was added");
            assertThat(database.store().<Integer>read(r -> r.projects().count())).isZero();
        }
    }
}
