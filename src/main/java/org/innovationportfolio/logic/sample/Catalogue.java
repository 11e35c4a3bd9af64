package org.innovationportfolio.logic.sample;

import java.util.List;
import org.innovationportfolio.model.CatalogueSource;
import org.innovationportfolio.model.Innovation;

/**
 * The catalogue as shipped with the application: its version, the public documents it was built from,
 * and its entries.
 */
public record Catalogue(String version, List<CatalogueSource> sources, List<Innovation> innovations) {

    public Catalogue {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("A catalogue needs a version.");
        }
        sources = List.copyOf(sources);
        innovations = List.copyOf(innovations);
    }
}
