package org.innovationportfolio.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.innovationportfolio.logic.timeline.TimelineChart;
import org.innovationportfolio.logic.timeline.TimelineScale;
import org.innovationportfolio.logic.timeline.TimelineText;

/**
 * The timeline's date axis, drawn over the top of the rows so it stays in view as they scroll down. Two lanes:
 * month or quarter labels on top, the Today label under them, so the two never overlap. Labels are measured in
 * the font they show in: where they would run together (larger text, zoomed out) only every 2nd, 3rd, … is shown,
 * and the axis grows taller to hold both lanes.
 */
final class TimelineAxis extends Pane {

    static final double MIN_HEIGHT = 44;
    static final String TICK = "timeline-tick";
    static final String TODAY_LABEL = "timeline-today-label";
    private static final double TICK_TOP = 3;
    private static final double TICK_X = 4;
    private static final double GAP = 2;
    /** Clear space after a label before the next one may start. */
    static final double LABEL_GAP = 12;

    private List<Label> tickLabels = List.of();

    TimelineAxis() {
        getStyleClass().add("timeline-axis");
        setManaged(false);
    }

    /** How tall the axis must be for its two lanes of labels, in their fonts; never less than {@link #MIN_HEIGHT}. */
    static double height(TimelineText.Metrics tickFont, TimelineText.Metrics todayFont) {
        return Math.max(MIN_HEIGHT, Math.ceil(TICK_TOP + tickFont.lineHeight() + GAP + todayFont.lineHeight() + 3));
    }

    /** The month or quarter labels drawn, left to right (those skipped for want of room are not among them). */
    List<Label> tickLabels() {
        return tickLabels;
    }

    /**
     * Hides the month or quarter labels that start left of {@code x}, where the column of names covers the axis:
     * the end of a half-covered label ("026") reads as nonsense.
     */
    void hideLabelsLeftOf(double x) {
        for (Label label : tickLabels) {
            label.setVisible(label.getLayoutX() >= x);
        }
    }

    /**
     * Draws {@code chart}'s axis, {@code width} wide and {@code height} tall, at the x positions {@code canvas} uses
     * for the rows, labelling the ticks there is room for in {@code tickFont}.
     */
    void draw(TimelineChart chart, TimelineCanvas canvas, double width, double height, TimelineText.Metrics tickFont) {
        getChildren().clear();
        Rectangle backing = new Rectangle(0, 0, width, height);
        backing.getStyleClass().add("timeline-axis-backing");
        Line foot = new Line(0, height - 0.5, width, height - 0.5);
        foot.getStyleClass().add("timeline-axis-edge");
        getChildren().addAll(backing, foot);
        List<Double> xs = chart.ticks().stream().map(tick -> canvas.x(chart, tick.at()) + TICK_X).toList();
        List<String> texts = chart.ticks().stream().map(TimelineChart.Tick::label).toList();
        List<Integer> shown = TimelineText.axisLabels(xs, texts, chart.scale() == TimelineScale.QUARTER
                ? TimelineText.QUARTER_STEPS : TimelineText.MONTH_STEPS, LABEL_GAP, width, tickFont::width);
        double todayX = canvas.x(chart, chart.today());
        // The today line under the labels, so it never strikes through a month's name.
        Line todayLine = TimelineCanvas.upright(todayX, 0, height, TimelineCanvas.TODAY_LINE);
        List<Label> drawnLabels = new ArrayList<>();
        for (int i = 0; i < chart.ticks().size(); i++) {
            getChildren().add(TimelineCanvas.upright(xs.get(i) - TICK_X, 0, height, "timeline-grid"));
            if (shown.contains(i)) {
                Label label = new Label(texts.get(i));
                label.getStyleClass().add(TICK);
                label.relocate(xs.get(i), TICK_TOP);
                drawnLabels.add(label);
            }
        }
        getChildren().add(todayLine);
        getChildren().addAll(drawnLabels);
        tickLabels = List.copyOf(drawnLabels);
        Label today = new Label("Today");
        today.getStyleClass().add(TODAY_LABEL);
        getChildren().add(today);
        // Under the tick labels' lane; right of the line, or left of it at the far end.
        double top = TICK_TOP + tickFont.lineHeight() + GAP;
        Runnable place = () -> {
            double labelWidth = Math.max(today.getWidth(), today.prefWidth(-1));
            double x = todayX + 4 + labelWidth > width ? todayX - 4 - labelWidth : todayX + 4;
            today.relocate(x, top);
        };
        today.widthProperty().addListener((o, was, now) -> place.run());
        place.run();
    }
}
