package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.innovationportfolio.logic.dashboard.DashboardFigures;
import org.innovationportfolio.logic.dashboard.DashboardFigures.ProjectChange;
import org.innovationportfolio.logic.dashboard.DashboardFigures.StageMove;
import org.innovationportfolio.logic.dashboard.DashboardFigures.StatusChange;
import org.innovationportfolio.ui.dashboard.DashboardView;
import org.innovationportfolio.ui.shell.Screen;
import org.innovationportfolio.ui.window.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The dashboard's latest RAG and stage changes: said in words, and each one opens its project. */
class DashboardChangesTest {

    @TempDir
    Path dataFolder;

    private WindowHarness harness;
    private final FxRobot robot = new FxRobot();
    private DashboardFigures expected;

    @BeforeEach
    void openSample() throws Exception {
        harness = new WindowHarness(dataFolder);
        Samples.shipped().loadInto(harness.store(), WindowHarness.CLOCK);
        expected = DashboardFigures.of(harness.store().read(r -> r.projects().findAll()),
                LocalDate.now(WindowHarness.CLOCK));
    }

    @AfterEach
    void closeEverything() throws Exception {
        harness.close();
    }

    @Test
    void eachChangeIsListedInWordsNewestFirstAndClickingOneOpensTheProject() throws Exception {
        MainWindow window = dashboard();
        assertThat(expected.changes()).hasAtLeastOneElementOfType(StageMove.class)
                .hasAtLeastOneElementOfType(StatusChange.class);

        for (int i = 0; i < expected.changes().size(); i++) {
            ProjectChange change = expected.changes().get(i);
            Hyperlink link = link(i);
            assertThat(link.getText()).isEqualTo(change.projectTitle());
            assertThat(detail(link)).startsWith(words(change)).contains(Formats.date(change.date()));
            assertThat(link.getAccessibleText()).contains(change.projectTitle(), words(change), "Opens the project");
        }

        // The sample's newest change, as the officer reads it.
        assertThat(link(0).getText()).isEqualTo("Lifelong Links for children in care");
        assertThat(detail(link(0))).isEqualTo("Stage: Business case \u2192 Approved \u00b7 2 Nov 2026");

        ProjectChange first = expected.changes().get(0);
        scrollToTheBottom(link(0));
        robot.clickOn(link(0));
        harness.awaitSettled(window);

        assertThat(window.shell().currentProperty().get()).isEqualTo(Screen.PROJECT);
        assertThat(window.shell().pageTitleProperty().get()).contains(first.projectTitle());
    }

    @Test
    void aStageChangeIsReachedByKeyboardAndOpensItsProject() throws Exception {
        MainWindow window = dashboard();
        int index = 0;
        while (!(expected.changes().get(index) instanceof StageMove)) {
            index++;
        }
        ProjectChange move = expected.changes().get(index);
        Hyperlink link = link(index);
        assertThat(link.isFocusTraversable()).isTrue();

        robot.interact(link::requestFocus);
        robot.type(KeyCode.SPACE);
        harness.awaitSettled(window);

        assertThat(window.shell().currentProperty().get()).isEqualTo(Screen.PROJECT);
        assertThat(window.shell().pageTitleProperty().get()).contains(move.projectTitle());
    }

    private MainWindow dashboard() throws Exception {
        MainWindow window = harness.open(Samples.shipped());
        harness.awaitSettled(window);
        robot.interact(() -> window.shell().showDashboard());
        harness.awaitSettled(window);
        return window;
    }

    /** The changes are the dashboard's last card: scroll down to them, as the user would. */
    private void scrollToTheBottom(Node node) {
        Node parent = node;
        while (!(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        ScrollPane pane = (ScrollPane) parent;
        robot.interact(() -> pane.setVvalue(pane.getVmax()));
    }

    private Hyperlink link(int index) {
        return robot.lookup("#" + DashboardView.CHANGE_ID_PREFIX + index).queryAs(Hyperlink.class);
    }

    private static String detail(Hyperlink link) {
        return ((Label) ((VBox) link.getParent()).getChildren().get(1)).getText();
    }

    /** "Stage: Business case → Approved", "RAG: Amber → Red", as the user should read them. */
    private static String words(ProjectChange change) {
        if (change instanceof StageMove move) {
            return "Stage: " + move.from().label() + " \u2192 " + move.to().label();
        }
        StatusChange rag = (StatusChange) change;
        return rag.from() == null ? "RAG: first given, " + rag.to().label()
                : "RAG: " + rag.from().label() + " \u2192 " + rag.to().label();
    }
}
