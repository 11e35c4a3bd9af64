package org.innovationportfolio.logic.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue never claims more than its sources: the DfE document lists each award by what it was for
 * ("(£x) to change…", "to spin out…"), so every DfE entry says what it was funded to do, not that it was done
 * or is running now. Officers quote these summaries to boards.
 */
class ShippedCatalogueWordingTest {

    /** Finished or still-running claims that the award list does not make. */
    private static final Pattern CLAIMS_DONE_OR_RUNNING = Pattern.compile(
            "\\b(changed|spun|brought|set up|introduced|redesigned|reorganised|integrated|developed|extended|piloted|"
                    + "put|provides|has|is a co-operative|carries out|offers|gives)\\b");

    private static List<JsonNode> innovations;

    @BeforeAll
    static void readTheShippedFile() throws IOException {
        try (InputStream in = ShippedCatalogueWordingTest.class.getResourceAsStream("/sample-data/catalogue.json")) {
            assertThat(in).isNotNull();
            innovations = StreamSupport.stream(new ObjectMapper().readTree(in).get("innovations").spliterator(), false)
                    .toList();
        }
    }

    private static List<JsonNode> dfeAwards() {
        return innovations.stream().filter(i -> i.get("programme").asText().equals("DFE_INNOVATION_PROGRAMME")).toList();
    }

    @Test
    void everyDfeAwardIsDescribedAsWhatItWasFundedToDo() {
        assertThat(dfeAwards()).hasSize(53).allSatisfy(entry -> assertThat(entry.get("summary").asText())
                .as(entry.get("key").asText())
                .containsPattern("^(Funded to |Funding for |.+ (was|were) funded to )"));
    }

    @Test
    void noDfeSummaryStatesTheAimAsDoneOrRunningBeforeItsFundingClause() {
        for (JsonNode entry : dfeAwards()) {
            String summary = entry.get("summary").asText();
            int clause = Math.max(summary.indexOf("funded to"), summary.indexOf("Funding for"));
            String beforeTheClause = summary.substring(0, Math.max(0, clause));
            assertThat(CLAIMS_DONE_OR_RUNNING.matcher(beforeTheClause).find())
                    .as("%s claims more than its award: %s", entry.get("key").asText(), summary).isFalse();
        }
    }

    @Test
    void namesAreAsTheSourcesWriteThem() {
        assertThat(summaryOf("cii-letterswap")).contains("RAA leaders").doesNotContain("regional adoption agency");
        assertThat(summaryOf("cii-california-child-support-cloud-adoption")).contains("California Child Support Services")
                .doesNotContain("Department of");
        assertThat(entry("dfe-national-implementation-service").get("title").asText()).doesNotContain("children in care");
        assertThat(entry("cii-social-workers-in-schools").get("evidence").get("evaluator").isNull()).isTrue();
    }

    private static String summaryOf(String key) {
        return entry(key).get("summary").asText();
    }

    private static JsonNode entry(String key) {
        return innovations.stream().filter(i -> i.get("key").asText().equals(key)).findFirst().orElseThrow();
    }
}
