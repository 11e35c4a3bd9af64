package org.innovationportfolio.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

class CatalogueExportTest {

    private static final List<CatalogueSource> SOURCES = List.of(
            new CatalogueSource("dfe-2020", "dfe.pdf", "Innovation Programme final report", "2020-07"));

    private static Innovation entry() {
        return new Innovation(Innovation.stableId("no-wrong-door"), "no-wrong-door", "No Wrong Door",
                Programme.DFE_INNOVATION_PROGRAMME, Strand.RETHINKING_SUPPORT_FOR_ADOLESCENTS,
                Set.of(Theme.TECHNOLOGICAL_INNOVATION, Theme.EARLY_INTERVENTION_AND_EARLY_HELP,
                        Theme.STABILITY_FOR_CHILDREN_IN_CARE),
                List.of("North Yorkshire County Council"), List.of("Rees Centre"), "=Hubs for adolescents",
                "Adolescents on the edge of care", new Evidence(true, "Loughborough University", "Fewer arrests", null),
                new Award(Money.ofPounds(2_100_000), true, "£2.1m"),
                List.of(new Fact("Arrests fell", "38%", "2019", new SourceRef("dfe-2020", "p. 12")),
                        new Fact("Placements held", null, null, new SourceRef("dfe-2020", null))),
                List.of(new SourceRef("dfe-2020", "Annex A"), new SourceRef("dfe-2017", null)), true, false,
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void jsonHasEveryFieldNestedWithMoneyInPence() throws Exception {
        JsonNode root = new ObjectMapper().readTree(CatalogueExport.json(List.of(entry()), SOURCES));

        assertThat(root.get("sources").get(0).get("title").asText()).isEqualTo("Innovation Programme final report");
        JsonNode entry = root.get("innovations").get(0);
        assertThat(entry.get("award").get("amount").asLong()).isEqualTo(210_000_000L);
        assertThat(entry.get("award").get("upTo").asBoolean()).isTrue();
        assertThat(entry.get("evidence").get("evaluator").asText()).isEqualTo("Loughborough University");
        assertThat(entry.get("facts").get(0).get("source").get("section").asText()).isEqualTo("p. 12");
        assertThat(entry.get("sources").toString()).isEqualTo("[{\"sourceId\":\"dfe-2020\",\"section\":\"Annex A\"},"
                + "{\"sourceId\":\"dfe-2017\",\"section\":null}]");
        assertThat(entry.has("source")).isFalse();
        assertThat(entry.get("strand").asText()).isEqualTo("RETHINKING_SUPPORT_FOR_ADOLESCENTS");
        // Themes are a set; the export sorts them so the bytes never vary.
        assertThat(entry.get("themes").toString()).isEqualTo(
                "[\"EARLY_INTERVENTION_AND_EARLY_HELP\",\"STABILITY_FOR_CHILDREN_IN_CARE\",\"TECHNOLOGICAL_INNOVATION\"]");
        assertThat(entry.get("lastModified").asText()).isEqualTo("2025-01-01T00:00:00Z");
    }

    @Test
    void csvFlattensFactsOneLinePerFactAndGuardsFormulas() throws Exception {
        byte[] csv = CatalogueExport.csv(List.of(entry()), SOURCES);

        CSVRecord record = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords().get(0);
        assertThat(record.get("facts")).isEqualTo(
                "Arrests fell (38%; 2019) [Innovation Programme final report, p. 12]\n"
                        + "Placements held [Innovation Programme final report]");
        assertThat(record.get("summary")).isEqualTo("'=Hubs for adolescents");
        assertThat(record.get("award")).isEqualTo("2100000.00");
        // Every cited source in one cell, one a line; a source the export does not know shows by its id.
        assertThat(record.get("sources")).isEqualTo("Innovation Programme final report, Annex A\ndfe-2017");
        assertThat(record.get("themes")).startsWith("Early intervention");
    }
}
