package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.innovationportfolio.model.CatalogueSource;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.store.TeamDatabase;
import org.innovationportfolio.store.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portfolio list --database postgresql://…} end to end against a real PostgreSQL: the sample portfolio
 * copied to a team database lists exactly as it does from the laptop's Derby database.
 */
class TeamPortfolioListCommandTest {

    @TempDir
    static Path temp;
    static TestPostgres.TestDatabase server;
    static Cli laptop;

    @BeforeAll
    static void copyTheSampleToTheServer() {
        laptop = Cli.on(temp.resolve("laptop"));
        assertThat(laptop.run("sample", "load").exitCode()).isZero();
        List<Project> projects;
        List<CatalogueSource> sources;
        List<Innovation> catalogue;
        try (Database database = Database.open(temp.resolve("laptop"))) {
            projects = database.store().read(r -> r.projects().findAll());
            sources = database.store().read(r -> r.catalogue().sources());
            catalogue = database.store().read(r -> r.catalogue().findAll());
        }
        assertThat(projects).hasSizeGreaterThan(5);
        server = TestPostgres.freshDatabase();
        try (TeamDatabase team = server.open()) {
            team.store().writing(r -> {
                sources.forEach(r.catalogue()::saveSource);
                catalogue.forEach(r.catalogue()::save);
                r.projects().saveAll(projects);
            });
        }
    }

    @AfterAll
    static void drop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theTeamPortfolioListsAsTheSamePortfolioDoesOnTheLaptop() {
        Cli.Result fromServer = teamCli().run("portfolio", "list", "--format", "json", "--database",
                server.address().toString());
        Cli.Result fromLaptop = laptop.run("portfolio", "list", "--format", "json");

        assertThat(fromServer.exitCode()).as(fromServer.toString()).isZero();
        assertThat(fromServer.out()).isEqualTo(fromLaptop.out()).contains("\"title\"");
        assertThat(fromServer.err()).isEqualTo(fromLaptop.err());
    }

    @Test
    void aWrongPasswordIsRefusedInPlainEnglish() {
        assumeTrue(server.hasPassword(), "the test server was given no password (the embedded one trusts loopback)");

        Cli.Result result = teamCli().withEnv("PGPASSWORD", "not-the-password")
                .run("portfolio", "list", "--database", server.address().toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("The server refused the password for").contains("nothing was opened");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aPlainConnectionToAnotherComputerIsRefusedBeforeConnecting() {
        Cli.Result result = teamCli().run("portfolio", "list", "--database",
                "postgresql://portfolio.anyshire.gov.uk:5432/innovation?sslmode=disable");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("only reached over an encrypted connection (TLS)")
                .contains("sslmode=disable");
    }

    @Test
    void aCommandThatCannotWorkOnATeamPortfolioRefusesTheOptionRatherThanIgnoringIt() {
        Cli.Result result = laptop.run("backup", "--out", temp.resolve("b.zip").toString(), "--database",
                server.address().toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("not yet on a team portfolio").contains("nothing was done");
    }

    /** A command line with the laptop's data folder (for the log) and the server's password file, if any. */
    private static Cli teamCli() {
        Cli cli = Cli.on(temp.resolve("laptop"));
        for (Map.Entry<String, String> variable : server.clientEnvironment().entrySet()) {
            cli.withEnv(variable.getKey(), variable.getValue());
        }
        return cli;
    }
}
