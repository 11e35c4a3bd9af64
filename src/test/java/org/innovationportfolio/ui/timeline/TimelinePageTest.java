package org.innovationportfolio.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.logic.timeline.TimelineChart;
import org.innovationportfolio.logic.timeline.TimelineScale;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.innovationportfolio.ui.catalogue.PageHarness;
import org.innovationportfolio.ui.catalogue.RecordingNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The timeline page, headless, on a real database holding the sample portfolio. */
class TimelinePageTest {

    @TempDir
    Path dataFolder;

    private final FxRobot robot = new FxRobot();
    private PageHarness harness;
    private TimelinePage page;

    @BeforeEach
    void open() throws Exception {
        harness = new PageHarness(dataFolder);
        page = PageHarness.onFx(() -> new TimelinePage(harness.context(), new RecordingNavigator(),
                new RecordingDialogService(), new ImmediateTaskRunner()));
        harness.show(page, 1280, 800);
        harness.awaitOnFx(() -> page.viewModel().loadedProperty().get());
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private List<Node> milestones() {
        return List.copyOf(robot.lookup("." + TimelineCanvas.MILESTONE).queryAll());
    }

    @Test
    void everyMilestoneOfTheSampleIsDrawnWithItsDescriptionAndOverdueOnesSayOverdue() {
        TimelineChart chart = page.viewModel().chartProperty().get();
        LocalDate today = PageHarness.CLOCK.instant().atZone(PageHarness.CLOCK.getZone()).toLocalDate();
        long overdue = harness.store().read(r -> r.projects().findAll()).stream().flatMap(p -> p.milestones().stream())
                .filter(m -> m.isOverdue(today)).count();

        assertThat(milestones()).hasSize(chart.bars().size()).isNotEmpty();
        assertThat(milestones()).allMatch(n -> n.getAccessibleText() != null && n.getAccessibleText().contains(": "));
        assertThat(overdue).isPositive();
        assertThat(milestones().stream().filter(n -> n.getStyleClass().contains("timeline-overdue")))
                .hasSize((int) overdue)
                .allMatch(n -> n.getAccessibleText().endsWith("overdue"))
                .allMatch(n -> ((Group) n).getChildren().stream().anyMatch(c -> c.getStyleClass().contains("timeline-overdue-label")));
        assertThat(robot.lookup("#" + TimelineCanvas.TODAY_LINE).tryQuery()).isPresent();
    }

    @Test
    void quartersToggleAndZoomKeysChangeTheAxis() throws Exception {
        double before = page.canvas().getPrefWidth();
        robot.clickOn("#" + TimelinePage.SCROLL_ID).type(KeyCode.MINUS);
        assertThat(page.canvas().getPrefWidth()).isLessThan(before);

        robot.clickOn("Quarters");
        assertThat(page.viewModel().scaleProperty().get()).isEqualTo(TimelineScale.QUARTER);
        assertThat(page.viewModel().chartProperty().get().ticks().get(0).label()).matches("Q[1-4] \\d{4}/\\d{2}");
    }

    @Test
    void aFilterNarrowsTheTimelineToMatchingProjects() throws Exception {
        int all = page.viewModel().chartProperty().get().rows().size();

        PageHarness.onFx(() -> {
            page.setFilter(PortfolioFilter.stage(Stage.DELIVERING));
            return null;
        });

        TimelineChart chart = page.viewModel().chartProperty().get();
        assertThat(chart.rows().size()).isLessThan(all).isPositive();
    }

    @Test
    void savesAScreenshotOfTheTimeline() throws Exception {
        ScrollPane scroll = robot.lookup("#" + TimelinePage.SCROLL_ID).queryAs(ScrollPane.class);
        assertThat(PageHarness.screenshot(scroll.getScene(), "timeline.png")).isNotEmptyFile();
    }
}
