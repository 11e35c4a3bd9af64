package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.ui.window.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.innovationportfolio.ui.portfolio.PortfolioView;
import org.innovationportfolio.ui.shell.WelcomeDialog;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowTest {

    @TempDir
    Path dataFolder;

    private WindowHarness harness;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openStore() throws Exception {
        harness = new WindowHarness(dataFolder);
    }

    @AfterEach
    void closeEverything() throws Exception {
        harness.close();
    }

    @Test
    void showsThePortfolioWithRagAsWords() throws Exception {
        harness.store().writing(repositories -> TestProjects.two().forEach(repositories.projects()::save));

        MainWindow window = harness.open(Samples.twoProjects());
        harness.awaitSettled(window);

        assertThat(table().getItems()).hasSize(2);
        assertThat(robot.lookup(".rag-badge").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactlyInAnyOrder("Amber", "Red");
        assertThat(robot.lookup("Family Safeguarding in Westfield").tryQuery()).isPresent();
        assertThat(robot.lookup("£1,234,567").tryQuery()).isPresent();
        assertThat(robot.lookup("Funding 2026/27").tryQuery()).isPresent();
        assertThat(robot.lookup("2 projects · Data folder: " + dataFolder).tryQuery()).isPresent();
        assertThat(robot.lookup("Due 12 Jan 2027").tryQuery()).isPresent();
        assertThat(robot.lookup("#" + WelcomeDialog.ID).tryQuery()).as("no welcome over a full portfolio").isEmpty();
    }

    @Test
    void sortsByAColumnWhenItsHeadingIsClickedAndMovesByKeyboard() throws Exception {
        harness.store().writing(repositories -> TestProjects.two().forEach(repositories.projects()::save));
        MainWindow window = harness.open(Samples.twoProjects());
        harness.awaitSettled(window);

        // The table's heading, not the RAG filter above the table, which reads "RAG" too.
        robot.clickOn(robot.from(table()).lookup(".column-header .label")
                .match((Label heading) -> "RAG".equals(heading.getText())).queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles()).containsExactly("Staying Close pilot", "Family Safeguarding in Westfield");

        robot.interact(() -> table().requestFocus());
        robot.type(KeyCode.DOWN);
        assertThat(table().getSelectionModel().getSelectedIndex()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void everyControlTheKeyboardReachesSaysWhatItIs() throws Exception {
        MainWindow window = harness.open(Samples.shipped());
        harness.awaitOnFx(() -> robot.lookup("#" + WelcomeDialog.ID).tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        harness.awaitSettled(window);

        List<Control> reachable = robot.lookup((Node node) -> node instanceof Control control
                && control.isFocusTraversable() && control.isVisible()).queryAllAs(Control.class).stream().toList();
        assertThat(reachable).isNotEmpty().allSatisfy(control -> assertThat(spokenText(control))
                .as("what a screen reader says for %s", control).isNotBlank());
    }

    private static String spokenText(Control control) {
        if (control.getAccessibleText() != null) {
            return control.getAccessibleText();
        }
        return control instanceof Labeled labeled ? labeled.getText() : "";
    }

    @Test
    void firstStartWelcomesOnceAndEnterExploresTheSample() throws Exception {
        MainWindow first = harness.open(Samples.shipped());
        harness.awaitOnFx(() -> robot.lookup("#" + WelcomeDialog.ID).tryQuery().isPresent());

        assertThat(robot.from(robot.lookup("#" + WelcomeDialog.ID)).lookup((Label l) -> l.getText().contains("fictional"))
                .tryQuery()).isPresent();
        robot.type(KeyCode.ENTER); // "Explore the sample portfolio" has the focus
        harness.awaitOnFx(() -> !table().getItems().isEmpty());
        harness.awaitSettled(first);
        int projects = harness.store().read(repositories -> repositories.projects().count());
        assertThat(table().getItems()).hasSize(projects);
        assertThat(robot.lookup(".rag-badge").queryAllAs(Label.class)).isNotEmpty()
                .extracting(Label::getText).allMatch(word -> List.of("Red", "Amber", "Green").contains(word));
        assertThat(robot.lookup(".sample-notice").queryAs(Label.class).isVisible()).isTrue();
        robot.interact(first::close);

        MainWindow second = harness.open(Samples.shipped());
        harness.awaitSettled(second);

        assertThat(robot.lookup("#" + WelcomeDialog.ID).tryQuery()).as("the welcome is shown once").isEmpty();
        assertThat(table().getItems()).hasSize(projects);
    }

    @Test
    void notNowLeavesTheSampleOnTheEmptyTable() throws Exception {
        MainWindow window = harness.open(Samples.twoProjects());
        harness.awaitOnFx(() -> robot.lookup("#" + WelcomeDialog.ID).tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE); // Escape is "Not now"
        harness.awaitSettled(window);
        assertThat(robot.lookup("#" + WelcomeDialog.ID).tryQuery()).isEmpty();

        Node loadSample = robot.lookup("#" + PortfolioView.LOAD_SAMPLE_BUTTON_ID).queryAs(Button.class);
        assertThat(isVisible().matches(loadSample)).isTrue();
        assertThat(robot.lookup("There are no projects in this portfolio yet").tryQuery()).isPresent();

        robot.clickOn(loadSample);
        harness.awaitOnFx(() -> table().getItems().size() == 2);
    }

    @Test
    void theWindowReopensWithTheSizeAndPlaceItWasLeftAt() throws Exception {
        harness.store().writing(repositories -> TestProjects.two().forEach(repositories.projects()::save));
        MainWindow first = harness.open(Samples.twoProjects());
        harness.awaitSettled(first);
        robot.interact(() -> {
            Stage stage = (Stage) table().getScene().getWindow();
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        robot.interact(first::close);

        MainWindow second = harness.open(Samples.twoProjects());
        harness.awaitSettled(second);

        Stage reopened = (Stage) table().getScene().getWindow();
        assertThat(List.of(reopened.getX(), reopened.getY(), reopened.getWidth(), reopened.getHeight()))
                .containsExactly(40.0, 30.0, 1000.0, 700.0);
    }

    private List<String> titles() {
        return table().getItems().stream().map(row -> ((PortfolioRow) row).title()).toList();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table() {
        return robot.lookup("#" + PortfolioView.TABLE_ID).queryAs(TableView.class);
    }
}
