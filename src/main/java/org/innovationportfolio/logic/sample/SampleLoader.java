package org.innovationportfolio.logic.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.ports.Repositories;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.Project;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the fictional sample portfolio, with the shipped catalogue, into an empty portfolio in one transaction. */
public final class SampleLoader {

    private static final Logger LOG = LoggerFactory.getLogger(SampleLoader.class);

    private SampleLoader() {
    }

    /**
     * Loads the sample, with the bundled catalogue, as of the clock's date. Refuses, changing nothing, when the
     * portfolio already has projects.
     *
     * @throws RefusedException when the portfolio is not empty
     * @throws BundledDataException when the bundled sample or catalogue is damaged
     */
    public static SampleLoad load(Store store, Clock clock) {
        return load(store, clock, ShippedCatalogue.bundled());
    }

    /** The same with a given shipped catalogue. */
    public static SampleLoad load(Store store, Clock clock, ShippedCatalogue catalogue) {
        int existing = store.read(repositories -> repositories.projects().count());
        refuseIfNotEmpty(existing);
        SamplePortfolio sample = SamplePortfolio.read(LocalDate.now(clock));
        SampleLoad result = store.write(repositories -> {
            refuseIfNotEmpty(repositories.projects().count());
            CatalogueInstall installed = CatalogueInstaller.installOrUpdate(repositories, catalogue, clock);
            requireAdoptedEntries(repositories, sample.projects());
            sample.projects().forEach(repositories.projects()::save);
            repositories.settings().put(SettingKeys.COUNCIL_NAME, sample.council());
            repositories.settings().put(SettingKeys.SAMPLE_LOADED, "true");
            return summary(sample, installed);
        });
        LOG.info("Loaded the sample portfolio: {} projects for {}", result.projects(), result.council());
        return result;
    }

    private static void refuseIfNotEmpty(int projects) {
        if (projects > 0) {
            throw new RefusedException("The portfolio already has " + projects + (projects == 1 ? " project" : " projects")
                    + ". Sample data loads only into an empty portfolio: use a new data folder (--data-dir) or "
                    + "delete the projects first.");
        }
    }

    /** Every adopted entry must be in the catalogue, or the sample would point at nothing. */
    private static void requireAdoptedEntries(Repositories repositories, List<Project> projects) {
        List<String> missing = projects.stream()
                .filter(p -> p.innovationId() != null)
                .filter(p -> repositories.catalogue().find(p.innovationId()).isEmpty())
                .map(Project::title)
                .toList();
        if (!missing.isEmpty()) {
            throw new BundledDataException("The sample portfolio adopts catalogue entries that are not in the "
                    + "catalogue (" + String.join("; ", missing) + "). Reinstall Innovation Portfolio.");
        }
    }

    private static SampleLoad summary(SamplePortfolio sample, CatalogueInstall installed) {
        List<Project> projects = sample.projects();
        return new SampleLoad(sample.council(), projects.size(),
                count(projects, p -> p.statusHistory().size()),
                count(projects, p -> p.milestones().size()),
                count(projects, p -> p.funding().size()),
                count(projects, p -> p.outcomes().size()),
                count(projects, p -> p.risks().size()),
                count(projects, p -> p.notes().size()),
                installed);
    }

    private static int count(List<Project> projects, ToIntFunction<Project> size) {
        return projects.stream().mapToInt(size).sum();
    }
}
