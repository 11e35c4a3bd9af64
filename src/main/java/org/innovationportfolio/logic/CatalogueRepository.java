package org.innovationportfolio.logic;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.model.CatalogueSource;
import org.innovationportfolio.model.Innovation;

/** The innovation catalogue: shipped entries, the user's own, and the source documents behind them. */
public interface CatalogueRepository {

    /** Every entry, ordered by title. */
    List<Innovation> findAll();

    Optional<Innovation> find(UUID id);

    /** Inserts or replaces an entry with its facts. */
    void save(Innovation innovation);

    int count();

    List<CatalogueSource> sources();

    /** Inserts or replaces a source document. */
    void saveSource(CatalogueSource source);
}
