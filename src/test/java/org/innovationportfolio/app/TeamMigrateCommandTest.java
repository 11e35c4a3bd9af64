package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.ports.PackRecord;
import org.innovationportfolio.logic.ports.ProjectSnapshot;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.team.ContentDigest;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.store.TeamDatabase;
import org.innovationportfolio.store.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code team migrate --to postgresql://…} end to end: the sample portfolio on a laptop's Derby database, with a
 * document's record, a briefing pack's record and a pack base added, copied to a fresh database on the real
 * PostgreSQL, and read back from both sides.
 */
class TeamMigrateCommandTest {

    @TempDir
    static Path temp;
    static Path laptopFolder;
    static Cli laptop;
    static int projectCount;
    TestPostgres.TestDatabase server;

    @BeforeAll
    static void aLaptopPortfolio() {
        laptopFolder = temp.resolve("laptop");
        laptop = Cli.on(laptopFolder);
        assertThat(laptop.run("sample", "load").exitCode()).isZero();
        try (Database database = Database.open(laptopFolder)) {
            database.store().writing(r -> {
                List<Project> projects = r.projects().findAll();
                Project first = projects.get(0);
                Instant at = Instant.parse("2026-10-01T09:30:00.123456789Z");
                r.documents().save(new ProjectDocument(UUID.randomUUID(), first.id(), "Business case.docx",
                        "business-case.docx", 2048, "a".repeat(64), at, at));
                r.briefingHistory().record(new PackRecord(UUID.randomUUID(), at, "Children's Services Board",
                        LocalDate.of(2026, 10, 8), Marking.OFFICIAL, List.of(ProjectSnapshot.of(first))));
                r.packHistory().saveBases(Map.of(first.id(), Map.of(first.id(), at)));
            });
            projectCount = database.store().read(r -> r.projects().count());
        }
        assertThat(projectCount).isGreaterThan(5);
    }

    @BeforeEach
    void aFreshServer() {
        server = TestPostgres.freshDatabase();
    }

    @AfterEach
    void drop() {
        server.close();
    }

    @Test
    void theSampleIsCopiedWholeAndCheckedAndARunAgainChangesNothing() {
        Cli.Result first = migrate();

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("Projects: " + projectCount + " copied, 0 already there.")
                .contains("Briefing packs: 1 of 1 records copied")
                .contains("The files stay on this computer")
                .contains("Checked: all " + projectCount + " projects are on the server with the same content.");
        Map<UUID, String> laptopDigests = digests(laptopFolder);
        assertThat(serverDigests()).isEqualTo(laptopDigests).hasSize(projectCount);
        try (TeamDatabase team = server.open()) {
            List<PackRecord> packs = team.store().read(r -> r.briefingHistory().findAll());
            Map<UUID, Instant> bases = team.store().read(r -> r.packHistory().bases());
            int entries = team.store().read(r -> r.catalogue().count());
            assertThat(packs).hasSize(1);
            assertThat(bases).hasSize(1);
            assertThat(entries).isGreaterThan(0);
        }

        Cli.Result again = migrate();

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("Projects: 0 copied, " + projectCount + " already there.")
                .contains("Catalogue: 0 of").contains("Briefing packs: 0 of 1 records copied")
                .contains("Checked: all " + projectCount + " projects");
        assertThat(serverDigests()).isEqualTo(laptopDigests);
    }

    @Test
    void aCopyStoppedPartWayIsFinishedByRunningItAgain() {
        Cli.Result stopped = migrate("--batch-size", "2", "--max-batches", "1");

        assertThat(stopped.exitCode()).as(stopped.toString()).isZero();
        assertThat(stopped.out()).contains("Stopped after 1 batch as asked")
                .contains((projectCount - 2) + " projects are still to copy");
        assertThat(serverDigests()).hasSize(2);

        Cli.Result finished = migrate("--batch-size", "2");

        assertThat(finished.exitCode()).as(finished.toString()).isZero();
        assertThat(finished.out()).contains("Projects: " + (projectCount - 2) + " copied, 2 already there.")
                .contains("Checked: all " + projectCount + " projects");
        assertThat(serverDigests()).isEqualTo(digests(laptopFolder));
    }

    @Test
    void theCheckCatchesARowChangedOnTheServerAndOnlyReplaceOverwritesIt() {
        assertThat(migrate().exitCode()).isZero();
        Project victim = firstProject();
        server.execute("UPDATE milestone SET title = 'Tampered with' WHERE project_id = '" + victim.id() + "'");

        Cli.Result check = migrate("--check");

        assertThat(check.exitCode()).as(check.toString()).isEqualTo(1);
        assertThat(check.err()).contains("\"" + victim.title() + "\"").contains("differs on the server")
                .contains("The check found 1 difference");
        assertThat(check.out()).contains("DIFFERENT");

        Cli.Result rerun = migrate();

        assertThat(rerun.exitCode()).as(rerun.toString()).isEqualTo(1);
        assertThat(rerun.err()).contains("Run again with --replace");
        assertThat(serverDigests().get(victim.id())).isNotEqualTo(digests(laptopFolder).get(victim.id()));

        Cli.Result replaced = migrate("--replace");

        assertThat(replaced.exitCode()).as(replaced.toString()).isZero();
        assertThat(replaced.out()).contains("1 replaced");
        assertThat(serverDigests()).isEqualTo(digests(laptopFolder));
    }

    @Test
    void aServerHoldingAnotherPortfolioIsRefusedUnlessMerging() {
        Project theirs = Project.create("Family hubs outreach", null, Instant.parse("2026-09-01T10:00:00Z"));
        try (TeamDatabase team = server.open()) {
            team.store().writing(r -> r.projects().save(theirs));
        }

        Cli.Result refused = migrate();

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("already holds 1 project that this laptop's portfolio does not have")
                .contains("Family hubs outreach").contains("Nothing was copied").contains("--merge");
        assertThat(serverDigests()).containsOnlyKeys(theirs.id());

        Cli.Result merged = migrate("--merge");

        assertThat(merged.exitCode()).as(merged.toString()).isZero();
        assertThat(serverDigests()).hasSize(projectCount + 1);
    }

    @Test
    void aFolderWithNoPortfolioIsRefusedPlainly() {
        Cli.Result result = migrate("--data", temp.resolve("nowhere").toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("There is no folder").contains("--data FOLDER");
    }

    private Cli.Result migrate(String... more) {
        Cli cli = Cli.on(laptopFolder);
        server.clientEnvironment().forEach(cli::withEnv);
        List<String> args = new java.util.ArrayList<>(List.of("team", "migrate", "--to", server.address().toString()));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    private Project firstProject() {
        try (Database database = Database.open(laptopFolder)) {
            return database.store().read(r -> r.projects().findAll()).get(0);
        }
    }

    private static Map<UUID, String> digests(Path folder) {
        try (Database database = Database.open(folder)) {
            return digests(database.store());
        }
    }

    private Map<UUID, String> serverDigests() {
        try (TeamDatabase team = server.open()) {
            return digests(team.store());
        }
    }

    private static Map<UUID, String> digests(Store store) {
        return store.read(r -> {
            Map<UUID, String> digests = new HashMap<>();
            for (Project p : r.projects().findAll()) {
                digests.put(p.id(), ContentDigest.of(p, r.documents().findByProject(p.id())));
            }
            return digests;
        });
    }
}
