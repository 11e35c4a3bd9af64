package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalogue list} end to end through {@link Launcher#run}, on the sample in a real database. */
class CatalogueListCommandTest {

    @TempDir
    static Path temp;

    private static Cli cli;

    @BeforeAll
    static void loadTheSample() {
        cli = Cli.on(temp.resolve("data"));
        assertThat(cli.run("sample", "load").exitCode()).isZero();
    }

    @Test
    void listsTheWholeCatalogueAsATableWithACountAtTheEnd() {
        Cli.Result result = cli.run("catalogue", "list");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).startsWith("Title").contains("Lead organisation", "Strand or theme", "Award");
        assertThat(lines.get(1)).startsWith("----");
        assertThat(lines).hasSize(2 + 160 + 2);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("160 catalogue entries; * 13 already adopted in your portfolio.");
        assertThat(result.out()).contains("£1.4m");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void columnsLineUpAndLongTextIsCutWithAnEllipsis() {
        List<String> rows = cli.run("catalogue", "list").out().lines().skip(2).filter(l -> !l.isBlank())
                .filter(l -> !l.contains("catalogue entries")).toList();

        int leadColumn = "-".repeat(46).length() + 2;
        assertThat(rows).allSatisfy(row -> assertThat(row.charAt(leadColumn - 1)).isEqualTo(' '));
        assertThat(rows).anyMatch(row -> row.contains("…"));
    }

    @Test
    void strandNarrowsToTheDfeProjectsUnderItAndShowsUpToAwards() {
        Cli.Result result = cli.run("catalogue", "list", "--strand", "rethinking-support-for-adolescents");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("* No Wrong Door").endsWith("21 of 160 catalogue entries match; * 2 already "
                + "adopted in your portfolio." + System.lineSeparator());
    }

    @Test
    void themeAcceptsTheEnumNameAndSearchNarrowsFurther() {
        Cli.Result byName = cli.run("catalogue", "list", "--theme", "TECHNOLOGICAL_INNOVATION");
        Cli.Result withSearch = cli.run("catalogue", "list", "--theme", "technological-innovation", "--search", "app");

        assertThat(byName.out()).contains("15 of 160 catalogue entries match");
        assertThat(withSearch.exitCode()).isZero();
        assertThat(withSearch.out().lines().filter(l -> l.contains("Technological innovation")).count())
                .isBetween(1L, 14L);
    }

    @Test
    void searchWithNoMatchSaysSo() {
        Cli.Result result = cli.run("catalogue", "list", "--search", "zebra crossing");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("No of 160 catalogue entries match." + System.lineSeparator());
    }

    @Test
    void unknownThemeIsAUsageErrorListingTheValidOnes() {
        Cli.Result result = cli.run("catalogue", "list", "--theme", "space-travel");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("\"space-travel\" is not a theme. Use one of:",
                "early-intervention-and-early-help", "technological-innovation", "cultural-competence-and-disproportionality");
    }

    @Test
    void unknownStrandIsAUsageErrorListingTheValidOnes() {
        Cli.Result result = cli.run("catalogue", "list", "--strand", "adolescents");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("\"adolescents\" is not a strand. Use one of:",
                "rethinking-childrens-social-work", "rethinking-support-for-adolescents", "other-priorities");
    }
}
