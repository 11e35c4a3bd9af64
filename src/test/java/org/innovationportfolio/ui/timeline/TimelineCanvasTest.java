package org.innovationportfolio.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Polygon;
import org.innovationportfolio.logic.timeline.TimelineChart;
import org.innovationportfolio.logic.timeline.TimelineLayout;
import org.innovationportfolio.logic.timeline.TimelineScale;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.ui.catalogue.PageHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** What the canvas draws for one milestone, without a window or a database. */
class TimelineCanvasTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static Project project(Milestone... milestones) {
        return Project.create("Mockingbird", null, NOW).withMilestones(List.of(milestones), NOW);
    }

    static Milestone milestone(String title, LocalDate baseline, LocalDate forecast) {
        return new Milestone(UUID.randomUUID(), title, baseline, forecast, null, MilestoneStatus.NOT_STARTED, null, NOW);
    }

    static TimelineCanvas drawn(TimelineScale scale, Project... projects) throws Exception {
        return PageHarness.onFx(() -> {
            TimelineCanvas canvas = new TimelineCanvas(row -> { }, node -> { });
            canvas.draw(TimelineLayout.of(List.of(projects), TODAY, scale));
            return canvas;
        });
    }

    private static List<Polygon> marks(Node milestone, String style) {
        return ((Group) milestone).getChildren().stream().filter(n -> n.getStyleClass().contains(style))
                .map(Polygon.class::cast).toList();
    }

    static Node titled(TimelineCanvas canvas, String title) {
        return canvas.milestoneNodes().stream()
                .filter(n -> ((TimelineCanvas.Milestone) n).row().bar().title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aMilestoneWithOnlyABaselineIsDrawnOnPlanAtItsBaseline() throws Exception {
        LocalDate baseline = LocalDate.of(2027, 2, 1);
        TimelineCanvas canvas = drawn(TimelineScale.MONTH, project(milestone("Evaluation report", baseline, null)));

        List<Node> milestones = canvas.milestoneNodes();
        assertThat(milestones).hasSize(1);
        List<Polygon> onPlan = marks(milestones.get(0), TimelineCanvas.FORECAST);
        assertThat(onPlan).hasSize(1);
        assertThat(marks(milestones.get(0), TimelineCanvas.BASELINE)).isEmpty();
        TimelineChart chart = TimelineLayout.of(List.of(project(milestone("Evaluation report", baseline, null))),
                TODAY, TimelineScale.MONTH);
        double baselineX = canvas.x(chart, chart.bars().get(0).baselineAt());
        assertThat(onPlan.get(0).getBoundsInParent().getCenterX()).isEqualTo(baselineX);
        assertThat(milestones.get(0).getStyleClass()).contains("timeline-on-track");
    }

    @Test
    void aSlippedMilestoneShowsItsBaselineAndForecastAndOneOnPlanShowsOneMark() throws Exception {
        LocalDate baseline = LocalDate.of(2027, 2, 1);
        TimelineCanvas canvas = drawn(TimelineScale.MONTH, project(
                milestone("Slipped", baseline, baseline.plusDays(20)),
                milestone("On plan", baseline, LocalDate.of(2027, 2, 1))));

        Node slipped = titled(canvas, "Slipped");
        Node onPlan = titled(canvas, "On plan");
        assertThat(marks(slipped, TimelineCanvas.BASELINE)).hasSize(1);
        assertThat(marks(slipped, TimelineCanvas.FORECAST)).hasSize(1);
        assertThat(marks(onPlan, TimelineCanvas.BASELINE)).isEmpty();
        assertThat(marks(onPlan, TimelineCanvas.FORECAST)).hasSize(1);
    }
}
