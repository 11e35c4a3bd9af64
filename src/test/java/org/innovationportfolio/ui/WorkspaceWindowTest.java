package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.control.MenuButton;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.ui.dashboard.DashboardView;
import org.innovationportfolio.ui.portfolio.PortfolioView;
import org.innovationportfolio.ui.shell.Screen;
import org.innovationportfolio.ui.window.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The workspace as the user drives it: filters, delete and undo, the dashboard's way in, the last screen. */
class WorkspaceWindowTest {

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
    void filteringByRagAndTypingASearchUpdatesTheCount() throws Exception {
        MainWindow window = harness.open(Samples.shipped());
        harness.awaitSettled(window);
        int total = storeCount();
        assertThat(count()).isEqualTo(total + " projects");

        MenuButton ragMenu = robot.lookup(node -> node instanceof MenuButton menu
                && "Filter by RAG".equals(menu.getAccessibleText())).queryAs(MenuButton.class);
        robot.interact(ragMenu::requestFocus);
        robot.type(KeyCode.SPACE);
        harness.awaitOnFx(ragMenu::isShowing);
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE).type(KeyCode.ESCAPE);
        harness.awaitOnFx(() -> !ragMenu.isShowing());
        assertThat(ragMenu.getText()).isEqualTo("RAG (1)");
        assertThat(ragMenu.getAccessibleText()).isEqualTo("Filter by RAG, 1 ticked");
        long reds = harness.store().read(r -> r.projects().findAll()).stream()
                .filter(p -> p.rag().orElse(null) == Rag.RED).count();
        assertThat(count()).isEqualTo("Showing " + reds + " of " + total + " projects");
        assertThat(table().getItems()).allSatisfy(row -> assertThat(row.rag()).isEqualTo(Rag.RED));

        robot.type(KeyCode.SPACE);
        harness.awaitOnFx(ragMenu::isShowing);
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE).type(KeyCode.ESCAPE);
        harness.awaitOnFx(() -> !ragMenu.isShowing());
        assertThat(count()).isEqualTo(total + " projects");
        String lead = table().getItems().get(0).leadOfficer();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(lead);
        harness.awaitOnFx(() -> !count().equals(total + " projects"));
        assertThat(table().getItems()).isNotEmpty().allSatisfy(row -> assertThat(row.toString()).isNotNull());
        assertThat(count()).startsWith("Showing " + table().getItems().size() + " of " + total);

        robot.clickOn("#clearFilters");
        assertThat(count()).isEqualTo(total + " projects");
    }

    @Test
    void deleteFromTheKeyboardThenCtrlZRestoresTheProjectIdentically() throws Exception {
        MainWindow window = harness.open(Samples.shipped());
        harness.awaitSettled(window);
        robot.interact(() -> {
            table().requestFocus();
            table().getSelectionModel().select(0);
        });
        UUID id = table().getSelectionModel().getSelectedItem().id();
        Project before = find(id);

        robot.type(KeyCode.DELETE);
        harness.awaitSettled(window);
        assertThat(find(id)).isNull();
        assertThat(robot.lookup("#" + PortfolioView.UNDO_LINK_ID).tryQuery()).isPresent();

        robot.interact(() -> table().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        harness.awaitOnFx(() -> find(id) != null && window.isSettled());
        assertThat(find(id)).isEqualTo(before);
        assertThat(table().getItems()).extracting(PortfolioRow::id).contains(id);
    }

    @Test
    void aStageOnTheDashboardOpensThePortfolioFilteredToIt() throws Exception {
        MainWindow window = harness.open(Samples.shipped());
        harness.awaitSettled(window);
        robot.interact(() -> window.shell().showDashboard());
        harness.awaitSettled(window);

        robot.clickOn("#" + DashboardView.STAGE_ID_PREFIX + Stage.DELIVERING.name());
        harness.awaitSettled(window);

        long delivering = harness.store().read(r -> r.projects().findAll()).stream()
                .filter(p -> p.stage() == Stage.DELIVERING).count();
        assertThat(window.shell().currentProperty().get()).isEqualTo(Screen.PORTFOLIO);
        assertThat(table().getItems()).hasSize((int) delivering)
                .allSatisfy(row -> assertThat(row.stage()).isEqualTo(Stage.DELIVERING));
        assertThat(count()).isEqualTo("Showing " + delivering + " of " + storeCount() + " projects");
        assertThat(robot.lookup("#filterStage").queryAs(MenuButton.class).getAccessibleText())
                .as("the stage filter shows the dashboard's choice").isEqualTo("Filter by Stage, 1 ticked");
    }

    @Test
    void theOverdueFigureIsReachedByKeyboardAndOpensTheOverdueProjects() throws Exception {
        MainWindow window = harness.open(Samples.shipped());
        harness.awaitSettled(window);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        harness.awaitSettled(window);
        assertThat(window.shell().currentProperty().get()).isEqualTo(Screen.DASHBOARD);

        robot.interact(() -> robot.lookup("#" + DashboardView.OVERDUE_ID).query().requestFocus());
        robot.type(KeyCode.SPACE);
        harness.awaitSettled(window);

        assertThat(window.shell().currentProperty().get()).isEqualTo(Screen.PORTFOLIO);
        assertThat(table().getItems()).isNotEmpty().allSatisfy(row -> assertThat(row.overdueMilestones()).isPositive());
    }

    @Test
    void theWorkspaceReopensOnTheScreenItWasLeftOn() throws Exception {
        MainWindow first = harness.open(Samples.shipped());
        harness.awaitSettled(first);
        assertThat(first.shell().currentProperty().get()).as("a first start opens the portfolio")
                .isEqualTo(Screen.PORTFOLIO);
        robot.interact(() -> first.shell().showDashboard());
        harness.awaitSettled(first);
        robot.interact(first::close);

        MainWindow second = harness.open(Samples.shipped());
        harness.awaitSettled(second);

        assertThat(second.shell().currentProperty().get()).isEqualTo(Screen.DASHBOARD);
        assertThat(robot.lookup("#" + DashboardView.OVERDUE_ID).tryQuery()).isPresent();
    }

    private int storeCount() {
        return harness.store().read(r -> r.projects().count());
    }

    private Project find(UUID id) {
        return harness.store().read(r -> r.projects().find(id)).orElse(null);
    }

    private String count() {
        return robot.lookup("#portfolioCount").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<PortfolioRow> table() {
        return robot.lookup("#" + PortfolioView.TABLE_ID).queryAs(TableView.class);
    }
}
