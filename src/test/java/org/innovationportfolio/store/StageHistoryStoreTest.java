package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StageChange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's stage changes in the store: loaded with the project, kept as a log, gone with the project. */
class StageHistoryStoreTest {

    @TempDir
    static Path folder;
    static Database database;
    Store store;

    @BeforeAll
    static void open() {
        database = Database.open(folder);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void emptyPortfolio() {
        store = database.store();
        store.writing(r -> r.projects().findAll().forEach(p -> r.projects().delete(p.id())));
    }

    @Test
    void stageChangesRoundTripWithTheProjectSavedOneByOneOrInABatch() {
        Project single = moved("Saved alone");
        Project batched = moved("Saved in a batch");
        store.writing(r -> r.projects().save(single));
        store.writing(r -> r.projects().saveAll(List.of(batched)));

        assertThat(find(single.id())).isEqualTo(single);
        assertThat(find(batched.id())).isEqualTo(batched);
        assertThat(find(single.id()).stageHistory()).extracting(StageChange::to)
                .containsExactly(Stage.DELIVERING, Stage.APPROVED, Stage.BUSINESS_CASE);
    }

    @Test
    void aSaveWithoutTheHistoryKeepsItAndANewChangeIsAdded() {
        Project project = moved("Kept");
        store.writing(r -> r.projects().save(project));

        store.writing(r -> r.projects().save(project.withStageHistory(List.of(), project.lastModified())));
        assertThat(find(project.id()).stageHistory()).isEqualTo(project.stageHistory());

        Project stopped = project.movedTo(Stage.STOPPED, LocalDate.of(2025, 6, 2), TestData.at(900));
        store.writing(r -> r.projects().save(stopped));
        assertThat(find(project.id())).isEqualTo(stopped);
        assertThat(find(project.id()).stageHistory()).hasSize(4);
    }

    @Test
    void deletingTheProjectDeletesItsStageChanges() {
        Project project = moved("Deleted");
        store.writing(r -> r.projects().save(project));
        assertThat(StoreTestSupport.countRows(database, "stage_change")).isEqualTo(3);

        store.writing(r -> r.projects().delete(project.id()));

        assertThat(StoreTestSupport.countRows(database, "stage_change")).isZero();
    }

    private static Project moved(String title) {
        Project project = TestData.bareProject(title);
        // Two changes on one day: only the time recorded orders them.
        return project.movedTo(Stage.BUSINESS_CASE, LocalDate.of(2025, 1, 6), TestData.at(100))
                .movedTo(Stage.APPROVED, LocalDate.of(2025, 3, 3), TestData.at(200))
                .movedTo(Stage.DELIVERING, LocalDate.of(2025, 3, 3), TestData.at(300));
    }

    private Project find(UUID id) {
        return store.read(r -> r.projects().find(id)).orElseThrow();
    }
}
