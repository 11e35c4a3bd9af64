package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.model.Award;
import org.innovationportfolio.model.CatalogueSource;
import org.innovationportfolio.model.Evidence;
import org.innovationportfolio.model.Fact;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Programme;
import org.innovationportfolio.model.SourceRef;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real shipped catalogue (every entry, every fact) fits the schema and reads back unchanged. */
class ShippedCatalogueStoreTest {

    @TempDir
    Path folder;

    @Test
    void everyShippedEntryAndSourceRoundTrips() throws IOException {
        JsonNode catalogue;
        try (InputStream in = getClass().getResourceAsStream("/sample-data/catalogue.json")) {
            assertThat(in).as("the shipped catalogue is on the classpath").isNotNull();
            catalogue = new ObjectMapper().readTree(in);
        }
        List<Innovation> innovations = new ArrayList<>();
        catalogue.get("innovations").forEach(node -> innovations.add(innovation(node)));
        List<CatalogueSource> sources = new ArrayList<>();
        catalogue.get("sources").forEach(node -> sources.add(new CatalogueSource(text(node, "id"),
                text(node, "file"), text(node, "title"), text(node, "published"))));

        try (Database database = Database.open(folder)) {
            database.store().writing(r -> {
                sources.forEach(r.catalogue()::saveSource);
                innovations.forEach(r.catalogue()::save);
            });
            List<Innovation> loaded = database.store().read(r -> r.catalogue().findAll());
            List<CatalogueSource> loadedSources = database.store().read(r -> r.catalogue().sources());

            assertThat(loaded).hasSize(innovations.size()).containsExactlyInAnyOrderElementsOf(innovations);
            assertThat(loadedSources).containsExactlyInAnyOrderElementsOf(sources);
        }
    }

    private static Innovation innovation(JsonNode node) {
        Set<Theme> themes = new HashSet<>();
        node.get("themes").forEach(t -> themes.add(Theme.valueOf(t.asText())));
        List<Fact> facts = new ArrayList<>();
        node.get("facts").forEach(f -> facts.add(new Fact(text(f, "text"), text(f, "figure"), text(f, "date"),
                sourceRef(f.get("source")))));
        JsonNode evidence = node.get("evidence");
        JsonNode award = node.get("award");
        return new Innovation(UUID.fromString(text(node, "id")), text(node, "key"), text(node, "title"),
                Programme.valueOf(text(node, "programme")),
                text(node, "strand") == null ? null : Strand.valueOf(text(node, "strand")),
                themes, strings(node.get("leadOrganisations")), strings(node.get("partners")),
                text(node, "summary"), text(node, "targetGroup"),
                evidence == null || evidence.isNull() ? null : new Evidence(
                        evidence.get("evaluationPublished") == null || evidence.get("evaluationPublished").isNull()
                                ? null : evidence.get("evaluationPublished").asBoolean(),
                        text(evidence, "evaluator"), text(evidence, "findings"), text(evidence, "link")),
                award == null || award.isNull() ? null : new Award(Money.ofPence(award.get("pence").asLong()),
                        award.get("upTo").asBoolean(), text(award, "asWritten")),
                facts, sourceRefs(node.get("sources")), true, false, TestData.T);
    }

    private static SourceRef sourceRef(JsonNode node) {
        return node == null || node.isNull() ? null : new SourceRef(text(node, "sourceId"), text(node, "section"));
    }

    private static List<SourceRef> sourceRefs(JsonNode array) {
        List<SourceRef> refs = new ArrayList<>();
        array.forEach(r -> refs.add(sourceRef(r)));
        return refs;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
