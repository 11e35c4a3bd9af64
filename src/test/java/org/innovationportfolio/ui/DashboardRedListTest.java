package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.innovationportfolio.model.Milestone;
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

/**
 * The dashboard's Red list names the Red projects under way, leaves out the sample's Stopped pilot (Red when it
 * stopped), and opens a project when chosen; an overdue milestone says how many days past its date it is, and its
 * slippage is labelled as slippage.
 */
class DashboardRedListTest {

    @TempDir
    Path dataFolder;

    private WindowHarness harness;
    private final FxRobot robot = new FxRobot();
    private List<Project> projects;

    @BeforeEach
    void openSample() throws Exception {
        harness = new WindowHarness(dataFolder);
        Samples.shipped().loadInto(harness.store(), WindowHarness.CLOCK);
        projects = harness.store().read(r -> r.projects().findAll());
    }

    @AfterEach
    void closeEverything() throws Exception {
        harness.close();
    }

    @Test
    void theRedListHasOnlyProjectsUnderWayAndEachOpensItsProject() throws Exception {
        MainWindow window = dashboard();
        Project stopped = projects.stream().filter(p -> p.stage() == Stage.STOPPED && p.rag().orElse(null) == Rag.RED)
                .findFirst().orElseThrow();
        List<String> activeRed = projects.stream().filter(p -> p.stage().isOpen() && p.rag().orElse(null) == Rag.RED)
                .map(Project::title).sorted(String.CASE_INSENSITIVE_ORDER).toList();

        List<Hyperlink> links = robot.lookup("#" + DashboardView.RED_LIST_ID).queryAs(VBox.class).getChildren().stream()
                .filter(VBox.class::isInstance).map(item -> (Hyperlink) ((VBox) item).getChildren().get(0)).toList();
        assertThat(links).extracting(Hyperlink::getText).containsExactlyElementsOf(activeRed).isNotEmpty()
                .doesNotContain(stopped.title());
        Button redFigure = robot.lookup("#" + DashboardView.RAG_ID_PREFIX + Rag.RED.name()).queryButton();
        assertThat(((Label) ((VBox) redFigure.getGraphic()).getChildren().get(0)).getText())
                .isEqualTo(String.valueOf(activeRed.size()));
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Not counted: 1 Closed and 1 Stopped.");

        robot.interact(() -> links.get(0).fire());
        harness.awaitSettled(window);

        assertThat(window.shell().currentProperty().get()).isEqualTo(Screen.PROJECT);
        assertThat(window.shell().pageTitleProperty().get()).contains(activeRed.get(0));
    }

    @Test
    void theRedFigureOpensThePortfolioWithTheProjectsItCounts() throws Exception {
        MainWindow window = dashboard();
        long activeRed = projects.stream().filter(p -> p.stage().isOpen() && p.rag().orElse(null) == Rag.RED).count();

        robot.interact(() -> robot.lookup("#" + DashboardView.RAG_ID_PREFIX + Rag.RED.name()).queryButton().fire());
        harness.awaitSettled(window);

        assertThat(window.shell().currentProperty().get()).isEqualTo(Screen.PORTFOLIO);
        assertThat(robot.lookup("#" + PortfolioView.TABLE_ID).queryAs(javafx.scene.control.TableView.class).getItems())
                .hasSize((int) activeRed);
    }

    @Test
    void anOverdueMilestoneSaysDaysPastItsDateAndLabelsItsSlippage() throws Exception {
        dashboard();
        LocalDate today = LocalDate.now(WindowHarness.CLOCK);
        Milestone slipped = projects.stream().flatMap(p -> p.milestones().stream())
                .filter(m -> m.isOverdue(today) && m.slippageDays() > 0)
                .min(java.util.Comparator.comparing(Milestone::due)).orElseThrow();
        var timing = slipped.timing(today);
        assertThat(timing.daysOverdue()).isNotEqualTo(timing.slippageDays());

        String detail = detailUnder(slipped.title());

        assertThat(detail).contains("Was due " + Formats.date(slipped.due()))
                .contains(timing.daysOverdue() + " days overdue")
                .contains("Slippage: +" + timing.slippageDays() + " days")
                .doesNotContain("late");
    }

    private MainWindow dashboard() throws Exception {
        MainWindow window = harness.open(Samples.shipped());
        harness.awaitSettled(window);
        robot.interact(() -> window.shell().showDashboard());
        harness.awaitSettled(window);
        return window;
    }

    /** The detail line under the dashboard link with {@code heading}. */
    private String detailUnder(String heading) {
        Node link = robot.lookup(".link-heading").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().equals(heading)).findFirst().orElseThrow();
        return ((Label) ((VBox) link.getParent()).getChildren().get(1)).getText();
    }
}
