package org.innovationportfolio.ui.timeline;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.innovationportfolio.logic.timeline.TimelineChart;
import org.innovationportfolio.logic.timeline.TimelineChart.Bar;
import org.innovationportfolio.logic.timeline.TimelineChart.Row;
import org.innovationportfolio.logic.timeline.TimelineChart.State;
import org.innovationportfolio.logic.timeline.TimelineLayout;
import org.innovationportfolio.logic.timeline.TimelineScale;
import org.innovationportfolio.logic.timeline.TimelineText;
import org.innovationportfolio.logic.timeline.TimelineText.RowBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Draws a {@link TimelineChart} as nodes in a pane, so every milestone has its own tooltip and accessible
 * text: project names on the left, an axis along the top, a today line, diamonds for baseline and forecast.
 * Names are measured in the font they show in and wrap onto as many lines as they need, each row as tall as its
 * name, so every name is read in full at any text size.
 * Each milestone takes the keyboard in reading order (Tab, or Up and Down); Enter or a double-click opens its project.
 */
final class TimelineCanvas extends Pane {

    /** The names' column before the page's width is known. */
    static final double LABEL_WIDTH = 320;
    /** The share of the page's width the names take, between their least and most. */
    static final double LABEL_SHARE = 0.28;
    /** The names' least width, in ems of their text: a word or two a line at any text size. */
    static final double MIN_LABEL_EMS = 10;
    /** The names' most width, in ems: past it a wide window gives the bars the room. */
    static final double MAX_LABEL_EMS = 34;
    /** The axis's least height; at larger text it grows to hold its two lanes of labels. */
    static final double MIN_AXIS_HEIGHT = TimelineAxis.MIN_HEIGHT;
    /** A row's least height: room for a milestone's marks and the ring round them. */
    static final double ROW_HEIGHT = 28;
    static final String MILESTONE = "timeline-milestone";
    static final String TODAY_LINE = "timeline-today";
    static final String FOCUS_RING = "timeline-focus-ring";
    static final String BASELINE = "timeline-baseline";
    static final String FORECAST = "timeline-forecast";
    static final String PROJECT_NAME = "timeline-project";
    static final String MILESTONE_NAME = "timeline-milestone-title";
    private static final PseudoClass FOCUSED_ROW = PseudoClass.getPseudoClass("focused-row");
    private static final double HEADING_X = 8;
    private static final double HEADING_PADDING = 4;
    private static final double MILESTONE_X = 24;
    private static final double MILESTONE_PADDING = 5;
    private static final double RIGHT_MARGIN = 12;

    private final Pane labels = new Pane();
    private final TimelineAxis axis = new TimelineAxis();
    // Where the names and the axis meet: blank, above both, whichever way the chart scrolls.
    private final Rectangle corner = new Rectangle();
    private final Map<String, Milestone> milestones = new LinkedHashMap<>();
    private final Consumer<Row> onOpen;
    private final Consumer<Node> onFocused;
    // Unseen labels styled as the drawn ones are, so the text is measured in the font it shows in.
    private final Label projectProbe = probe(PROJECT_NAME);
    private final Label milestoneProbe = probe(MILESTONE_NAME);
    private final Label tickProbe = probe(TimelineAxis.TICK);
    private final Label todayProbe = probe(TimelineAxis.TODAY_LABEL);
    private final Group probes = new Group(projectProbe, milestoneProbe, tickProbe, todayProbe);
    private double pixelsPerDay = TimelinePage.pixelsPerDay(TimelineScale.MONTH);
    private TimelineChart drawn;
    private List<Font> drawnFonts = List.of();
    private List<RowBox> rowBoxes = List.of();
    private double axisHeight = MIN_AXIS_HEIGHT;
    private double labelWidth = LABEL_WIDTH;
    private Runnable onRestyled = () -> draw(drawn);

