package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Stage;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Projects saved and loaded whole, on Derby and on PostgreSQL. */
@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
class ProjectRepositoryTest {

    @TempDir
    static Path folder;
    static TestPortfolio database;
    Store store;

    // Set by JUnit for each run of the class: once on Derby, once on PostgreSQL.
    @Parameter
    Engine engine;

    /** Opens the engine's portfolio for the first test of each run of the class. */
    void open() {
        if (database == null) {
            database = TestPortfolio.open(engine, folder);
        }
    }

    @AfterParameterizedClassInvocation
    static void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    @BeforeEach
    void emptyPortfolio() {
        open();
        store = database.store();
        store.writing(r -> r.projects().findAll().forEach(p -> r.projects().delete(p.id())));
    }

    @Test
    void projectWithEveryFieldAndChildRoundTripsExactly() {
        Project original = TestData.fullProject("No Wrong Door – Anyshire");
        store.writing(r -> r.projects().save(original));

        Project loaded = find(original.id()).orElseThrow();

        assertThat(loaded).isEqualTo(original);
        assertThat(loaded.created()).isEqualTo(Instant.parse("2025-03-03T10:15:30.123456869Z"));
        assertThat(loaded.objectives()).hasSize(original.objectives().length()).hasSizeGreaterThan(32_672);
        assertThat(loaded.statusHistory()).extracting(s -> s.commentary()).startsWith("Tie A", "Tie B");
        assertThat(all()).containsExactly(original);
    }

    @Test
    void findAllSendsOneQueryPerTableHoweverManyProjectsThereAre() {
        for (int i = 0; i < 25; i++) {
            Project project = TestData.fullProject("Project " + i);
            store.writing(r -> r.projects().save(project));
        }
        AtomicInteger statements = new AtomicInteger();
        database.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
        try {
            assertThat(all()).hasSize(25);
        } finally {
            database.jdbi().setSqlLogger(new SqlLogger() { });
        }

        // The project table, nine child tables and outcome actuals: eleven, not 25 x 10.
        assertThat(statements.get()).isEqualTo(11);
    }

    @Test
    void datesAndInstantsSurviveAChangeOfTimeZone() {
        Project original = TestData.fullProject("Travels with its laptop");
        TimeZone home = TimeZone.getDefault();
        Optional<Project> loaded;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Apia"));
            store.writing(r -> r.projects().save(original));
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            loaded = find(original.id());
        } finally {
            TimeZone.setDefault(home);
        }

        assertThat(loaded).contains(original);
    }

    @Test
    void bareProjectRoundTripsWithNullsAndEmptyLists() {
        Project bare = TestData.bareProject("Bare");
        store.writing(r -> r.projects().save(bare));

        assertThat(find(bare.id())).contains(bare);
    }

    @Test
    void findAllLoadsEveryProjectWholeOrderedByTitle() {
        Project b = TestData.fullProject("beta");
        Project a = TestData.fullProject("Alpha");
        Project c = TestData.bareProject("Gamma");
        store.writing(r -> List.of(b, a, c).forEach(r.projects()::save));

        List<Project> all = all();

        assertThat(all).containsExactly(a, b, c);
        assertThat(count()).isEqualTo(3);
    }

    @Test
    void saveReplacesTheWholeAggregate() {
        Project original = TestData.fullProject("Replace me");
        store.writing(r -> r.projects().save(original));
        Project changed = original.withStage(Stage.EMBEDDING, TestData.at(5_000))
                .withMilestones(original.milestones().subList(0, 1), TestData.at(5_001));

        store.writing(r -> r.projects().save(changed));

        assertThat(find(original.id())).contains(changed);
        assertThat(database.countRows("milestone")).isEqualTo(1);
        assertThat(database.countRows("project")).isEqualTo(1);
    }

    @Test
    void deleteRemovesTheProjectAndEveryChildRow() {
        Project kept = TestData.bareProject("Kept");
        Project gone = TestData.fullProject("Gone");
        store.writing(r -> {
            r.projects().save(kept);
            r.projects().save(gone);
        });

        boolean deleted = store.write(r -> r.projects().delete(gone.id()));

        assertThat(deleted).isTrue();
        assertThat(all()).containsExactly(kept);
        for (String table : List.of("project_tag", "partner", "status_update", "milestone", "funding_line",
                "outcome_measure", "outcome_actual", "risk", "note")) {
            assertThat(database.countRows(table)).as(table).isZero();
        }
        boolean deletedNothing = store.write(r -> r.projects().delete(UUID.randomUUID()));
        assertThat(deletedNothing).isFalse();
    }

    @Test
    void writeThatThrowsHalfWayLeavesNothing() {
        Project first = TestData.fullProject("First");
        Project second = TestData.fullProject("Second");

        assertThatThrownBy(() -> store.writing(r -> {
            r.projects().save(first);
            r.projects().save(second);
            r.settings().put("council.name", "Anyshire");
            throw new IllegalStateException("half-way");
        })).isInstanceOf(IllegalStateException.class).hasMessage("half-way");

        assertThat(count()).isZero();
        Optional<String> council = store.read(r -> r.settings().get("council.name"));
        assertThat(council).isEmpty();
        assertThat(database.countRows("milestone")).isZero();
    }

    @Test
    void readRunsInAReadOnlyTransaction() {
        Project project = TestData.bareProject("Read only");

        assertThatThrownBy(() -> store.read(r -> {
            r.projects().save(project);
            return null;
        })).isInstanceOf(StoreException.class);

        assertThat(count()).isZero();
    }

    @Test
    void nestedReadJoinsTheOuterWrite() {
        Project project = TestData.bareProject("Nested");

        int seen = store.write(r -> {
            r.projects().save(project);
            return store.read(inner -> inner.projects().count());
        });

        assertThat(seen).isEqualTo(1);
    }

    @Test
    void duplicateChildIdIsRefusedWithAPlainMessageAndNothingSaved() {
        Project first = TestData.fullProject("One");
        Project copy = new Project(UUID.randomUUID(), "Copy with the same milestone ids", null, first.stage(),
                null, null, null, null, null, null, null, List.of(), List.of(), List.of(), first.milestones(),
                List.of(), List.of(), List.of(), List.of(), first.provenance(), first.created(), first.lastModified());
        store.writing(r -> r.projects().save(first));

        assertThatThrownBy(() -> store.writing(r -> r.projects().save(copy)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("nothing was saved");

        assertThat(all()).containsExactly(first);
    }

    private List<Project> all() {
        return store.read(r -> r.projects().findAll());
    }

    private Optional<Project> find(UUID id) {
        return store.read(r -> r.projects().find(id));
    }

    private int count() {
        return store.read(r -> r.projects().count());
    }
}
