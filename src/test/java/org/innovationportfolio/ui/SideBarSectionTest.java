package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.ui.catalogue.PageHarness;
import org.innovationportfolio.ui.portfolio.PortfolioView;
import org.innovationportfolio.ui.shell.Screen;
import org.innovationportfolio.ui.window.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The side bar shows the section the officer is in, and shows focus only where the keyboard is: on a project opened
 * from the portfolio, Portfolio is marked as the section, and the keyboard is in the record's first field, never
 * left on the side bar's Dashboard (which would then show its focus ring as if chosen).
 */
class SideBarSectionTest {

    @TempDir
    Path dataFolder;

    private WindowHarness harness;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        harness = new WindowHarness(dataFolder);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void aProjectOpenedFromThePortfolioMarksPortfolioAndTakesTheKeyboardToItsTitle() throws Exception {
        MainWindow window = harness.openSample();
        Project project = harness.store().read(r -> r.projects().findAll()).stream()
                .min(Comparator.comparing(Project::title)).orElseThrow();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        harness.awaitSettled(window);
        @SuppressWarnings("unchecked")
        TableView<Object> table = (TableView<Object>) robot.lookup("#" + PortfolioView.TABLE_ID).query();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        harness.awaitOnFx(() -> window.shell().currentProperty().get() == Screen.PROJECT && window.isSettled());

        assertThat(PageHarness.onFx(() -> button("nav-portfolio").isSelected())).as("Portfolio marked").isTrue();
        assertThat(PageHarness.onFx(() -> button("nav-dashboard").isSelected())).as("Dashboard marked").isFalse();
        Node focused = PageHarness.onFx(() -> table.getScene() == null
                ? window.shell().root().getScene().getFocusOwner() : table.getScene().getFocusOwner());
        assertThat(focused).as("the keyboard's place").isNotNull();
        assertThat(PageHarness.onFx(() -> inSideBar(focused))).as("the keyboard on the side bar: " + focused).isFalse();
        assertThat(focused.getId()).isEqualTo("projectTitle");
        assertThat(project).isNotNull();
    }

    private ToggleButton button(String id) {
        return (ToggleButton) robot.lookup("#" + id).query();
    }

    private static boolean inSideBar(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up.getStyleClass().contains(Css.SIDE_BAR)) {
                return true;
            }
        }
        return false;
    }
}
