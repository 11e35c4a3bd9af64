package org.innovationportfolio.logic.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.model.Award;
import org.innovationportfolio.model.CatalogueSource;
import org.innovationportfolio.model.Evidence;
import org.innovationportfolio.model.Fact;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.InvalidValueException;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Programme;
import org.innovationportfolio.model.SourceRef;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue that ships inside the application, read from {@code /sample-data/catalogue.json} and checked
 * against {@code /schema/catalogue.schema.json}. Reading the version alone is cheap; the whole catalogue is read
 * once, when first asked for.
 */
public final class ShippedCatalogue {

    public static final String RESOURCE = "/sample-data/catalogue.json";
    public static final String SCHEMA = "/schema/catalogue.schema.json";

    /** Shipped entries carry this until installed; the installer stamps the time it installs them. */
    static final Instant NOT_YET_INSTALLED = Instant.EPOCH;

    private static final Logger LOG = LoggerFactory.getLogger(ShippedCatalogue.class);
    private static final String WHAT = "the shipped catalogue";
    // Classpath data never changes while the application runs, so it is read at most once.
    private static final ShippedCatalogue BUNDLED = new ShippedCatalogue(RESOURCE, SCHEMA, null);
    // Streaming only, for the version that every start checks: the data-binding mapper takes a second to load.
    private static final JsonFactory VERSION_READER = new JsonFactory();

    private final String resource;
    private final String schema;
    private String version;
    private Catalogue catalogue;

    private ShippedCatalogue(String resource, String schema, Catalogue catalogue) {
        this.resource = resource;
        this.schema = schema;
        this.catalogue = catalogue;
        this.version = catalogue == null ? null : catalogue.version();
    }

    /** The catalogue bundled with the application. */
    public static ShippedCatalogue bundled() {
        return BUNDLED;
    }

    /** A catalogue in other classpath resources, read the same way (for tests of broken files). */
    static ShippedCatalogue fromResources(String resource, String schema) {
        return new ShippedCatalogue(resource, schema, null);
    }

    /** A catalogue already in memory, as a newer release (or a test) would ship it. */
    public static ShippedCatalogue of(Catalogue catalogue) {
        return new ShippedCatalogue(null, null, catalogue);
    }

    /** The shipped catalogue's version, read without loading the entries. */
    public synchronized String version() {
        if (version == null) {
            version = readVersion();
        }
        return version;
    }

    /** The whole shipped catalogue, validated and mapped to the model. */
    public synchronized Catalogue catalogue() {
        if (catalogue == null) {
            long started = System.nanoTime();
            catalogue = read();
            version = catalogue.version();
            LOG.debug("Read {} catalogue entries (version {}) in {} ms", catalogue.innovations().size(),
                    catalogue.version(), (System.nanoTime() - started) / 1_000_000);
        }
        return catalogue;
    }

    private String readVersion() {
        try (InputStream in = ShippedCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new BundledDataException("The shipped catalogue (" + resource
                        + ") is missing from the application. Reinstall Innovation Portfolio.");
            }
            try (JsonParser parser = VERSION_READER.createParser(in)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new BundledDataException("The shipped catalogue (" + resource + ") is not a JSON object.");
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("catalogueVersion".equals(field) && value == JsonToken.VALUE_STRING) {
                        return parser.getText();
                    }
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new BundledDataException("The shipped catalogue (" + resource
                    + ") cannot be read as JSON. Reinstall Innovation Portfolio.", e);
        }
        throw new BundledDataException("The shipped catalogue (" + resource + ") has no catalogueVersion.");
    }

    private Catalogue read() {
        CatalogueJson.File file = BundledJson.bind(BundledJson.readValid(resource, schema, WHAT),
                CatalogueJson.File.class, resource, WHAT);
        if (file.catalogueVersion() == null || file.sources() == null || file.innovations() == null) {
            throw new BundledDataException("The shipped catalogue (" + resource + ") lacks its version, sources or "
                    + "entries. Reinstall Innovation Portfolio.");
        }
        try {
            List<CatalogueSource> sources = file.sources().stream()
                    .map(s -> new CatalogueSource(s.id(), s.file(), s.title(), s.published()))
                    .toList();
            List<Innovation> innovations = file.innovations().stream().map(ShippedCatalogue::innovation).toList();
            return new Catalogue(file.catalogueVersion(), sources, innovations);
        } catch (IllegalArgumentException e) {
            throw new BundledDataException("The shipped catalogue (" + resource + ") has a bad entry: "
                    + e.getMessage() + " Reinstall Innovation Portfolio.", e);
        }
    }

    private static Innovation innovation(CatalogueJson.Entry e) {
        UUID id = UUID.fromString(e.id());
        if (!id.equals(Innovation.stableId(e.key()))) {
            throw new InvalidValueException("the entry \"" + e.key() + "\" has id " + id
                    + ", but its key gives " + Innovation.stableId(e.key()) + ".");
        }
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        if (e.themes() != null) {
            e.themes().forEach(t -> themes.add(Theme.valueOf(t)));
        }
        CatalogueJson.Evidence ev = e.evidence();
        Evidence evidence = ev == null ? Evidence.UNKNOWN
                : new Evidence(ev.evaluationPublished(), ev.evaluator(), ev.findings(), ev.link());
        Award award = e.award() == null ? null
                : new Award(Money.ofPence(e.award().pence()), e.award().upTo(), e.award().asWritten());
        List<Fact> facts = e.facts() == null ? List.of() : e.facts().stream()
                .map(f -> new Fact(f.text(), f.figure(), f.date(), ref(f.source())))
                .toList();
        return new Innovation(id, e.key(), e.title(), Programme.valueOf(e.programme()),
                e.strand() == null ? null : Strand.valueOf(e.strand()), themes, e.leadOrganisations(), e.partners(),
                e.summary(), e.targetGroup(), evidence, award, facts,
                e.sources() == null ? List.of() : e.sources().stream().map(ShippedCatalogue::ref).toList(), true, false,
                NOT_YET_INSTALLED);
    }

    private static SourceRef ref(CatalogueJson.Ref ref) {
        return ref == null ? null : new SourceRef(ref.sourceId(), ref.section());
    }
}
