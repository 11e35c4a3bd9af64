package org.innovationportfolio.ui.timeline;

import java.time.temporal.ChronoUnit;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.innovationportfolio.logic.timeline.TimelineChart;
import org.innovationportfolio.logic.timeline.TimelineChart.Bar;
import org.innovationportfolio.logic.timeline.TimelineChart.Row;
import org.innovationportfolio.logic.timeline.TimelineChart.State;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Draws a {@link TimelineChart} as nodes in a pane, so every milestone has its own tooltip and accessible
 * text: project names on the left, an axis along the top, a today line, diamonds for baseline and forecast.
 */
final class TimelineCanvas extends Pane {

    static final double LABEL_WIDTH = 320;
    static final double AXIS_HEIGHT = 30;
    static final double ROW_HEIGHT = 28;
    static final String MILESTONE = "timeline-milestone";
    static final String TODAY_LINE = "timeline-today";

    private final Pane labels = new Pane();
    private double pixelsPerDay = 3;

    TimelineCanvas() {
        getStyleClass().add("timeline-canvas");
        labels.getStyleClass().add("timeline-labels");
        labels.setManaged(false);
    }

    /** Keeps the project and milestone names in view when the chart scrolls sideways. */
    void setLabelOffset(double x) {
        labels.setTranslateX(x);
    }

    void setPixelsPerDay(double value) {
        pixelsPerDay = value;
    }

    double pixelsPerDay() {
        return pixelsPerDay;
    }

    /** The x of a fraction of the range. */
    double x(TimelineChart chart, double at) {
        return LABEL_WIDTH + at * width(chart);
    }

    double width(TimelineChart chart) {
        return ChronoUnit.DAYS.between(chart.start(), chart.end()) * pixelsPerDay;
    }

    void draw(TimelineChart chart) {
        getChildren().clear();
        labels.getChildren().clear();
        if (chart == null) {
            return;
        }
        double height = AXIS_HEIGHT + chart.rows().size() * ROW_HEIGHT + 8;
        double right = LABEL_WIDTH + width(chart);
        setMinSize(right + 20, height);
        setPrefSize(right + 20, height);
        for (int i = 0; i < chart.rows().size(); i++) {
            if (chart.rows().get(i).isHeading()) {
                Rectangle band = new Rectangle(0, AXIS_HEIGHT + i * ROW_HEIGHT, right + 20, ROW_HEIGHT);
                band.getStyleClass().add("timeline-project-band");
                getChildren().add(band);
            }
        }
        for (TimelineChart.Tick tick : chart.ticks()) {
            double x = x(chart, tick.at());
            Line grid = new Line(x, AXIS_HEIGHT - 6, x, height);
            grid.getStyleClass().add("timeline-grid");
            Label label = new Label(tick.label());
            label.getStyleClass().add("timeline-tick");
            label.relocate(x + 4, 6);
            getChildren().addAll(grid, label);
        }
        double todayX = x(chart, chart.today());
        Line today = new Line(todayX, 0, todayX, height);
        today.getStyleClass().add(TODAY_LINE);
        today.setId(TODAY_LINE);
        Label todayLabel = new Label("Today");
        todayLabel.getStyleClass().add("timeline-today-label");
        todayLabel.relocate(todayX + 4, AXIS_HEIGHT - 16);
        getChildren().addAll(today, todayLabel);
        for (int i = 0; i < chart.rows().size(); i++) {
            Row row = chart.rows().get(i);
            double y = AXIS_HEIGHT + i * ROW_HEIGHT;
            labels.getChildren().add(row.isHeading() ? heading(row, y) : milestoneLabel(row.bar(), y));
            if (!row.isHeading()) {
                getChildren().add(milestone(chart, row.bar(), y + ROW_HEIGHT / 2));
            }
        }
        labels.resize(LABEL_WIDTH, height);
        Rectangle backing = new Rectangle(0, 0, LABEL_WIDTH, height);
        backing.getStyleClass().add("timeline-labels-backing");
        labels.getChildren().add(0, backing);
        for (int i = 0; i < chart.rows().size(); i++) {
            if (chart.rows().get(i).isHeading()) {
                Rectangle band = new Rectangle(0, AXIS_HEIGHT + i * ROW_HEIGHT, LABEL_WIDTH, ROW_HEIGHT);
                band.getStyleClass().add("timeline-project-band");
                labels.getChildren().add(1, band);
            }
        }
        getChildren().add(labels);
    }

    private Node heading(Row row, double y) {
        Label label = new Label(row.projectTitle());
        label.getStyleClass().add("timeline-project");
        label.setMaxWidth(LABEL_WIDTH - 16);
        label.relocate(8, y + 4);
        return label;
    }

    private Node milestoneLabel(Bar bar, double y) {
        Label label = new Label(bar.title());
        label.getStyleClass().add("timeline-milestone-title");
        label.setMaxWidth(LABEL_WIDTH - 36);
        label.relocate(24, y + 5);
        return label;
    }

    private Node milestone(TimelineChart chart, Bar bar, double y) {
        Group group = new Group();
        group.getStyleClass().addAll(MILESTONE, stateClass(bar.state()));
        if (bar.baselineAt() != null && bar.forecastAt() != null && bar.slippageDays() != 0) {
            Line slip = new Line(x(chart, bar.baselineAt()), y, x(chart, bar.forecastAt()), y);
            slip.getStyleClass().add("timeline-slip");
            group.getChildren().add(slip);
        }
        if (bar.baselineAt() != null && (bar.forecastAt() == null || bar.slippageDays() != 0) && bar.baselineAt() != bar.at()) {
            group.getChildren().add(diamond(x(chart, bar.baselineAt()), y, "timeline-baseline"));
        }
        double at = x(chart, bar.at());
        if (bar.state() == State.COMPLETED) {
            Circle done = new Circle(at, y, 6);
            done.getStyleClass().add("timeline-completed");
            group.getChildren().add(done);
        } else if (bar.forecastAt() != null) {
            group.getChildren().add(diamond(at, y, "timeline-forecast"));
        }
        if (bar.state() == State.OVERDUE) {
            Label overdue = new Label("Overdue", new FontIcon(MaterialDesignA.ALERT));
            overdue.getStyleClass().add("timeline-overdue-label");
            overdue.relocate(at + 10, y - 10);
            group.getChildren().add(overdue);
        } else if (bar.state() == State.COMPLETED) {
            FontIcon tick = new FontIcon(MaterialDesignC.CHECK);
            tick.getStyleClass().add("timeline-completed-tick");
            tick.setLayoutX(at - 5);
            tick.setLayoutY(y + 5);
            group.getChildren().add(tick);
        }
        Tooltip.install(group, new Tooltip(bar.description()));
        group.setAccessibleRole(AccessibleRole.TEXT);
        group.setAccessibleText(bar.description());
        group.setUserData(bar);
        return group;
    }

    private static Polygon diamond(double x, double y, String style) {
        Polygon diamond = new Polygon(x, y - 7, x + 7, y, x, y + 7, x - 7, y);
        diamond.getStyleClass().add(style);
        return diamond;
    }

    static String stateClass(State state) {
        return "timeline-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
