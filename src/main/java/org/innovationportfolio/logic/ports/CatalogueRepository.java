package org.innovationportfolio.logic.ports;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.model.CatalogueSource;
import org.innovationportfolio.model.Innovation;

/** The innovation catalogue: shipped entries, the user's own, and the source documents behind them. */
public interface CatalogueRepository {

    /** Every entry, ordered by title. */
    List<Innovation> findAll();

    /**
     * Every entry as {@link #findAll} gives it, in the same order, with its own fields (id, key, title,
     * programme, strand and the rest of its row) and its themes, but with the lead organisations,
     * partners, facts and cited sources EMPTY (the store does not read them): what the portfolio list
     * needs to show and filter projects by their innovation, for a cheaper first read at start-up.
     *
     * <p><b>For lists and search only. NEVER save an entry read this way</b>, nor anything made from
     * one: {@link #save} replaces an entry's lists whole, so it would erase the organisations, partners,
     * facts and citations this read left out. Read the entry with {@link #find} before changing it.
     */
    List<Innovation> findAllForListing();

    Optional<Innovation> find(UUID id);

    /** Inserts or replaces an entry with its facts. */
    void save(Innovation innovation);

    int count();

    List<CatalogueSource> sources();

    /** Inserts or replaces a source document. */
    void saveSource(CatalogueSource source);
}
