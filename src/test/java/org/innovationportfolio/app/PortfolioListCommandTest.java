package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portfolio list} without {@code --format}: a table to read, end to end on the sample in a real database. */
class PortfolioListCommandTest {

    @TempDir
    static Path temp;

    private static Cli cli;

    @BeforeAll
    static void loadTheSample() {
        cli = Cli.on(temp.resolve("data"));
        assertThat(cli.run("sample", "load").exitCode()).isZero();
    }

    @Test
    void withoutAFormatListsTheProjectsAsATableWithRagInWordsAndACount() throws Exception {
        Cli.Result result = Cli.on(temp.resolve("data")).withEnv(Launcher.TODAY_VARIABLE, "2026-11-23")
                .run("portfolio", "list");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        int projects = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(cli.run("portfolio", "list", "--format", "json").outBytes()).size();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).startsWith("Title").contains("Stage", "RAG", "Lead officer", "Next milestone",
                "Funding 2026/27");
        assertThat(lines.get(1)).startsWith("----");
        assertThat(lines).hasSize(2 + projects + 2);
        assertThat(lines.get(lines.size() - 1)).isEqualTo(projects + " projects.");
        List<String> rows = lines.subList(2, 2 + projects);
        int ragColumn = lines.get(0).indexOf("RAG");
        assertThat(rows).allSatisfy(row -> assertThat(row.substring(ragColumn).split(" ")[0])
                .isIn("Red", "Amber", "Green", "None"));
        assertThat(rows).anyMatch(row -> row.substring(ragColumn).startsWith("Red"));
        assertThat(result.out()).doesNotContain("\"rag\"").doesNotContain(",RED,");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theFundingColumnLinesUpOnTheRight() {
        List<String> lines = cli.run("portfolio", "list").out().lines().toList();
        int end = lines.get(0).length();

        assertThat(lines.subList(2, lines.size() - 2)).allSatisfy(row -> {
            assertThat(row).hasSize(end);
            assertThat(row).matches(".*£[0-9,]+$");
        });
    }

    @Test
    void anEmptyPortfolioSaysSoInASentence() {
        Cli.Result result = Cli.on(temp.resolve("empty")).run("portfolio", "list");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("No projects yet: the portfolio is empty." + System.lineSeparator());
    }
}
