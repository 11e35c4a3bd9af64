package org.innovationportfolio.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.StatusUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The project record page in a window, driven by keyboard and mouse, on a real store with the sample. */
class ProjectRecordPageTest {

    @TempDir
    Path dataFolder;

    private PageHarness harness;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        harness = new PageHarness(dataFolder);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void ctrlTabChangesTabsFromInsideATextFieldAndCtrlShiftTabGoesBack() throws Exception {
        ProjectRecordPage page = harness.open(harness.fixture.fullestProject().id(), new ChoosingDialogService(2));
        javafx.scene.control.TabPane tabs = robot.lookup("#" + ProjectRecordPage.TABS).queryAs(javafx.scene.control.TabPane.class);
        robot.clickOn("#leadOfficer");
        assertThat(robot.lookup("#leadOfficer").queryAs(TextField.class).isFocused()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Status");

        robot.clickOn("#statusCommentary");
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Milestones");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Overview");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).as("round to the last tab").isEqualTo("History");
        assertThat(robot.lookup("#leadOfficer").queryAs(TextField.class).getText())
                .as("the keys typed nothing into the field").isEqualTo(page.viewModel().draft().leadOfficer.textProperty().get());
        assertThat(page.viewModel().dirtyProperty().get()).isFalse();
    }

    @Test
    void theRecordsMessageNoLongerSaysUndoneOnceTheUserTypesAgain() throws Exception {
        ProjectRecordPage page = harness.open(harness.fixture.fullestProject().id(), new ChoosingDialogService(2));
        Label message = robot.lookup("#recordMessage").queryAs(Label.class);
        String lastSaved = message.getText();

        robot.clickOn("#sponsor").write("Deputy Director");
        robot.clickOn("#undoEdit");
        assertThat(message.getText()).isEqualTo("Undone");
        robot.clickOn("#redoEdit");
        assertThat(message.getText()).isEqualTo("Redone");
        assertThat(page.viewModel().draft().sponsor.textProperty().get()).contains("Deputy Director");

        robot.clickOn("#leadOfficer").write("X");
        assertThat(message.getText()).isEqualTo(lastSaved).startsWith("Last saved");
    }

    @Test
    void aChangedForecastShowsNewSlippageAndIsSavedWithTheOverdueCount() throws Exception {
        Project project = harness.fixture.projectWithUpcomingMilestone();
        Milestone milestone = RecordFixture.upcoming(project);
        PortfolioListing listing = new PortfolioListing(harness.fixture.store(), RecordFixture.CLOCK);
        int overdueBefore = overdue(listing, project);
        ProjectRecordPage page = harness.open(project.id(), new ChoosingDialogService(2));
        robot.interact(() -> page.showTab("Milestones"));
        TableView<Milestone> table = robot.lookup("#" + MilestonesView.TABLE).queryTableView();
        int row = table.getItems().indexOf(milestone);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row);
        });

        robot.type(KeyCode.ENTER);
        LocalDate newForecast = RecordFixture.TODAY.minusDays(3);
        robot.clickOn("#milestoneForecast").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(newForecast.getDayOfMonth() + " Nov 2026");
        robot.clickOn("#commitMilestone");

        String expected = MilestonesViewModel.slippageText(
                java.time.temporal.ChronoUnit.DAYS.between(milestone.baseline(), newForecast));
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(c -> c.getText()).contains(expected);
        assertThat(robot.lookup("Unsaved changes").tryQuery()).isPresent();

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        harness.awaitOnFx(() -> !page.viewModel().dirtyProperty().get());

        assertThat(harness.fixture.project(project.id()).milestones()).filteredOn(m -> m.id().equals(milestone.id()))
                .singleElement().extracting(Milestone::forecast).isEqualTo(newForecast);
        assertThat(overdue(listing, project)).isEqualTo(overdueBefore + 1);
    }

    @Test
    void aNewRagUpdateTopsTheHistoryAndTheStore() throws Exception {
        Project project = harness.fixture.fullestProject();
        Rag rag = project.rag().orElse(Rag.GREEN) == Rag.RED ? Rag.AMBER : Rag.RED;
        ProjectRecordPage page = harness.open(project.id(), new ChoosingDialogService(2));
        robot.interact(() -> {
            page.showTab("Status");
            page.viewModel().status().ragProperty().set(rag);
        });
        robot.clickOn("#statusCommentary").write("Two posts vacant");
        robot.clickOn("#addStatus");

        ListView<StatusUpdate> history = robot.lookup("#statusHistory").queryListView();
        assertThat(history.getItems().get(0).rag()).isEqualTo(rag);
        assertThat(robot.lookup("Two posts vacant").tryQuery()).isPresent();
        robot.clickOn("#" + ProjectRecordPage.SAVE_BUTTON);
        harness.awaitOnFx(() -> !page.viewModel().dirtyProperty().get());

        assertThat(harness.fixture.project(project.id()).rag()).contains(rag);
    }

    @Test
    void aBadAmountShowsWhyNextToTheFieldAndNothingIsSaved() throws Exception {
        Project project = harness.fixture.fullestProject();
        ProjectRecordPage page = harness.open(project.id(), new ChoosingDialogService(2));
        robot.interact(() -> page.showTab("Funding"));
        robot.clickOn("#fundingAwarded").write("£12,34x");

        Label error = robot.lookup("#fundingAwardedError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isNotBlank().contains("12,34x");
        assertThat(robot.lookup("#" + ProjectRecordPage.SAVE_BUTTON).queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#fundingFormSummary").query().isVisible()).isTrue();
        assertThat(page.viewModel().funding().lines()).hasSameSizeAs(project.funding());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        harness.awaitIdle();

        assertThat(harness.fixture.project(project.id())).isEqualTo(project);
    }

    @Test
    void leavingWithUnsavedChangesAsks() throws Exception {
        Project project = harness.fixture.fullestProject();
        ChoosingDialogService dialogs = new ChoosingDialogService(2);
        ProjectRecordPage page = harness.open(project.id(), dialogs);
        robot.clickOn("#leadOfficer").write(" (acting)");

        boolean left = WaitForAsyncUtils.asyncFx(() -> page.canLeave()).get();

        assertThat(left).isFalse();
        assertThat(dialogs.asked).singleElement().asString().contains("Save", "Discard changes", "Cancel");
        assertThat(harness.fixture.project(project.id())).isEqualTo(project);
    }

    @Test
    void screenshotsOfOverviewFundingAndRisks() throws Exception {
        Project project = harness.fixture.fullestProject();
        ProjectRecordPage page = harness.open(project.id(), new ChoosingDialogService(2));
        assertThat(harness.screenshot("project-overview.png")).isNotEmptyFile();
        robot.interact(() -> page.showTab("Funding"));
        assertThat(harness.screenshot("project-funding.png")).isNotEmptyFile();
        robot.interact(() -> page.showTab("Risks"));
        assertThat(harness.screenshot("project-risks.png")).isNotEmptyFile();
        robot.interact(() -> page.showTab("Status"));
        assertThat(harness.screenshot("project-status.png")).isNotEmptyFile();
        robot.interact(() -> page.showTab("Milestones"));
        assertThat(harness.screenshot("project-milestones.png")).isNotEmptyFile();
        robot.interact(() -> page.showTab("Outcomes"));
        assertThat(harness.screenshot("project-outcomes.png")).isNotEmptyFile();
        robot.interact(() -> page.showTab("Notes & decisions"));
        assertThat(harness.screenshot("project-notes.png")).isNotEmptyFile();
    }

    private static int overdue(PortfolioListing listing, Project project) {
        return listing.rows().stream().filter(r -> r.id().equals(project.id()))
                .mapToInt(PortfolioRow::overdueMilestones).sum();
    }

    @SuppressWarnings("unused")
    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryButton();
    }

    @SuppressWarnings("unused")
    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }
}
