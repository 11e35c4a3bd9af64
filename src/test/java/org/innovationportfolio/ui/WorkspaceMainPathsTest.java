package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StatusUpdate;
import org.innovationportfolio.ui.dashboard.DashboardView;
import org.innovationportfolio.ui.portfolio.PortfolioView;
import org.innovationportfolio.ui.project.ProjectRecordPage;
import org.innovationportfolio.ui.shell.Screen;
import org.junit.jupiter.api.Test;

/**
 * The issue's main paths through the whole window, as the user takes them: the side bar, the menu's keys
 * (Ctrl+1, Ctrl+2, Ctrl+S) and the real pages on a real store, rather than one page at a time.
 */
class WorkspaceMainPathsTest extends SampleWindowTest {

    private static final LocalDate TODAY = LocalDate.ofInstant(TestProjects.NOW, WindowHarness.CLOCK.getZone());

    @Test
    void adoptingFromTheCatalogueOpensTheProjectAndThePortfolioListsItInExploring() throws Exception {
        int before = projects().size();
        robot.clickOn("#nav-catalogue");
        harness.awaitSettled(window);
        assertThat(screen()).isEqualTo(Screen.CATALOGUE);

        robot.clickOn("#catalogueSearch").write("Crewe").type(KeyCode.DOWN);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        harness.awaitOnFx(() -> screen() == Screen.PROJECT && window.isSettled());

        Project adopted = projects().stream().filter(p -> p.title().equals("Children in Need pilot in Crewe"))
                .findFirst().orElseThrow();
        assertThat(adopted.stage()).isEqualTo(Stage.EXPLORING);
        assertThat(window.shell().pageTitleProperty().get()).contains("Children in Need pilot in Crewe");

        robot.clickOn("#nav-portfolio");
        harness.awaitSettled(window);

        assertThat(screen()).isEqualTo(Screen.PORTFOLIO);
        assertThat(table().getItems()).hasSize(before + 1).filteredOn(row -> row.id().equals(adopted.id()))
                .singleElement().satisfies(row -> {
                    assertThat(row.stage()).isEqualTo(Stage.EXPLORING);
                    assertThat(row.innovationTitle()).isEqualTo("Children in Need pilot in Crewe");
                });
        assertThat(window.workspace().statusTextProperty().get()).startsWith((before + 1) + " projects");
    }

    @Test
    void twoProjectsOpenedFromThePortfolioInTurnEachShowAndARagUpdateLandsInTheOneShown() throws Exception {
        List<Project> sorted = projects().stream().sorted(Comparator.comparing(Project::title)).toList();
        Project first = sorted.get(0);
        Project second = sorted.get(sorted.size() - 1);
        Project third = sorted.get(sorted.size() / 2);

        openFromThePortfolio(first, () -> robot.type(KeyCode.ENTER));
        assertThat(shownTitle()).isEqualTo(first.title());

        openFromThePortfolio(second, () -> robot.doubleClickOn(rowCell(second.id()), javafx.scene.input.MouseButton.PRIMARY));
        assertThat(shownTitle()).isEqualTo(second.title());
        ProjectRecordPage record = (ProjectRecordPage) window.shell().currentPage();
        assertThat(record.viewModel().projectId()).isEqualTo(second.id());
        assertThat(window.shell().pageTitleProperty().get()).isEqualTo(second.title());

        openFromThePortfolio(third, () -> robot.clickOn(robot.lookup(node -> node instanceof javafx.scene.control.Button button
                && "Open the selected project (Enter)".equals(button.getAccessibleText())).queryButton()));
        assertThat(shownTitle()).isEqualTo(third.title());

        Rag rag = third.rag().orElse(Rag.GREEN) == Rag.RED ? Rag.AMBER : Rag.RED;
        robot.interact(() -> record.showTab("Status"));
        @SuppressWarnings("unchecked")
        ComboBox<Rag> ragBox = robot.lookup("#statusRag").queryAs(ComboBox.class);
        robot.interact(() -> ragBox.getSelectionModel().select(rag));
        robot.clickOn("#statusCommentary").write("Checked on the record shown");
        robot.clickOn("#addStatus");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        harness.awaitOnFx(() -> !record.viewModel().dirtyProperty().get() && window.isSettled());

        assertThat(find(third.id()).rag()).contains(rag);
        assertThat(find(third.id()).statusHistory().get(0).commentary()).isEqualTo("Checked on the record shown");
        assertThat(find(first.id())).isEqualTo(first);
        assertThat(find(second.id())).isEqualTo(second);
    }

