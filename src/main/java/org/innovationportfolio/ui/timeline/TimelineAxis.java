package org.innovationportfolio.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.innovationportfolio.logic.timeline.TimelineChart;

/**
 * The timeline's date axis, drawn over the top of the rows so it stays in view as they scroll down. Two lanes:
 * month or quarter labels on top, the Today label under them, so the two never overlap.
 */
final class TimelineAxis extends Pane {

    static final double HEIGHT = 44;
    static final String TICK = "timeline-tick";
    static final String TODAY_LABEL = "timeline-today-label";
    private static final double TICK_TOP = 3;
    private static final double GAP = 2;

    TimelineAxis() {
        getStyleClass().add("timeline-axis");
        setManaged(false);
    }

    /** Draws {@code chart}'s axis, {@code width} wide, at the x positions {@code canvas} uses for the rows. */
    void draw(TimelineChart chart, TimelineCanvas canvas, double width) {
        getChildren().clear();
        Rectangle backing = new Rectangle(0, 0, width, HEIGHT);
        backing.getStyleClass().add("timeline-axis-backing");
        Line foot = new Line(0, HEIGHT - 0.5, width, HEIGHT - 0.5);
        foot.getStyleClass().add("timeline-axis-edge");
        getChildren().addAll(backing, foot);
        Label first = null;
        for (TimelineChart.Tick tick : chart.ticks()) {
            double x = canvas.x(chart, tick.at());
            Label label = new Label(tick.label());
            label.getStyleClass().add(TICK);
            label.relocate(x + 4, TICK_TOP);
            getChildren().addAll(TimelineCanvas.upright(x, 0, HEIGHT, "timeline-grid"), label);
            first = first == null ? label : first;
        }
        double todayX = canvas.x(chart, chart.today());
        Label today = new Label("Today");
        today.getStyleClass().add(TODAY_LABEL);
        getChildren().addAll(TimelineCanvas.upright(todayX, 0, HEIGHT, TimelineCanvas.TODAY_LINE), today);
        // Under the tick labels however tall the text size makes them; right of the line, or left at the far end.
        Label above = first;
        Runnable place = () -> {
            double top = above == null ? TICK_TOP : TICK_TOP + Math.max(above.getHeight(), above.prefHeight(-1)) + GAP;
            double labelWidth = Math.max(today.getWidth(), today.prefWidth(-1));
            double x = todayX + 4 + labelWidth > width ? todayX - 4 - labelWidth : todayX + 4;
            today.relocate(x, top);
        };
        today.widthProperty().addListener((o, was, now) -> place.run());
        if (above != null) {
            above.heightProperty().addListener((o, was, now) -> place.run());
        }
        place.run();
    }
}
