package org.innovationportfolio.logic.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.innovationportfolio.model.Innovation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalogue holds exactly what the source documents say. The expected figures were
 * counted by hand from the documents (see docs/catalogue-counts.md) and checked against an
 * independent parse of the raw text of 004.
 */
class ShippedCatalogueFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode catalogue;
    private static List<JsonNode> innovations;

    @BeforeAll
    static void readTheShippedFile() throws IOException {
        catalogue = JSON.readTree(resource("/sample-data/catalogue.json"));
        innovations = StreamSupport.stream(catalogue.get("innovations").spliterator(), false).toList();
    }

    private static InputStream resource(String path) {
        InputStream in = ShippedCatalogueFiguresTest.class.getResourceAsStream(path);
        assertThat(in).as(path + " is on the classpath").isNotNull();
        return in;
    }

    private static List<JsonNode> inProgramme(String programme) {
        return innovations.stream().filter(i -> i.get("programme").asText().equals(programme)).toList();
    }

    @Test
    void everyDfeFundedProjectIsThereWithItsStrand() {
        List<JsonNode> funded = inProgramme("DFE_INNOVATION_PROGRAMME");
        Map<String, Integer> perStrand = new HashMap<>();
        funded.forEach(i -> perStrand.merge(i.get("strand").asText(), 1, Integer::sum));

        assertThat(funded).hasSize(53);
        assertThat(perStrand).containsOnly(
                Map.entry("RETHINKING_CHILDRENS_SOCIAL_WORK", 16),
                Map.entry("RETHINKING_SUPPORT_FOR_ADOLESCENTS", 21),
                Map.entry("OTHER_PRIORITIES", 16));
    }

    @Test
    void dfeAwardsAddUpToTheDocumentsFiguresInExactPence() {
        Map<String, Long> perStrand = new HashMap<>();
        long upTo = 0;
        for (JsonNode i : inProgramme("DFE_INNOVATION_PROGRAMME")) {
            JsonNode award = i.get("award");
            assertThat(award.isNull()).as(i.get("title").asText() + " has its award").isFalse();
            perStrand.merge(i.get("strand").asText(), award.get("pence").asLong(), Long::sum);
            upTo += award.get("upTo").asBoolean() ? 1 : 0;
        }
        assertThat(perStrand).containsOnly(
                Map.entry("RETHINKING_CHILDRENS_SOCIAL_WORK", 4_866_000_000L),
                Map.entry("RETHINKING_SUPPORT_FOR_ADOLESCENTS", 3_014_300_000L),
                Map.entry("OTHER_PRIORITIES", 2_200_700_000L));
        assertThat(perStrand.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10_081_000_000L);
        assertThat(upTo).as("awards written \"up to\"").isEqualTo(1);
    }

    @Test
    void namedAwardsAreExact() {
        assertThat(awardOf("dfe-hertfordshire-family-safeguarding")).isEqualTo(480_000_000L);
        assertThat(awardOf("dfe-north-yorkshire-no-wrong-door")).isEqualTo(210_000_000L);
    }

    private static long awardOf(String key) {
        return innovations.stream().filter(i -> i.get("key").asText().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + key)).get("award").get("pence").asLong();
    }

    @Test
    void everyCiiCollectiveEntryIsThereInItsPriorityArea() {
        List<JsonNode> cii = inProgramme("CII_COLLECTIVE_2022");
        Map<String, Integer> perArea = new HashMap<>();
        cii.forEach(i -> i.get("themes").forEach(t -> perArea.merge(t.asText(), 1, Integer::sum)));

        assertThat(cii).hasSize(95);
        assertThat(perArea).containsOnly(
                Map.entry("EARLY_INTERVENTION_AND_EARLY_HELP", 18),
                Map.entry("WELLBEING_MENTAL_HEALTH_AND_EXPLOITATION", 21),
                Map.entry("WORKFORCE_AND_ORGANISATION", 9),
                Map.entry("STABILITY_FOR_CHILDREN_IN_CARE", 22),
                Map.entry("CULTURAL_COMPETENCE_AND_DISPROPORTIONALITY", 10),
                Map.entry("TECHNOLOGICAL_INNOVATION", 15));
    }

    @Test
    void newsletterSpotlightsAreEntriesWithTheirFigures() {
        assertThat(inProgramme("DFE_NEWSLETTER")).hasSize(12);
        JsonNode northTyneside = innovations.stream()
                .filter(i -> i.get("key").asText().equals("news-north-tyneside-keeping-families-connected"))
                .findFirst().orElseThrow();
        String facts = northTyneside.get("facts").toString();
        assertThat(facts).contains("42").contains("17").contains("46");
    }

    @Test
    void theFileMatchesItsSchemaWithFormatsChecked() throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(resource("/schema/catalogue.schema.json"), config);
        Set<ValidationMessage> problems = schema.validate(catalogue);
        assertThat(problems).isEmpty();
    }

    @Test
    void schemaRejectsABrokenEntry() throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(resource("/schema/catalogue.schema.json"), config);
        String broken = new String(resource("/sample-data/catalogue.json").readAllBytes(), StandardCharsets.UTF_8)
                .replaceFirst("\"programme\": \"DFE_INNOVATION_PROGRAMME\"", "\"programme\": \"MADE_UP\"")
                .replaceFirst("\"id\": \"[0-9a-f-]{36}\"", "\"id\": \"not-a-uuid\"");
        assertThat(schema.validate(JSON.readTree(broken))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void idsAreStableKeysAndTitlesUnique() {
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (JsonNode i : innovations) {
            String key = i.get("key").asText();
            assertThat(ids.add(i.get("id").asText())).as("unique id " + key).isTrue();
            assertThat(keys.add(key)).as("unique key " + key).isTrue();
            assertThat(titles.add(i.get("title").asText().toLowerCase())).as("unique title " + i.get("title")).isTrue();
            assertThat(UUID.fromString(i.get("id").asText())).as("id derived from key " + key)
                    .isEqualTo(Innovation.stableId(key));
        }
        assertThat(innovations).hasSize(160);
    }

    @Test
    void everyFactNamesAKnownSource() {
        Set<String> sources = new HashSet<>();
        catalogue.get("sources").forEach(s -> sources.add(s.get("id").asText()));
        assertThat(sources).hasSize(5);
        for (JsonNode i : innovations) {
            i.get("sources").forEach(s -> assertThat(sources).contains(s.get("sourceId").asText()));
            i.get("facts").forEach(f -> assertThat(sources).contains(f.get("source").get("sourceId").asText()));
        }
    }

    /**
     * A fact from a source with a publication date carries a date: when it happened where the source says, otherwise
     * when the source said it. Facts from the undated sources have a date only where their text gives one.
     */
    @Test
    void everyFactFromADatedSourceHasADate() {
        Set<String> dated = new HashSet<>();
        catalogue.get("sources").forEach(s -> {
            if (s.hasNonNull("published")) {
                dated.add(s.get("id").asText());
            }
        });
        assertThat(dated).hasSize(3);
        List<String> undated = new java.util.ArrayList<>();
        for (JsonNode i : innovations) {
            i.get("facts").forEach(f -> {
                if (dated.contains(f.get("source").get("sourceId").asText()) && !f.hasNonNull("date")) {
                    undated.add(i.get("key").asText() + ": " + f.get("text").asText());
                }
            });
        }
        assertThat(undated).isEmpty();
    }
}
