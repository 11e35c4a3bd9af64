package org.innovationportfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** saveAll's plain-JDBC batch path stores exactly what save would, and is all-or-nothing in its transaction. */
class ProjectBatchInsertTest {

    @TempDir
    Path folder;

    @Test
    void newProjectsSavedTogetherReadBackExactly() {
        Project full = TestData.fullProject("Full");
        Project bare = TestData.bareProject("Bare");
        try (Database database = Database.open(folder)) {
            database.store().writing(r -> r.projects().saveAll(List.of(full, bare)));

            List<Project> stored = database.store().read(r -> r.projects().findAll());

            assertThat(stored).containsExactlyInAnyOrder(full, bare);
        }
    }

    @Test
    void projectsThatExistAreReplacedAsSaveWould() {
        Project first = TestData.fullProject("First");
        Project changed = TestData.fullProject("Second");
        try (Database database = Database.open(folder)) {
            database.store().writing(r -> r.projects().save(first));
            Project replacement = new Project(first.id(), "First, renamed", first.innovationId(), first.stage(),
                    first.leadOfficer(), first.sponsor(), first.governanceBoard(), first.startDate(), first.endDate(),
                    first.targetCohort(), first.objectives(), first.tags(), first.partners(), first.statusHistory(),
                    first.milestones(), first.funding(), first.outcomes(), first.risks(), first.notes(),
                    first.provenance(), first.created(), first.lastModified());

            database.store().writing(r -> r.projects().saveAll(List.of(replacement, changed)));

            List<Project> stored = database.store().read(r -> r.projects().findAll());
            assertThat(stored).containsExactlyInAnyOrder(replacement, changed);
        }
    }

    @Test
    void aFailureLeavesNothingBehind() {
        Project one = TestData.fullProject("One");
        try (Database database = Database.open(folder)) {
            assertThatThrownBy(() -> database.store().writing(r -> r.projects().saveAll(List.of(one, one))))
                    .isInstanceOf(RuntimeException.class);

            int count = database.store().read(r -> r.projects().count());
            assertThat(count).isZero();
        }
    }
}