    /**
     * @param onOpen what Enter or a double-click on a milestone does with its row
     * @param onFocused told when a milestone takes the keyboard, so the page can scroll it into view
     */
    TimelineCanvas(Consumer<Row> onOpen, Consumer<Node> onFocused) {
        this.onOpen = onOpen;
        this.onFocused = onFocused;
        getStyleClass().add("timeline-canvas");
        labels.getStyleClass().add("timeline-labels");
        labels.setManaged(false);
        corner.getStyleClass().add("timeline-axis-backing");
        corner.setManaged(false);
        probes.setVisible(false);
        probes.setManaged(false);
        // A new text size (View › Text size) reaches the labels through CSS: lay the rows out again in it.
        for (Node probe : probes.getChildren()) {
            ((Label) probe).fontProperty().addListener((o, was, now) -> Platform.runLater(() -> {
                if (drawn != null && !fonts().equals(drawnFonts)) {
                    onRestyled.run();
                }
            }));
        }
    }

    private static Label probe(String style) {
        Label probe = new Label("Xg");
        probe.getStyleClass().add(style);
        return probe;
    }

    /** What to do when the text size changes under a drawn chart: draw it again (the page keeps the keyboard's place). */
    void setOnRestyled(Runnable action) {
        onRestyled = action;
    }

    /** Keeps the project and milestone names in view when the chart scrolls sideways. */
    void setLabelOffset(double x) {
        labels.setTranslateX(x);
        corner.setTranslateX(x);
        axis.hideLabelsLeftOf(x + labelWidth);
    }

    /** Keeps the date axis in view when the rows scroll up and down; sideways it moves with them. */
    void setAxisOffset(double y) {
        axis.setTranslateY(y);
        corner.setTranslateY(y);
    }

    /** The axis along the top: month or quarter labels, and Today. */
    TimelineAxis axis() {
        return axis;
    }

    /** How tall the axis is drawn, at the current text size. */
    double axisHeight() {
        return axisHeight;
    }

    /** Where each of the chart's rows was drawn, and the lines its name was wrapped into. */
    List<RowBox> rowBoxes() {
        return rowBoxes;
    }

    /** How wide the column of names is drawn. */
    double labelWidth() {
        return labelWidth;
    }

    /**
     * The names' column for a page {@code viewportWidth} wide: a share of it, so a laptop keeps room for the bars
     * and a wide monitor does not wrap names needlessly, never narrower or wider than a number of ems of the names'
     * text ({@code em} pixels each).
     */
    static double labelWidthFor(double viewportWidth, double em) {
        return Math.round(Math.max(MIN_LABEL_EMS * em, Math.min(MAX_LABEL_EMS * em, viewportWidth * LABEL_SHARE)));
    }

    /**
     * Follows the page's width: when the names' column should change, it is drawn again at its new width.
     *
     * @return true when the column changed and the chart was drawn again
     */
    boolean followViewportWidth(double viewportWidth) {
        if (viewportWidth <= 0) {
            return false;
        }
        double next = labelWidthFor(viewportWidth, projectProbe.getFont().getSize());
        if (Math.abs(next - labelWidth) < 1) {
            return false;
        }
        labelWidth = next;
        if (drawn != null) {
            onRestyled.run();
        }
        return true;
    }

    void setPixelsPerDay(double value) {
        pixelsPerDay = value;
    }

    double pixelsPerDay() {
        return pixelsPerDay;
    }

    /** The x of a fraction of the range. */
    double x(TimelineChart chart, double at) {
        return labelWidth + at * width(chart);
    }

    double width(TimelineChart chart) {
        return ChronoUnit.DAYS.between(chart.start(), chart.end()) * pixelsPerDay;
    }

    /** The milestones in reading order (project by project, top to bottom). */
    List<Node> milestoneNodes() {
        return new ArrayList<>(milestones.values());
    }

    /** The milestone drawn for {@link TimelineLayout#key}, or null. */
    Node milestoneNode(String key) {
        return milestones.get(key);
    }

