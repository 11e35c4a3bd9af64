package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.innovationportfolio.logic.backup.SavedBackup;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.AutoBackups;
import org.innovationportfolio.ui.window.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** File › Restore… through the window, by keyboard: the list, the preview of what changes, restore, then undo it. */
class RestoreWindowTest {

    @TempDir
    Path dataFolder;

    private WindowHarness harness;
    private AutoBackups shelf;
    private MainWindow window;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openTheSampleWithTodaysBackup() throws Exception {
        harness = new WindowHarness(dataFolder);
        Samples.shipped().loadInto(harness.store(), WindowHarness.CLOCK);
        shelf = new AutoBackups(harness.database(), WindowHarness.CLOCK);
        shelf.sessionStarted();
        assertThat(shelf.backUpAtStart().written()).isPresent();
    }

    @AfterEach
    void closeEverything() throws Exception {
        harness.close();
    }

    @Test
    void chooseABackupSeeWhatChangesRestoreItThenUndoTheRestore() throws Exception {
        List<Project> before = projects();
        Project deleted = before.get(0);
        harness.store().write(r -> {
            r.projects().delete(deleted.id());
            r.projects().save(TestProjects.project("Added after the backup", org.innovationportfolio.model.Stage.DELIVERING,
                    org.innovationportfolio.model.Rag.GREEN, "Priya Shah", "Launch", java.time.LocalDate.of(2027, 1, 12),
                    1_000));
            return null;
        });
        window = harness.openWithAutomaticBackups(Samples.shipped(), dialogs, shelf);
        robot.interact(() -> window.backupStatus().refresh());
        awaitBackupsIdle();
        assertThat(robot.lookup("#lastBackup").queryAs(Label.class).getText()).startsWith("Last backup: today ");

        robot.interact(window::openRestoreWindow);
        awaitBackupsIdle();
        @SuppressWarnings("unchecked")
        ListView<SavedBackup> list = robot.lookup("#restoreBackups").queryAs(ListView.class);
        assertThat(list.getItems()).singleElement().satisfies(b -> {
            assertThat(b.projects()).isEqualTo(before.size());
            assertThat(b.kind()).isEqualTo(SavedBackup.Kind.AUTOMATIC);
        });
        robot.clickOn(list);
        robot.type(KeyCode.HOME);
        awaitBackupsIdle();
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        String preview = robot.lookup("#restorePreview").queryAs(Label.class).getText();
        assertThat(preview).contains("This backup holds " + before.size() + " projects")
                .contains("bring back 1 project: " + deleted.title())
                .contains("remove 1 project: Added after the backup");

        dialogs.answering(true);
        robot.clickOn("#restoreButton");
        awaitBackupsIdle();
        harness.awaitSettled(window);

        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.questions()).last().satisfies(q -> assertThat(q.message())
                .contains("Replace the whole portfolio with the backup of ").contains("[Restore] [Cancel]"));
        assertThat(projects()).extracting(Project::id).containsExactlyInAnyOrderElementsOf(
                before.stream().map(Project::id).toList());
        assertThat(robot.lookup("#restoreDone").queryAs(Label.class).getText()).contains("Undo restore");
        assertThat(list.getItems()).as("the safety copy is listed too").hasSize(2)
                .anyMatch(b -> b.kind() == SavedBackup.Kind.BEFORE_RESTORE);
        Hyperlink undo = robot.lookup("#undoRestore").queryAs(Hyperlink.class);
        assertThat(undo.isVisible()).isTrue();

        robot.interact(undo::fire);
        awaitBackupsIdle();
        harness.awaitSettled(window);

        assertThat(dialogs.errors()).isEmpty();
        assertThat(projects()).extracting(Project::title).contains("Added after the backup")
                .doesNotContain(deleted.title());
        assertThat(undo.isVisible()).isFalse();
        assertThat(dialogs.informations()).last().satisfies(i -> assertThat(i.message())
                .contains("The restore is undone"));
    }

    private void awaitBackupsIdle() throws Exception {
        harness.awaitOnFx(() -> !window.backupStatus().busyProperty().get());
    }

    private List<Project> projects() {
        return harness.store().read(r -> r.projects().findAll());
    }
}
