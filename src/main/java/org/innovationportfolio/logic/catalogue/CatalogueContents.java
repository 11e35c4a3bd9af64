package org.innovationportfolio.logic.catalogue;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.CatalogueSource;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.SourceRef;

/**
 * The catalogue as the browser shows it, read in one transaction: every entry, the source documents
 * by id, and which entries the portfolio already adopts.
 */
public record CatalogueContents(List<Innovation> entries, Map<String, CatalogueSource> sources,
        Map<UUID, List<Adoption.AdoptedBy>> adopted) {

    public static final CatalogueContents EMPTY = new CatalogueContents(List.of(), Map.of(), Map.of());

    public CatalogueContents {
        entries = List.copyOf(entries);
        sources = Map.copyOf(sources);
        adopted = Map.copyOf(adopted);
    }

    public static CatalogueContents read(Store store) {
        return store.read(repositories -> new CatalogueContents(
                repositories.catalogue().findAll(),
                repositories.catalogue().sources().stream()
                        .collect(Collectors.toMap(CatalogueSource::id, Function.identity(), (a, b) -> a)),
                Adoption.adoptedAmong(repositories.projects().findAll())));
    }

    public List<Adoption.AdoptedBy> adoptedBy(UUID innovationId) {
        return adopted.getOrDefault(innovationId, List.of());
    }

    /** "Jul 2020" for "2020-07"; anything else as written. */
    static String month(String published) {
        try {
            return YearMonth.parse(published).format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
        } catch (DateTimeParseException e) {
            return published;
        }
    }

    /** "Innovation News – … Jul 2020, section: Spotlight", or the bare id when the document is unknown. */
    public String describe(SourceRef source) {
        if (source == null) {
            return "";
        }
        CatalogueSource document = sources.get(source.sourceId());
        String title = document == null ? source.sourceId()
                : document.title() + (document.published() == null ? "" : ", " + month(document.published()));
        return source.section() == null ? title : title + ", section: " + source.section();
    }
}