    /** The key of the milestone holding the keyboard, or null. */
    String focusedKey() {
        return milestones.entrySet().stream().filter(e -> e.getValue().isFocused()).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private List<Font> fonts() {
        return probes.getChildren().stream().map(probe -> ((Label) probe).getFont()).toList();
    }

    /** The size of text in {@code probe}'s font, as a label of its style shows it. */
    static TimelineText.Metrics metrics(Label probe) {
        Text measure = new Text();
        measure.setFont(probe.getFont());
        measure.setText("Xg");
        double lineHeight = measure.getLayoutBounds().getHeight();
        double insetsWidth = probe.snappedLeftInset() + probe.snappedRightInset();
        double insetsHeight = probe.snappedTopInset() + probe.snappedBottomInset();
        return new TimelineText.Metrics() {
            @Override
            public double width(String line) {
                measure.setText(line);
                return Math.ceil(measure.getLayoutBounds().getWidth() + insetsWidth);
            }

            @Override
            public double lineHeight() {
                return lineHeight + insetsHeight;
            }
        };
    }

    /**
     * The names wrapped to the column in the font they show in, each row as tall as its name: a long project name
     * takes two or three lines rather than being cut off.
     */
    static List<RowBox> layOutRows(TimelineChart chart, double top, double labelWidth, TimelineText.Metrics project,
            TimelineText.Metrics milestone) {
        List<TimelineText.Name> names = chart.rows().stream().map(row -> row.isHeading()
                ? new TimelineText.Name(row.projectTitle(), labelWidth - HEADING_X - RIGHT_MARGIN, project, HEADING_PADDING)
                : new TimelineText.Name(row.bar().title(), labelWidth - MILESTONE_X - RIGHT_MARGIN, milestone,
                        MILESTONE_PADDING)).toList();
        return TimelineText.rows(names, top, ROW_HEIGHT);
    }

    void draw(TimelineChart chart) {
        getChildren().clear();
        labels.getChildren().clear();
        milestones.clear();
        drawn = chart;
        getChildren().add(probes);
        if (chart == null) {
            rowBoxes = List.of();
            return;
        }
        if (getScene() != null) {
            applyCss();
        }
        drawnFonts = fonts();
        TimelineText.Metrics tickFont = metrics(tickProbe);
        TimelineText.Metrics todayFont = metrics(todayProbe);
        axisHeight = TimelineAxis.height(tickFont, todayFont);
        rowBoxes = layOutRows(chart, axisHeight, labelWidth, metrics(projectProbe), metrics(milestoneProbe));
        double height = (rowBoxes.isEmpty() ? axisHeight : rowBoxes.get(rowBoxes.size() - 1).bottom()) + 8;
        double right = labelWidth + width(chart);
        setMinSize(right + 20, height);
        setPrefSize(right + 20, height);
        for (int i = 0; i < chart.rows().size(); i++) {
            if (chart.rows().get(i).isHeading()) {
                RowBox box = rowBoxes.get(i);
                Rectangle band = new Rectangle(0, box.top(), right + 20, box.height());
                band.getStyleClass().add("timeline-project-band");
                getChildren().add(band);
            }
        }
        for (TimelineChart.Tick tick : chart.ticks()) {
            getChildren().add(upright(x(chart, tick.at()), axisHeight, height, "timeline-grid"));
        }
        Line today = upright(x(chart, chart.today()), axisHeight, height, TODAY_LINE);
        today.setId(TODAY_LINE);
        getChildren().add(today);
        for (int i = 0; i < chart.rows().size(); i++) {
            Row row = chart.rows().get(i);
            RowBox box = rowBoxes.get(i);
            Node label = row.isHeading() ? name(row.projectTitle(), box, PROJECT_NAME, HEADING_X, HEADING_PADDING)
                    : name(row.bar().title(), box, MILESTONE_NAME, MILESTONE_X, MILESTONE_PADDING);
            labels.getChildren().add(label);
            if (!row.isHeading()) {
                Milestone mark = milestone(chart, row, box.top() + box.height() / 2);
                mark.focusedProperty().addListener((o, was, now) -> label.pseudoClassStateChanged(FOCUSED_ROW, now));
                milestones.put(TimelineLayout.key(row.projectId(), row.bar().milestoneId()), mark);
                getChildren().add(mark);
            }
        }
        labels.resize(labelWidth, height);
        Rectangle backing = new Rectangle(0, 0, labelWidth, height);
        backing.getStyleClass().add("timeline-labels-backing");
        labels.getChildren().add(0, backing);
        Line edge = upright(labelWidth - 0.5, 0, height, "timeline-labels-edge");
        labels.getChildren().add(edge);
        for (int i = 0; i < chart.rows().size(); i++) {
            if (chart.rows().get(i).isHeading()) {
                RowBox box = rowBoxes.get(i);
                Rectangle band = new Rectangle(0, box.top(), labelWidth, box.height());
                band.getStyleClass().add("timeline-project-band");
                labels.getChildren().add(1, band);
            }
        }
        getChildren().add(labels);
        axis.draw(chart, this, right + 20, axisHeight, tickFont);
        axis.hideLabelsLeftOf(labels.getTranslateX() + labelWidth);
        getChildren().add(axis);
        corner.setWidth(labelWidth);
        corner.setHeight(axisHeight);
        getChildren().add(corner);
    }

    /** A project's or milestone's name, whole, in the lines it was wrapped into; read aloud as one line. */
    private static Label name(String text, RowBox box, String style, double x, double padding) {
        Label label = new Label(String.join("\n", box.lines()));
        label.getStyleClass().add(style);
        label.setAccessibleText(text);
        label.relocate(x, box.top() + padding);
        return label;
    }

    private Milestone milestone(TimelineChart chart, Row row, double y) {
        Bar bar = row.bar();
        Milestone group = new Milestone(row, x(chart, bar.at()));
        group.getStyleClass().addAll(MILESTONE, stateClass(bar.state()));
        double from = bar.baselineAt() == null ? x(chart, bar.at()) : Math.min(x(chart, bar.baselineAt()), x(chart, bar.at()));
        double to = bar.baselineAt() == null ? x(chart, bar.at()) : Math.max(x(chart, bar.baselineAt()), x(chart, bar.at()));
        Rectangle ring = new Rectangle(from - 11, y - 11, to - from + 22, 22);
        ring.setArcWidth(8);
        ring.setArcHeight(8);
        ring.getStyleClass().add(FOCUS_RING);
        group.getChildren().add(ring);
        if (bar.baselineAt() != null && bar.forecastAt() != null && bar.slippageDays() != 0) {
            Line slip = new Line(x(chart, bar.baselineAt()), y, x(chart, bar.forecastAt()), y);
            slip.getStyleClass().add("timeline-slip");
            group.getChildren().add(slip);
        }
        if (bar.baselineApart()) {
            group.getChildren().add(diamond(x(chart, bar.baselineAt()), y, BASELINE));
        }
        double at = x(chart, bar.at());
        if (bar.state() == State.COMPLETED) {
            Circle done = new Circle(at, y, 6);
            done.getStyleClass().add("timeline-completed");
            group.getChildren().add(done);
        } else {
            // With no forecast the milestone stands on its baseline: on plan, marked as a forecast would be.
            group.getChildren().add(diamond(at, y, FORECAST));
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
        return group;
    }

    private void step(Milestone from, int by) {
        List<Node> order = milestoneNodes();
        int at = order.indexOf(from) + by;
        if (at >= 0 && at < order.size()) {
            order.get(at).requestFocus();
        }
    }

    /** One milestone's marks as a single focusable, pressable item that reads its description aloud. */
    final class Milestone extends Group {

        private final Row row;
        private final double atX;

        Milestone(Row row, double atX) {
            this.row = row;
            this.atX = atX;
            setUserData(row);
            setFocusTraversable(true);
            setAccessibleRole(AccessibleRole.BUTTON);
            setAccessibleText(row.bar().description());
            setAccessibleHelp("Enter opens the project. Up and Down move between milestones.");
            focusedProperty().addListener((o, was, now) -> {
                if (now) {
                    onFocused.accept(this);
                }
            });
            addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                switch (e.getCode()) {
                    case ENTER, SPACE -> onOpen.accept(row);
                    case DOWN -> step(this, 1);
                    case UP -> step(this, -1);
                    default -> {
                        return;
                    }
                }
                e.consume();
            });
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    requestFocus();
                    if (e.getClickCount() == 2) {
                        onOpen.accept(row);
                    }
                }
            });
        }

        Row row() {
            return row;
        }

        /** The x where the milestone stands now: completion, else forecast, else baseline. */
        double atX() {
            return atX;
        }

        @Override
        public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
            if (action == AccessibleAction.FIRE) {
                onOpen.accept(row);
            } else {
                super.executeAccessibleAction(action, parameters);
            }
        }
    }

    /**
     * A line from {@code top} down to {@code bottom} that stops there: JavaFX's default square ends would run half
     * the stroke past the chart's foot, a faint row of dots under the last name.
     */
    static Line upright(double x, double top, double bottom, String style) {
        Line line = new Line(x, top, x, bottom);
        line.setStrokeLineCap(StrokeLineCap.BUTT);
        line.getStyleClass().add(style);
        return line;
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
