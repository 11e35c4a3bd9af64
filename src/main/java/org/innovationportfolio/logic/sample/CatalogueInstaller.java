package org.innovationportfolio.logic.sample;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innovationportfolio.logic.ports.CatalogueRepository;
import org.innovationportfolio.logic.ports.Repositories;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.SourceRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the store's catalogue up to the shipped one: adds missing shipped entries, refreshes shipped entries
 * the user has not edited when the shipped version changes, and never touches the user's own work. Entries the
 * user has edited keep every edit; only their citations follow the shipped catalogue.
 */
public final class CatalogueInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueInstaller.class);

    private CatalogueInstaller() {
    }

    /**
     * Installs or updates the bundled catalogue in one transaction, stamping changed entries with the system
     * clock. When the store already records the shipped version it only reads that setting and returns, so the
     * application can call this on every start.
     */
    public static CatalogueInstall installOrUpdate(Store store) {
        return installOrUpdate(store, ShippedCatalogue.bundled(), Clock.systemUTC());
    }

    /** The same for a given shipped catalogue and clock (a newer release's catalogue, or a test's). */
    public static CatalogueInstall installOrUpdate(Store store, ShippedCatalogue shipped, Clock clock) {
        String version = shipped.version();
        Optional<CatalogueInstall> current = store.read(repositories -> isCurrent(repositories, version)
                ? Optional.of(new CatalogueInstall(version, 0, 0, repositories.catalogue().count()))
                : Optional.empty());
        return current.orElseGet(() -> store.write(repositories -> installOrUpdate(repositories, shipped, clock)));
    }

    /** The same, inside a transaction the caller already holds (e.g. loading the sample portfolio). */
    public static CatalogueInstall installOrUpdate(Repositories repositories, ShippedCatalogue shipped, Clock clock) {
        String version = shipped.version();
        if (isCurrent(repositories, version)) {
            return new CatalogueInstall(version, 0, 0, repositories.catalogue().count());
        }
        Catalogue catalogue = shipped.catalogue();
        CatalogueRepository store = repositories.catalogue();
        Instant now = clock.instant();
        catalogue.sources().forEach(store::saveSource);
        Map<UUID, Innovation> existing = store.findAll().stream()
                .collect(Collectors.toMap(Innovation::id, Function.identity()));
        int added = 0;
        int updated = 0;
        for (Innovation entry : catalogue.innovations()) {
            Innovation mine = existing.get(entry.id());
            if (mine == null) {
                store.save(stamped(entry, now));
                added++;
            } else if (mine.shipped() && !mine.editedByUser() && !sameContent(mine, entry)) {
                store.save(stamped(entry, now));
                updated++;
            } else if (mine.shipped() && mine.editedByUser() && !mine.sources().equals(entry.sources())) {
                // The user edits an entry's wording, never what it cites: the citations follow the release.
                store.save(citing(mine, entry.sources()));
            }
        }
        repositories.settings().put(SettingKeys.CATALOGUE_VERSION, catalogue.version());
        int kept = existing.size() - updated;
        LOG.info("Catalogue {} installed: {} added, {} updated, {} kept", catalogue.version(), added, updated, kept);
        return new CatalogueInstall(catalogue.version(), added, updated, kept);
    }

    private static boolean isCurrent(Repositories repositories, String version) {
        return repositories.settings().get(SettingKeys.CATALOGUE_VERSION).map(version::equals).orElse(false);
    }

    /** True when the stored entry already says what the shipped one says, whenever each was stamped. */
    private static boolean sameContent(Innovation stored, Innovation shippedEntry) {
        return stamped(stored, ShippedCatalogue.NOT_YET_INSTALLED).equals(shippedEntry);
    }

    private static Innovation stamped(Innovation e, Instant at) {
        return new Innovation(e.id(), e.key(), e.title(), e.programme(), e.strand(), e.themes(),
                e.leadOrganisations(), e.partners(), e.summary(), e.targetGroup(), e.evidence(), e.award(), e.facts(),
                e.sources(), true, false, at);
    }

    private static Innovation citing(Innovation e, List<SourceRef> sources) {
        return new Innovation(e.id(), e.key(), e.title(), e.programme(), e.strand(), e.themes(),
                e.leadOrganisations(), e.partners(), e.summary(), e.targetGroup(), e.evidence(), e.award(), e.facts(),
                sources, e.shipped(), e.editedByUser(), e.lastModified());
    }
}
