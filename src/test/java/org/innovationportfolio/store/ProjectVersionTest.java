package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.innovationportfolio.logic.ProjectConflictException;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.VersionedProject;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No lost update, on Derby and on PostgreSQL: every save of a project checks the version it was made from and
 * moves it on in the same transaction; of two saves made from one version exactly one wins and the other is
 * refused with the project as stored; saves of different projects never wait for each other.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
class ProjectVersionTest {

    /** Long enough for any save on a loaded machine; only a save stuck behind another's lock would take it. */
    private static final long STUCK_SECONDS = 50;

    @TempDir
    static Path folder;
    static TestPortfolio database;
    Store store;
    ExecutorService threads = Executors.newFixedThreadPool(2);

    @Parameter
    Engine engine;

    @BeforeEach
    void emptyPortfolio() {
        if (database == null) {
            database = TestPortfolio.open(engine, folder);
        }
        store = database.store();
        store.writing(r -> r.projects().findAll().forEach(p -> r.projects().delete(p.id())));
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @AfterParameterizedClassInvocation
    static void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    @Test
    void aProjectStartsAtVersionOneAndEverySaveMovesItOn() {
        Project project = TestData.fullProject("Counted");
        assertThat(store.<Long>write(r -> r.projects().save(project, 0))).isEqualTo(1L);
        assertThat(versioned(project).version()).isEqualTo(1);

        assertThat(store.<Long>write(r -> r.projects().save(renamed(project, "Counted again"), 1))).isEqualTo(2L);
        store.writing(r -> r.projects().save(r.projects().find(project.id()).orElseThrow().withStage(
                Stage.EMBEDDING, TestData.at(9))));

        VersionedProject stored = versioned(project);
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.project().title()).isEqualTo("Counted again");
        assertThat(stored.project().stage()).isEqualTo(Stage.EMBEDDING);
    }

