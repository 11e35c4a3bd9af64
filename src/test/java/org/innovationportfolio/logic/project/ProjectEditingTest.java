package org.innovationportfolio.logic.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import org.innovationportfolio.logic.ProjectConflictException;
import org.innovationportfolio.logic.VersionedProject;
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

    @Test
    void aSaveFromTheVersionItWasOpenedAtIsRefusedWhenSomeoneElseSavedSinceAndKeepingMineSavesOver() {
        UUID id = withLongestHistory().id();
        OpenedProject mine = editing.open(id);
        OpenedProject theirs = editing.open(id);
        VersionedProject theirSave = editing.save(theirs.project().withStage(Stage.STOPPED,
                theirs.project().lastModified()), theirs.version());
        assertThat(theirSave.version()).isEqualTo(theirs.version() + 1);

        Project myChange = mine.project().withDecisionSought("Approve phase two", mine.project().lastModified());
        ProjectConflictException conflict = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> editing.save(myChange, mine.version()), ProjectConflictException.class);

        assertThat(conflict).isNotNull();
        assertThat(conflict.theirProject().stage()).isEqualTo(Stage.STOPPED);
        assertThat(find(id).decisionSought()).isNull();
        VersionedProject kept = editing.save(myChange, conflict.storedVersion());
        assertThat(kept.version()).isEqualTo(theirSave.version() + 1);
        assertThat(find(id).decisionSought()).isEqualTo("Approve phase two");
    }

    private Project withLongestHistory() {
        return sample.store().read(r -> r.projects().findAll()).stream()
                .max(Comparator.comparingInt(p -> p.stageHistory().size())).orElseThrow();
    }

    private Project find(UUID id) {
        return sample.store().read(r -> r.projects().find(id)).orElseThrow();
    }
}