    @Test
    void adoptingAfterAProjectWasOpenedShowsTheAdoptedProjectNotTheOneBefore() throws Exception {
        Project earlier = projects().stream().min(Comparator.comparing(Project::title)).orElseThrow();
        robot.interact(() -> window.shell().showProject(earlier.id()));
        harness.awaitOnFx(() -> screen() == Screen.PROJECT && window.isSettled());
        assertThat(shownTitle()).isEqualTo(earlier.title());

        robot.clickOn("#nav-catalogue");
        harness.awaitSettled(window);
        robot.clickOn("#catalogueSearch").write("Crewe").type(KeyCode.DOWN);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        harness.awaitOnFx(() -> screen() == Screen.PROJECT && window.isSettled());

        Project adopted = projects().stream().filter(p -> p.title().equals("Children in Need pilot in Crewe"))
                .findFirst().orElseThrow();
        assertThat(shownTitle()).isEqualTo(adopted.title());
        assertThat(((ProjectRecordPage) window.shell().currentPage()).viewModel().projectId()).isEqualTo(adopted.id());
    }

    @Test
    void aForecastMovedIntoThePastAndSavedWithCtrlSChangesSlippageAndTheDashboardsOverdueCount() throws Exception {
        Project project = projects().stream().filter(WorkspaceMainPathsTest::nextMilestoneIsUpcomingAndNothingOverdue)
                .min(Comparator.comparing(Project::title)).orElseThrow();
        Milestone milestone = project.nextMilestone().orElseThrow();
        LocalDate newForecast = TODAY.minusDays(3);
        long newSlippage = ChronoUnit.DAYS.between(milestone.baseline(), newForecast);
        assertThat(newSlippage).isNotEqualTo(milestone.slippageDays());
        int overdueBefore = dashboardOverdue();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        harness.awaitSettled(window);
        robot.interact(() -> {
            table().requestFocus();
            table().getSelectionModel().select(row(project.id()));
        });
        robot.type(KeyCode.ENTER);
        harness.awaitOnFx(() -> screen() == Screen.PROJECT && window.isSettled());
        ProjectRecordPage record = (ProjectRecordPage) window.shell().currentPage();
        robot.interact(() -> record.showTab("Milestones"));
        TableView<Milestone> milestones = robot.lookup("#milestonesTable").queryTableView();
        robot.interact(() -> {
            milestones.requestFocus();
            milestones.getSelectionModel().select(milestones.getItems().indexOf(milestone));
        });
        robot.type(KeyCode.ENTER);
        robot.clickOn("#milestoneForecast").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(Formats.date(newForecast));
        robot.clickOn("#commitMilestone");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        harness.awaitOnFx(() -> !record.viewModel().dirtyProperty().get() && window.isSettled());

        assertThat(find(project.id()).milestones()).filteredOn(m -> m.id().equals(milestone.id()))
                .singleElement().extracting(Milestone::forecast).isEqualTo(newForecast);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        harness.awaitSettled(window);
        PortfolioRow row = row(project.id());
        assertThat(row.slippageDays()).isEqualTo(newSlippage);
        assertThat(row.overdueMilestones()).isEqualTo(1);
        assertThat(dashboardOverdue()).isEqualTo(overdueBefore + 1);
    }

