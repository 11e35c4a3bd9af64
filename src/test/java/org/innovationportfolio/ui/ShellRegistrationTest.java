package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.innovationportfolio.ui.shell.Page;
import org.innovationportfolio.ui.shell.Screen;
import org.innovationportfolio.ui.window.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Pages join the shell by registration; a page with unsaved work can keep the user; the dashboard speaks. */
class ShellRegistrationTest {

    @TempDir
    Path dataFolder;

    private WindowHarness harness;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openSample() throws Exception {
        harness = new WindowHarness(dataFolder);
        Samples.shipped().loadInto(harness.store(), WindowHarness.CLOCK);
    }

    @AfterEach
    void closeEverything() throws Exception {
        harness.close();
    }

    @Test
    void aScreenAppearsInTheSideBarOnlyOnceItsPageIsRegisteredAndCanRefuseToBeLeft() throws Exception {
        MainWindow window = harness.open(Samples.shipped());
        harness.awaitSettled(window);
        assertThat(robot.lookup("#nav-packs").tryQuery()).as("no placeholder for a page not built").isEmpty();
        assertThat(robot.lookup("#nav-dashboard").tryQuery()).isPresent();

        StubbornPage packs = new StubbornPage();
        robot.interact(() -> window.shell().register(Screen.PACKS, (context, navigator, dialogs, tasks) -> packs));
        assertThat(robot.lookup("#nav-packs").tryQuery()).isPresent();

        robot.clickOn("#nav-packs");
        assertThat(window.shell().currentProperty().get()).isEqualTo(Screen.PACKS);
        assertThat(packs.refreshes).as("refreshed when shown").isEqualTo(1);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertThat(window.shell().currentProperty().get()).as("the page kept the user").isEqualTo(Screen.PACKS);

        packs.mayLeave = true;
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        harness.awaitSettled(window);
        assertThat(window.shell().currentProperty().get()).isEqualTo(Screen.DASHBOARD);
    }

    @Test
    void everyControlOnTheDashboardSaysWhatItIs() throws Exception {
        MainWindow window = harness.open(Samples.shipped());
        harness.awaitSettled(window);
        robot.interact(() -> window.shell().showDashboard());
        harness.awaitSettled(window);

        List<Control> reachable = robot.lookup((Node node) -> node instanceof Control control
                && control.isFocusTraversable() && control.isVisible()).queryAllAs(Control.class).stream().toList();
        assertThat(reachable).hasSizeGreaterThan(10).allSatisfy(control -> assertThat(spokenText(control))
                .as("what a screen reader says for %s", control).isNotBlank());
        assertThat(robot.lookup(".rag-badge").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Red", "Amber", "Green");
    }

    @Test
    void deleteAndUndoInTheSearchBoxEditTheTextNotThePortfolio() throws Exception {
        MainWindow window = harness.open(Samples.shipped());
        harness.awaitSettled(window);
        int projects = harness.store().read(r -> r.projects().count());

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("abc");
        robot.type(KeyCode.HOME).type(KeyCode.DELETE);
        harness.awaitSettled(window);

        javafx.scene.control.TextField search = robot.lookup("#portfolioSearch").queryAs(javafx.scene.control.TextField.class);
        assertThat(search.getText()).isEqualTo("bc");
        int after = harness.store().read(r -> r.projects().count());
        assertThat(after).isEqualTo(projects);
    }

    private static String spokenText(Control control) {
        if (control.getAccessibleText() != null) {
            return control.getAccessibleText();
        }
        return control instanceof Labeled labeled ? labeled.getText() : "";
    }

    /** A page with unsaved work until told otherwise. */
    private static final class StubbornPage implements Page {
        private final Label view = new Label("Timeline");
        private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Timeline");
        int refreshes;
        boolean mayLeave;

        @Override
        public Node view() {
            return view;
        }

        @Override
        public ReadOnlyStringProperty title() {
            return title.getReadOnlyProperty();
        }

        @Override
        public void refresh() {
            refreshes++;
        }

        @Override
        public boolean canLeave() {
            return mayLeave;
        }
    }
}
