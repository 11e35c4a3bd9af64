package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.innovationportfolio.logic.ports.ProjectRepository.DetailsVersion;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Stage;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 8: a project's own details keep their own modified time, which a save moves only when a detail
 * changes, never for a child record; older portfolios and backups start it from the last-modified time.
 */
class DetailsModifiedTest {

    static final Instant T1 = Instant.parse("2026-11-02T10:00:00.000000001Z");
    static final Instant T2 = Instant.parse("2026-11-03T10:00:00.000000002Z");
    static final Instant T3 = Instant.parse("2026-11-04T10:00:00.000000003Z");
    static final Instant T4 = Instant.parse("2026-11-05T10:00:00.000000004Z");

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    @Test
    void onlyAChangedDetailMovesTheDetailsTime() {
        Project project = TestData.fullProject("Family Hubs");
        try (Database database = Database.open(folder)) {
            database.store().writing(r -> r.projects().save(project));
            assertThat(versionOf(database, project)).isEqualTo(new DetailsVersion(project.lastModified(), null));

            Milestone m = project.milestones().get(0);
            Project childSaved = project.withMilestones(List.of(new Milestone(m.id(), "Renamed", m.baseline(),
                    m.forecast(), m.completed(), m.status(), m.owner(), T1)), T1).withDecisionSought("Agree it", T1);
            database.store().writing(r -> r.projects().save(childSaved));
            assertThat(versionOf(database, project).modified()).as("a milestone and the decision sought")
                    .isEqualTo(project.lastModified());

            Project restaged = childSaved.withStage(Stage.EMBEDDING, T2);
            database.store().writing(r -> r.projects().save(restaged));
            assertThat(versionOf(database, project).modified()).isEqualTo(T2);

            database.store().writing(r -> r.projects().save(withLeadAndTags(restaged, "Gareth", restaged.tags(), T3)));
            assertThat(versionOf(database, project).modified()).isEqualTo(T3);

            database.store().writing(r -> r.projects().save(withLeadAndTags(restaged, "Gareth", List.of("hubs"), T4)));
            assertThat(versionOf(database, project).modified()).as("the tags are details too").isEqualTo(T4);

            database.store().writing(r -> r.projects().markDetailsExchanged(project.id(), T4));
            assertThat(versionOf(database, project)).isEqualTo(new DetailsVersion(T4, T4));
            database.store().writing(r -> r.projects().markDetailsExchanged(project.id(), null));
            assertThat(versionOf(database, project)).isEqualTo(new DetailsVersion(T4, null));
        }
    }

    @Test
    void aNewProjectsDetailsDateFromItsLastModifiedTimeWhenSavedAlone() {
        Project one = TestData.fullProject("One");
        Project many = TestData.bareProject("In a batch");
        try (Database database = Database.open(folder)) {
            database.store().writing(r -> {
                r.projects().save(one);
                r.projects().saveAll(List.of(many));
            });
            assertThat(versionOf(database, one).modified()).isEqualTo(one.lastModified());
            assertThat(versionOf(database, many).modified()).isEqualTo(many.lastModified());
        }
    }

    @Test
    void aSchema7PortfolioStartsEachProjectsDetailsTimeFromItsLastModifiedTime() throws Exception {
        UUID id = UUID.randomUUID();
        schema7PortfolioIn(folder, id);

        try (Database database = Database.open(folder)) {
            assertThat(database.schemaVersion()).isEqualTo(StoreTestSupport.latestSchemaVersion());
            assertThat(versionOf(database, id))
                    .isEqualTo(new DetailsVersion(Instant.parse("2026-11-23T09:00:00.000000000Z"), null));
        }
    }

    @Test
    void aBackupFromSchema7IsRestoredAndMigrated() throws Exception {
        UUID id = UUID.randomUUID();
        Path old = Files.createDirectories(elsewhere.resolve("old"));
        schema7PortfolioIn(old, id);
        Path backup = elsewhere.resolve("schema-7.zip");
        Path db = old.resolve(Database.DATABASE_FOLDER);
        DerbyFiles.boot(db, false);
        try {
            new BackupWriter(Jdbi.create(DerbyFiles.url(db)), old, Clock.fixed(T1, ZoneOffset.UTC))
                    .write(backup, 7, "test");
        } finally {
            DerbyFiles.shutdown(db);
        }

        try (Database database = Database.open(folder)) {
            database.restoreFrom(backup);

            assertThat(database.schemaVersion()).isEqualTo(StoreTestSupport.latestSchemaVersion());
            Project restored = database.store().read(r -> r.projects().find(id)).orElseThrow();
            assertThat(restored.title()).isEqualTo("Kinship Navigators");
            assertThat(versionOf(database, id)).isEqualTo(new DetailsVersion(restored.lastModified(), null));
        }
    }

    private static void schema7PortfolioIn(Path dataFolder, UUID id) throws Exception {
        Path db = dataFolder.resolve(Database.DATABASE_FOLDER);
        DerbyFiles.boot(db, true);
        try {
            Flyway.configure().dataSource(DerbyFiles.url(db), null, null).locations(Migrations.DERBY_LOCATIONS)
                    .target("7").load().migrate();
            try (Connection connection = DriverManager.getConnection(DerbyFiles.url(db));
                    Statement sql = connection.createStatement()) {
                sql.executeUpdate("INSERT INTO project (id, title, stage, origin, arrived_at, created, last_modified) "
                        + "VALUES ('" + id + "', 'Kinship Navigators', 'DELIVERING', 'CREATED_HERE', "
                        + "'2026-01-05T09:00:00.000000000Z', '2026-01-05T09:00:00.000000000Z', "
                        + "'2026-11-23T09:00:00.000000000Z')");
            }
        } finally {
            DerbyFiles.shutdown(db);
        }
    }

    private static DetailsVersion versionOf(Database database, Project project) {
        return versionOf(database, project.id());
    }

    private static DetailsVersion versionOf(Database database, UUID id) {
        Map<UUID, DetailsVersion> versions = database.store().read(r -> r.projects().detailsVersions(List.of(id)));
        return versions.get(id);
    }

    private static Project withLeadAndTags(Project p, String lead, List<String> tags, Instant now) {
        return new Project(p.id(), p.title(), p.innovationId(), p.stage(), lead, p.sponsor(), p.governanceBoard(),
                p.startDate(), p.endDate(), p.targetCohort(), p.objectives(), tags, p.partners(), p.statusHistory(),
                p.stageHistory(), p.milestones(), p.funding(), p.outcomes(), p.risks(), p.notes(), p.provenance(),
                p.created(), now, p.decisionSought());
    }
}
