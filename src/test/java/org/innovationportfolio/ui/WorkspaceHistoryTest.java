package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.ui.project.ProjectRecordPage;
import org.innovationportfolio.ui.shell.Screen;
import org.junit.jupiter.api.Test;

/** View › Back and Forward (Alt+Left, Alt+Right) and Edit › Redo (Ctrl+Y, Ctrl+Shift+Z) in the whole window. */
class WorkspaceHistoryTest extends SampleWindowTest {

    @Test
    void altLeftGoesBackThroughTheProjectsOpenedAndAltRightForwardAgain() throws Exception {
        List<Project> sorted = harness.store().read(r -> r.projects().findAll()).stream()
                .sorted(Comparator.comparing(Project::title)).toList();
        Project first = sorted.get(0);
        Project second = sorted.get(1);
        MenuItem back = item("View", "Bac_k");
        assertThat(back.getAccelerator()).isEqualTo(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN));
        assertThat(item("View", "_Forward").getAccelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN));
        assertThat(back.isDisable()).as("nowhere to go back to yet").isTrue();

        open(first);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        harness.awaitSettled(window);
        open(second);
        // From one record straight to another, as the dashboard's links do.
        open(first);

        altAnd(KeyCode.LEFT);
        assertThat(shown()).isEqualTo(second.title());
        altAnd(KeyCode.LEFT);
        assertThat(screen()).isEqualTo(Screen.PORTFOLIO);
        altAnd(KeyCode.LEFT);
        assertThat(shown()).isEqualTo(first.title());
        altAnd(KeyCode.RIGHT);
        altAnd(KeyCode.RIGHT);
        assertThat(shown()).isEqualTo(second.title());
        assertThat(((ProjectRecordPage) window.shell().currentPage()).viewModel().projectId()).isEqualTo(second.id());

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        harness.awaitSettled(window);
        assertThat(item("View", "_Forward").isDisable()).as("a new place ends the way forward").isTrue();
        altAnd(KeyCode.LEFT);
        assertThat(shown()).isEqualTo(second.title());
    }

    @Test
    void ctrlYAndCtrlShiftZRedoWhatUndoTookBackInTheRecord() throws Exception {
        Project project = harness.store().read(r -> r.projects().findAll()).stream()
                .min(Comparator.comparing(Project::title)).orElseThrow();
        MenuItem redo = item("Edit", "_Redo");
        assertThat(redo.getAccelerator().getDisplayText()).isEqualTo(
                new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).getDisplayText());
        open(project);
        ProjectRecordPage record = (ProjectRecordPage) window.shell().currentPage();
        robot.clickOn("#sponsor").write("Director");
        String typed = sponsor();
        robot.clickOn("#undoEdit");
        assertThat(sponsor()).isNotEqualTo(typed);

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(sponsor()).isEqualTo(typed);
        assertThat(record.viewModel().messageProperty().get()).isEqualTo("Redone");

        robot.clickOn("#undoEdit");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(sponsor()).isEqualTo(typed);
    }

    private void open(Project project) throws Exception {
        robot.interact(() -> window.shell().showProject(project.id()));
        harness.awaitOnFx(() -> screen() == Screen.PROJECT && window.isSettled());
        assertThat(shown()).isEqualTo(project.title());
    }

    private String sponsor() {
        return robot.lookup("#sponsor").queryTextInputControl().getText();
    }

    private void altAnd(KeyCode key) throws Exception {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
        harness.awaitSettled(window);
    }

    private String shown() {
        return screen() == Screen.PROJECT ? robot.lookup("#projectTitle").queryTextInputControl().getText() : null;
    }

    private Screen screen() {
        return window.shell().currentProperty().get();
    }

    private MenuItem item(String menu, String text) {
        MenuBar bar = robot.from(window.shell().root()).lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> Objects.equals(m.getText().replace("_", ""), menu))
                .map(Menu::getItems).flatMap(List::stream).filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }
}
