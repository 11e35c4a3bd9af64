package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.innovationportfolio.logic.sample.SampleLoad;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.logic.sample.SamplePortfolio;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample, loaded by the real use case into a real database, reads back exactly. */
class SampleThroughTheStoreTest {

    @TempDir
    Path folder;

    @Test
    void loadedSamplePortfolioReadsBackEqualToTheBundledOne() {
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        try (Database database = Database.open(folder)) {
            SampleLoad load = SampleLoader.load(database.store(), clock);

            List<Project> stored = database.store().read(r -> r.projects().findAll());
            List<Project> bundled = SamplePortfolio.read(LocalDate.now(clock)).projects();

            assertThat(stored).hasSize(load.projects()).containsExactlyInAnyOrderElementsOf(bundled);
        }
    }
}
