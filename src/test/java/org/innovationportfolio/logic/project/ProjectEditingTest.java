package org.innovationportfolio.logic.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import org.innovationportfolio.logic.portfolio.SampleStore;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StageChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectEditingTest {

    private static final LocalDate TODAY = LocalDate.now(SampleStore.CLOCK);

    @TempDir
    Path folder;
    private SampleStore sample;
    private ProjectEditing editing;

    @BeforeEach
    void open() {
        sample = new SampleStore(folder);
        editing = new ProjectEditing(sample.store(), SampleStore.CLOCK);
    }

    @AfterEach
    void close() {
        sample.close();
    }

    @Test
    void changingTheStageRecordsAChangeDatedToday() {
        Project project = withLongestHistory();
        Stage from = project.stage();

        Project saved = editing.save(project.withStage(Stage.STOPPED, project.lastModified()));

        StageChange latest = saved.stageHistory().get(0);
        assertThat(latest.from()).isEqualTo(from);
        assertThat(latest.to()).isEqualTo(Stage.STOPPED);
        assertThat(latest.changedOn()).isEqualTo(TODAY);
        assertThat(saved.stageHistory()).hasSize(project.stageHistory().size() + 1)
                .containsAll(project.stageHistory());
        assertThat(find(project.id())).isEqualTo(saved);
    }

    @Test
    void savingWithoutAStageChangeKeepsTheHistoryAsItIs() {
        Project project = withLongestHistory();

        Project saved = editing.save(project);

        assertThat(saved.stageHistory()).isEqualTo(project.stageHistory());
        assertThat(find(project.id()).stageHistory()).isEqualTo(project.stageHistory());
    }

    @Test
    void aProjectHeldWithoutItsHistoryCannotEraseIt() {
        Project project = withLongestHistory();
        Project withoutHistory = project.withStageHistory(java.util.List.of(), project.lastModified());

        Project saved = editing.save(withoutHistory.withStage(Stage.CLOSED, project.lastModified()));

        assertThat(saved.stageHistory()).hasSize(project.stageHistory().size() + (project.stage() == Stage.CLOSED
                ? 0 : 1));
        assertThat(find(project.id()).stageHistory()).containsAll(project.stageHistory());
    }

    private Project withLongestHistory() {
        return sample.store().read(r -> r.projects().findAll()).stream()
                .max(Comparator.comparingInt(p -> p.stageHistory().size())).orElseThrow();
    }

    private Project find(UUID id) {
        return sample.store().read(r -> r.projects().find(id)).orElseThrow();
    }
}
