package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command end to end through {@link Launcher#run}, on a real database in a temporary folder. */
class CommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path data;
    private Cli cli;

    @BeforeEach
    void setUp() {
        data = temp.resolve("data");
        cli = Cli.on(data);
    }

    @Test
    void sampleLoadSaysWhatItLoadedAndWhere() {
        Cli.Result result = cli.run("sample", "load");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).matches("Loaded \\d+ sample projects and \\d+ catalogue entries into "
                + Pattern.quote(data.toString()) + "\\.\\R");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void sampleLoadIntoANonEmptyPortfolioIsRefusedAndChangesNothing() {
        cli.run("sample", "load");
        byte[] before = cli.run("portfolio", "list", "--format", "json").outBytes();

        Cli.Result again = cli.run("sample", "load");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isNotBlank().doesNotContain("\tat ");
        assertThat(again.out()).isEmpty();
        assertThat(cli.run("portfolio", "list", "--format", "json").outBytes()).isEqualTo(before);
    }

    @Test
    void portfolioListJsonHasCamelCaseKeysIsoDatesAndPence() throws Exception {
        cli.run("sample", "load");

        Cli.Result result = cli.run("portfolio", "list", "--format", "json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).endsWith("}\n]\n").doesNotContain("\r");
        JsonNode rows = JSON.readTree(result.outBytes());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows.size()).isPositive();
        JsonNode first = rows.get(0);
        assertThat(iterable(first.fieldNames())).startsWith("id", "title", "innovationId", "innovation", "stage", "rag",
                "ragDate");
        assertThat(first.get("financialYear").asText()).isEqualTo("2026/27");
        assertThat(first.get("fundingThisYear").isIntegralNumber()).isTrue();
        assertThat(first.get("totalAwarded").isIntegralNumber()).isTrue();
        for (JsonNode row : rows) {
            if (!row.get("ragDate").isNull()) {
                assertThat(row.get("ragDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            }
        }
    }

    @Test
    void portfolioListCsvHasAHeaderAndARowPerProject() throws Exception {
        cli.run("sample", "load");
        int projects = JSON.readTree(cli.run("portfolio", "list", "--format", "json").outBytes()).size();

        Cli.Result result = cli.run("portfolio", "list", "--format", "csv");

        assertThat(result.exitCode()).isZero();
        List<CSVRecord> records = parseCsv(result.out());
        assertThat(records).hasSize(projects);
        assertThat(records.get(0).get("financialYear")).isEqualTo("2026/27");
    }

    @Test
    void csvMakesFormulasInUserTextInert() throws Exception {
        cli.run("sample", "load");
        String hostile = "=HYPERLINK(\"http://example.com\",\"click\")";
        try (Database database = Database.open(data)) {
            database.store().writing(repositories -> {
                repositories.projects().save(Project.create(hostile, null, Instant.parse("2026-11-01T10:00:00Z")));
                repositories.projects().save(Project.create("@SUM(A1:A9)", null, Instant.parse("2026-11-01T10:00:00Z")));
            });
        }

        Cli.Result result = cli.run("portfolio", "list", "--format", "csv");

        List<String> titles = parseCsv(result.out()).stream().map(r -> r.get("title")).toList();
        assertThat(titles).contains("'" + hostile, "'@SUM(A1:A9)");
        assertThat(titles).noneMatch(t -> t.startsWith("=") || t.startsWith("@") || t.startsWith("+"));
    }

    @Test
    void catalogueExportJsonNestsFactsAndListsSources() throws Exception {
        Cli.Result result = cli.run("catalogue", "export", "--format", "json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode root = JSON.readTree(result.outBytes());
        assertThat(iterable(root.fieldNames())).containsExactly("sources", "innovations");
        assertThat(root.get("innovations").size()).isPositive();
        JsonNode entry = root.get("innovations").get(0);
        assertThat(iterable(entry.fieldNames())).contains("id", "title", "programme", "themes", "evidence", "award",
                "facts", "sources", "lastModified");
        assertThat(result.out()).endsWith("\n");
        JsonNode programme = entryWithKey(root.get("innovations"), "news-csc-innovation-programme");
        assertThat(programme.get("sources").findValuesAsText("sourceId"))
                .containsExactly("dfe-newsletter-2020-07", "dfe-innovation-news");
    }

    @Test
    void catalogueExportCsvHasOneRowPerEntry() throws Exception {
        int entries = JSON.readTree(cli.run("catalogue", "export", "--format", "json").outBytes())
                .get("innovations").size();

        Cli.Result result = cli.run("catalogue", "export", "--format", "csv");

        assertThat(result.exitCode()).isZero();
        List<CSVRecord> records = parseCsv(result.out());
        assertThat(records).hasSize(entries);
        assertThat(records.get(0).isMapped("facts")).isTrue();
        CSVRecord programme = records.stream().filter(r -> r.get("key").equals("news-csc-innovation-programme"))
                .findFirst().orElseThrow();
        assertThat(programme.get("sources")).isEqualTo("Children's Social Care Innovation Programme newsletter, "
                + "Graham Archer, Director of Children's Social Care, Improvement and Learning\n"
                + "Innovation News – large-scale projects to transform children's social care, "
                + "Innovation News – large-scale projects to transform children's social care");
    }

    private static JsonNode entryWithKey(JsonNode innovations, String key) {
        for (JsonNode entry : innovations) {
            if (entry.get("key").asText().equals(key)) {
                return entry;
            }
        }
        throw new AssertionError("No catalogue entry " + key);
    }

    @Test
    void outWritesTheFileAndSaysSo() throws Exception {
        cli.run("sample", "load");
        byte[] expected = cli.run("portfolio", "list", "--format", "json").outBytes();
        Path file = temp.resolve("portfolio.json");

        Cli.Result result = cli.run("portfolio", "list", "--format", "json", "--out", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Wrote ").contains(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(expected);
        assertThat(temp).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void outIntoAMissingFolderIsRefusedAndLeavesNoFile() {
        Path file = temp.resolve("no-such-folder").resolve("catalogue.csv");

        Cli.Result result = cli.run("catalogue", "export", "--format", "csv", "--out", file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("does not exist");
        assertThat(file).doesNotExist();
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void outOverAFolderIsRefusedAndLeavesTheFolderAlone() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("a-folder"));

        Cli.Result result = cli.run("catalogue", "export", "--format", "json", "--out", folder.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void outReplacesAnEarlierFileWhole() throws Exception {
        Path file = Files.writeString(temp.resolve("old.csv"), "old content that is longer than nothing\n".repeat(1000));

        cli.run("portfolio", "list", "--format", "csv", "--out", file.toString());

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("id,title,").doesNotContain("old content");
    }

    private static List<CSVRecord> parseCsv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