    @Test
    void aNewRagUpdateTopsTheProjectsHistoryAndTheDashboardsLatestChanges() throws Exception {
        Project project = projects().stream().filter(p -> p.rag().isPresent())
                .min(Comparator.comparing(Project::title)).orElseThrow();
        Rag rag = project.rag().orElseThrow() == Rag.RED ? Rag.AMBER : Rag.RED;
        String commentary = "Two social work posts vacant since October";

        robot.interact(() -> window.shell().showProject(project.id()));
        harness.awaitSettled(window);
        ProjectRecordPage record = (ProjectRecordPage) window.shell().currentPage();
        robot.interact(() -> record.showTab("Status"));
        @SuppressWarnings("unchecked")
        ComboBox<Rag> ragBox = robot.lookup("#statusRag").queryAs(ComboBox.class);
        robot.interact(() -> ragBox.getSelectionModel().select(rag));
        robot.clickOn("#statusCommentary").write(commentary);
        robot.clickOn("#addStatus");
        ListView<StatusUpdate> history = robot.lookup("#statusHistory").queryListView();
        assertThat(history.getItems().get(0).rag()).isEqualTo(rag);
        assertThat(history.getItems().get(0).commentary()).isEqualTo(commentary);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        harness.awaitOnFx(() -> !record.viewModel().dirtyProperty().get() && window.isSettled());
        assertThat(find(project.id()).rag()).contains(rag);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        harness.awaitSettled(window);

        assertThat(screen()).isEqualTo(Screen.DASHBOARD);
        Hyperlink newest = robot.lookup(".change-row").queryAll().stream().findFirst()
                .map(row -> robot.from(row).lookup(".hyperlink").queryAs(Hyperlink.class)).orElseThrow();
        assertThat(newest.getText()).isEqualTo(project.title());
        assertThat(newest.getAccessibleText()).contains("RAG: ").contains("→ " + rag.label());
        List<String> texts = robot.lookup(".change-row .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        assertThat(texts).anyMatch(text -> text.contains(commentary));
    }

    @Test
    void deleteOnARowOfTheProjectRecordRemovesItEvenThoughDeleteIsAlsoTheMenusKey() throws Exception {
        Project project = projects().stream().filter(p -> p.milestones().size() > 1)
                .min(Comparator.comparing(Project::title)).orElseThrow();
        robot.interact(() -> window.shell().showProject(project.id()));
        harness.awaitSettled(window);
        ProjectRecordPage record = (ProjectRecordPage) window.shell().currentPage();
        robot.interact(() -> record.showTab("Milestones"));
        TableView<Milestone> milestones = robot.lookup("#milestonesTable").queryTableView();
        int before = milestones.getItems().size();
        robot.interact(() -> {
            milestones.requestFocus();
            milestones.getSelectionModel().select(0);
        });

        robot.type(KeyCode.DELETE);

        assertThat(milestones.getItems()).hasSize(before - 1);
        assertThat(record.viewModel().dirtyProperty().get()).isTrue();
    }

    /** Goes to the portfolio (Ctrl+2), selects {@code project}'s row and opens it as {@code open} does. */
    private void openFromThePortfolio(Project project, Runnable open) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        harness.awaitSettled(window);
        assertThat(screen()).isEqualTo(Screen.PORTFOLIO);
        robot.interact(() -> {
            table().requestFocus();
            table().getSelectionModel().select(row(project.id()));
            table().scrollTo(row(project.id()));
        });
        open.run();
        harness.awaitOnFx(() -> screen() == Screen.PROJECT && window.isSettled());
    }

    private Node rowCell(UUID id) {
        return robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() instanceof PortfolioRow row
                        && row.id().equals(id))
                .findFirst().orElseThrow();
    }

    /** The title in the record's Overview, as the user reads it in the field. */
    private String shownTitle() {
        return robot.lookup("#projectTitle").queryTextInputControl().getText();
    }

    private static boolean nextMilestoneIsUpcomingAndNothingOverdue(Project p) {
        Milestone next = p.nextMilestone().orElse(null);
        return next != null && next.baseline() != null && next.due().isAfter(TODAY)
                && p.milestones().stream().noneMatch(m -> m.isOverdue(TODAY));
    }

    /** The overdue figure on the dashboard, read from what it says: "7 milestones overdue, in …". */
    private int dashboardOverdue() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        harness.awaitSettled(window);
        Node figure = robot.lookup("#" + DashboardView.OVERDUE_ID).query();
        return Integer.parseInt(figure.getAccessibleText().split(" ", 2)[0]);
    }

    private Screen screen() {
        return window.shell().currentProperty().get();
    }

    private List<Project> projects() {
        return harness.store().read(r -> r.projects().findAll());
    }

    private Project find(UUID id) {
        return harness.store().read(r -> r.projects().find(id)).orElseThrow();
    }

    private PortfolioRow row(UUID id) {
        return table().getItems().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableView<PortfolioRow> table() {
        return robot.lookup("#" + PortfolioView.TABLE_ID).queryAs(TableView.class);
    }
}