    @Test
    void ofTwoSavesMadeFromOneVersionExactlyOneWinsAndTheOtherGetsTheirs() throws Exception {
        for (int round = 0; round < 10; round++) {
            Project project = TestData.fullProject("Raced " + round);
            store.writing(r -> r.projects().save(project));
            long read = versioned(project).version();
            Project mine = renamed(project, "Mine " + round);
            Project yours = renamed(project, "Yours " + round).withMilestones(List.of(), TestData.at(7));
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Long> first = threads.submit(() -> {
                start.await();
                return store.write(r -> r.projects().save(mine, read));
            });
            Future<Long> second = threads.submit(() -> {
                start.await();
                return store.write(r -> r.projects().save(yours, read));
            });
            List<Long> won = new ArrayList<>();
            Project winner = null;
            List<ProjectConflictException> lost = new ArrayList<>();
            for (Future<Long> save : List.of(first, second)) {
                try {
                    won.add(save.get(STUCK_SECONDS, TimeUnit.SECONDS));
                    winner = save == first ? mine : yours;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ProjectConflictException.class);
                    lost.add((ProjectConflictException) e.getCause());
                }
            }
            assertThat(won).containsExactly(read + 1);
            assertThat(lost).hasSize(1);
            VersionedProject stored = versioned(project);
            assertThat(stored.project()).isEqualTo(winner);
            assertThat(stored.version()).isEqualTo(read + 1);
            ProjectConflictException conflict = lost.get(0);
            assertThat(conflict.expectedVersion()).isEqualTo(read);
            assertThat(conflict.theirs()).contains(stored);
            assertThat(conflict.getMessage()).contains("changed by someone else", "Nothing was saved");
        }
    }

    @Test
    void aSaveMadeFromAReadInItsOwnTransactionIsRefusedWhenAnotherSavedInBetween() throws Exception {
        Project project = TestData.fullProject("Read, then changed");
        store.writing(r -> r.projects().save(project));

        assertThatThrownBy(() -> store.writing(r -> {
            Project read = r.projects().find(project.id()).orElseThrow();
            // Someone else saves the project while this transaction holds its read.
            await(threads.submit(() -> store.write(other -> other.projects().save(renamed(project, "Theirs"), 1))));
            r.projects().save(renamed(read, "Mine"));
        })).isInstanceOfSatisfying(ProjectConflictException.class, e -> {
            assertThat(e.theirProject().title()).isEqualTo("Theirs");
            assertThat(e.storedVersion()).isEqualTo(2);
        });
        assertThat(versioned(project).project().title()).isEqualTo("Theirs");
    }

    @Test
    void keepingMineSavesOverTheirsWithTheirVersion() {
        Project project = TestData.fullProject("Kept");
        store.writing(r -> r.projects().save(project));
        store.write(r -> r.projects().save(renamed(project, "Theirs"), 1));
        ProjectConflictException conflict = refused(renamed(project, "Mine"), 1);

        long saved = store.write(r -> r.projects().save(renamed(project, "Mine"), conflict.storedVersion()));

        assertThat(saved).isEqualTo(3);
        assertThat(versioned(project).project().title()).isEqualTo("Mine");
    }

    @Test
    void aSaveOfADeletedProjectIsRefusedAndCanPutItBack() {
        Project project = TestData.fullProject("Deleted meanwhile");
        store.writing(r -> r.projects().save(project));
        store.writing(r -> r.projects().delete(project.id()));

        ProjectConflictException conflict = refused(project, 1);

        assertThat(conflict.theirs()).isEmpty();
        assertThat(conflict.getMessage()).contains("deleted by someone else");
        assertThat(store.<Long>write(r -> r.projects().save(project, conflict.storedVersion()))).isEqualTo(1L);
        assertThat(versioned(project).project()).isEqualTo(project);
    }

    @Test
    void aNewProjectWhoseIdIsTakenIsRefused() {
        Project project = TestData.bareProject("First");
        store.writing(r -> r.projects().save(project));

        assertThat(refused(renamed(project, "Second"), 0).theirProject().title()).isEqualTo("First");
    }

    @Test
    void savesOfDifferentProjectsNeverWaitForEachOther() throws Exception {
        Project held = TestData.fullProject("Held open");
        Project other = TestData.fullProject("Someone else's");
        store.writing(r -> r.projects().save(held));
        store.writing(r -> r.projects().save(other));
        CountDownLatch saved = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        Future<Long> holding = threads.submit(() -> store.write(r -> {
            VersionedProject read = r.projects().findVersioned(held.id()).orElseThrow();
            long version = r.projects().save(renamed(read.project(), "Held, changed"), read.version());
            saved.countDown();
            awaitQuietly(release);
            return version;
        }));
        if (!saved.await(STUCK_SECONDS, TimeUnit.SECONDS)) {
            holding.get(0, TimeUnit.SECONDS);
        }
        // While that transaction holds its project's row, another project is read, saved and read back.
        Future<Long> meanwhile = threads.submit(() -> store.write(r -> {
            VersionedProject read = r.projects().findVersioned(other.id()).orElseThrow();
            return r.projects().save(renamed(read.project(), "Changed meanwhile"), read.version());
        }));
        long otherVersion;
        try {
            otherVersion = meanwhile.get(STUCK_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("Saving another project waited for the open transaction: a lock wider than "
                    + "the project's row", e);
        } finally {
            release.countDown();
        }
        assertThat(otherVersion).isEqualTo(2);
        assertThat(holding.get(STUCK_SECONDS, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(versioned(other).project().title()).isEqualTo("Changed meanwhile");
        assertThat(versioned(held).project().title()).isEqualTo("Held, changed");
    }

    private ProjectConflictException refused(Project project, long version) {
        try {
            store.write(r -> r.projects().save(project, version));
        } catch (ProjectConflictException e) {
            return e;
        }
        throw new AssertionError("The save from version " + version + " was not refused");
    }

    private VersionedProject versioned(Project project) {
        return store.read(r -> r.projects().findVersioned(project.id())).orElseThrow();
    }

    private static Project renamed(Project p, String title) {
        return new Project(p.id(), title, p.innovationId(), p.stage(), p.leadOfficer(), p.sponsor(),
                p.governanceBoard(), p.startDate(), p.endDate(), p.targetCohort(), p.objectives(), p.tags(),
                p.partners(), p.statusHistory(), p.stageHistory(), p.milestones(), p.funding(), p.outcomes(),
                p.risks(), p.notes(), p.provenance(), p.created(), p.lastModified(), p.decisionSought());
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get(STUCK_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("The other save did not finish", e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
