package org.innovationportfolio.ui.timeline;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.logic.timeline.TimelineChart;
import org.innovationportfolio.logic.timeline.TimelineScale;
import org.innovationportfolio.ui.Css;
import org.innovationportfolio.ui.DesktopContext;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.TaskRunner;
import org.innovationportfolio.ui.shell.Navigator;
import org.innovationportfolio.ui.shell.Page;
import org.innovationportfolio.ui.shell.PageAction;
import org.innovationportfolio.ui.shell.PageCommands;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The timeline page: every (filtered) project's milestones on a month or quarter axis, with zoom and a today line.
 * Zoom, Go to today and Scroll a page are View menu items too, with the same keys ({@link PageAction}).
 */
public final class TimelinePage implements Page, PageCommands {

    static final String SCROLL_ID = "timelineScroll";
    static final String FILTER_NOTE_ID = "timelineFilterNote";
    static final String CLEAR_FILTER_ID = "timelineClearFilter";
    static final String ZOOM_IN_ID = "timelineZoomIn";
    static final String ZOOM_OUT_ID = "timelineZoomOut";
    private static final java.util.List<PageAction> ACTIONS = java.util.List.of(PageAction.ZOOM_IN, PageAction.ZOOM_OUT,
            PageAction.TODAY, PageAction.PAGE_UP, PageAction.PAGE_DOWN);
    private static final String STYLESHEET = "/org/innovationportfolio/ui/timeline/timeline.css";
    private static final double MIN_ZOOM = 0.3;
    private static final double MAX_ZOOM = 24;

    private final TimelineViewModel viewModel;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Timeline");
    private final TimelineCanvas canvas;
    private final ScrollPane scroll;
    private final BorderPane root = new BorderPane();
    // Until the user zooms, each redraw (load, scale toggle) brings today into view.
    private boolean scrollToTodayOnDraw = true;
    private TimelineScale drawnScale;

    public TimelinePage(DesktopContext ctx, Navigator nav, DialogService dialogs, TaskRunner tasks) {
        this.viewModel = new TimelineViewModel(ctx, dialogs, tasks);
        this.canvas = new TimelineCanvas(row -> nav.showProject(row.projectId()), this::scrollIntoView);
        this.scroll = new ScrollPane(canvas);
        canvas.setOnRestyled(this::redraw);
        root.getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
        root.getStyleClass().add("timeline-page");
        root.setTop(header());
        scroll.setId(SCROLL_ID);
        scroll.setAccessibleText("Milestone timeline. Tab or Up and Down move from milestone to milestone, Enter "
                + "opens its project. Plus and minus zoom, Left and Right and Page Up or Down scroll, Home goes to today.");
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() || e.isControlDown()) {
                zoom(e.getDeltaY() > 0 ? 1.25 : 0.8);
                e.consume();
            }
        });
        root.setCenter(scroll);
        scroll.hvalueProperty().addListener((o, was, now) -> keepLabelsInView());
        scroll.vvalueProperty().addListener((o, was, now) -> keepLabelsInView());
        // A new scale or zoom resizes the chart without always moving the scroll bars: the offsets follow the size.
        canvas.widthProperty().addListener((o, was, now) -> keepLabelsInView());
        canvas.heightProperty().addListener((o, was, now) -> keepLabelsInView());
        scroll.viewportBoundsProperty().addListener((o, was, now) -> keepLabelsInView());
        // The names' column is a share of the page's width: a new width may draw the rows again (after this layout).
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            if (was == null || Math.abs(was.getWidth() - now.getWidth()) >= 1) {
                Platform.runLater(() -> canvas.followViewportWidth(scroll.getViewportBounds().getWidth()));
            }
        });
        viewModel.chartProperty().addListener((o, was, now) -> redraw());
    }

    /** Shows only the projects matching {@code filter} ({@link PortfolioFilter#NONE} for all). */
    public void setFilter(PortfolioFilter filter) {
        viewModel.filterProperty().set(filter == null ? PortfolioFilter.NONE : filter);
    }

    public TimelineViewModel viewModel() {
        return viewModel;
    }

    TimelineCanvas canvas() {
        return canvas;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    @Override
    public void refresh() {
        viewModel.load();
    }

    @Override
    public Node initialFocus() {
        return scroll;
    }

    /** Zoom, Go to today and Scroll a page, once there is a chart to move about. */
    @Override
    public ObservableBooleanValue canDo(PageAction action) {
        return ACTIONS.contains(action) ? viewModel.chartProperty().isNotNull() : null;
    }

    /** What the View menu's timeline items and the page's own keys do. */
    @Override
    public void perform(PageAction action) {
        switch (action) {
            case ZOOM_IN -> zoom(1.25);
            case ZOOM_OUT -> zoom(0.8);
            case TODAY -> scrollToToday();
            case PAGE_UP -> scrollPage(-1);
            case PAGE_DOWN -> scrollPage(1);
            default -> {
                // not a timeline command
            }
        }
    }

    private Node header() {
        // No heading of its own: the window's header already names the page "Timeline", and at 1024×700 with larger
        // text a second title cost the rows a fifth of their room.
        ToggleGroup scales = new ToggleGroup();
        ToggleButton months = scaleButton("_Months", TimelineScale.MONTH, scales);
        ToggleButton quarters = scaleButton("_Quarters", TimelineScale.QUARTER, scales);
        months.getStyleClass().add(Styles.LEFT_PILL);
        quarters.getStyleClass().add(Styles.RIGHT_PILL);
        scales.selectToggle(months);
        scales.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                scales.selectToggle(was);
            } else {
                viewModel.scaleProperty().set((TimelineScale) now.getUserData());
            }
        });
        // Filled lenses: the outline ones' plus and minus are a pixel or two apart at toolbar size, so looked the same;
        // and named in words beside them, as even the filled lenses' plus and minus are a few pixels across.
        Button zoomIn = iconButton(MaterialDesignM.MAGNIFY_PLUS, "Zoom in", "Zoom in (+ or Ctrl+scroll)", () -> zoom(1.25));
        Button zoomOut = iconButton(MaterialDesignM.MAGNIFY_MINUS, "Zoom out", "Zoom out (− or Ctrl+scroll)",
                () -> zoom(0.8));
        zoomIn.setId(ZOOM_IN_ID);
        zoomOut.setId(ZOOM_OUT_ID);
        Button today = new Button("_Today");
        today.setTooltip(new Tooltip("Scroll to today (Home)"));
        today.setOnAction(e -> scrollToToday());
        Label legend = new Label("◇ baseline   ◆ forecast   ── slippage   ● completed   ▲ Overdue in red   │ today"
                + "   ·   Tab to a milestone, Enter opens its project");
        legend.getStyleClass().add("timeline-legend");
        // On its own line under the commands, wrapping to the page's width: in the commands' flow pane it set the
        // pane's narrowest width, and so the page's, pushing the page out of a small window at large text.
        legend.setWrapText(true);
        legend.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(months, quarters, zoomOut, zoomIn, today);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("timeline-toolbar");
        VBox header = new VBox(bar, legend, filterNote());
        header.getStyleClass().add(Css.APP_HEADER);
        return header;
    }

    /** "Showing 4 projects, filtered by RAG: Red" and Show all projects, while the timeline is filtered. */
    private Node filterNote() {
        Label note = new Label();
        note.setId(FILTER_NOTE_ID);
        note.textProperty().bind(viewModel.filterTextProperty());
        note.setWrapText(true);
        Hyperlink all = new Hyperlink("Show all projects");
        all.setId(CLEAR_FILTER_ID);
        all.setAccessibleHelp("Clears the filter the timeline was opened with");
        all.setOnAction(e -> viewModel.clearFilter());
        HBox box = new HBox(new FontIcon(MaterialDesignF.FILTER_OUTLINE), note, all);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("timeline-filter-note");
        box.visibleProperty().bind(viewModel.filterTextProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static ToggleButton scaleButton(String text, TimelineScale scale, ToggleGroup group) {
        ToggleButton button = new ToggleButton(text);
        button.setUserData(scale);
        button.setToggleGroup(group);
        return button;
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String name, String text, Runnable action) {
        Button button = new Button(name, new FontIcon(icon));
        button.setMnemonicParsing(false);
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** The menu items' keys, matched as the menus match them (Ctrl+minus and Ctrl+= stay the window's text size). */
    private void keys(KeyEvent e) {
        for (PageAction action : ACTIONS) {
            if (action.key().match(e)) {
                perform(action);
                e.consume();
                return;
            }
        }
    }

    /** Scrolls down ({@code direction} 1) or up (−1) by what is in view. */
    private void scrollPage(int direction) {
        double viewport = scroll.getViewportBounds().getHeight();
        double page = viewport / Math.max(1, canvas.getHeight() - viewport);
        scroll.setVvalue(clamp(scroll.getVvalue() + direction * page));
    }

    /** Zooms about the centre of what is in view. */
    void zoom(double factor) {
        TimelineChart chart = viewModel.chartProperty().get();
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, canvas.pixelsPerDay() * factor));
        if (chart == null || next == canvas.pixelsPerDay()) {
            return;
        }
        double centre = centreFraction(chart);
        canvas.setPixelsPerDay(next);
        scrollToTodayOnDraw = false;
        redraw();
        scrollTo(chart, centre);
    }

    private double centreFraction(TimelineChart chart) {
        double viewport = scroll.getViewportBounds().getWidth();
        double left = scroll.getHvalue() * Math.max(0, canvas.getWidth() - viewport);
        return (left + viewport / 2 - canvas.labelWidth()) / canvas.width(chart);
    }

    void scrollToToday() {
        TimelineChart chart = viewModel.chartProperty().get();
        if (chart != null) {
            scrollTo(chart, chart.today());
        }
    }

    private void scrollTo(TimelineChart chart, double fraction) {
        canvas.applyCss();
        canvas.layout();
        scroll.layout();
        double viewport = scroll.getViewportBounds().getWidth();
        double content = canvas.getPrefWidth();
        double target = canvas.x(chart, fraction) - viewport / 2;
        scroll.setHvalue(content <= viewport ? 0 : clamp(target / (content - viewport)));
    }

    /** Pixels per day each scale starts at: a quarter's label needs no more room than a month's, so it is a third. */
    static double pixelsPerDay(TimelineScale scale) {
        return scale == TimelineScale.QUARTER ? 1 : 3;
    }

    private void redraw() {
        TimelineChart chart = viewModel.chartProperty().get();
        if (chart != null && chart.scale() != drawnScale) {
            // A new scale starts from its own zoom: quarters show three times the months in the same width.
            drawnScale = chart.scale();
            canvas.setPixelsPerDay(pixelsPerDay(drawnScale));
        }
        // The marks are drawn afresh, so the keyboard goes back to the same milestone on the new ones.
        String focused = canvas.focusedKey();
        canvas.draw(chart);
        keepLabelsInView();
        if (chart != null && scrollToTodayOnDraw && focused == null) {
            scrollToToday();
        }
        Node again = focused == null ? null : canvas.milestoneNode(focused);
        if (again != null) {
            again.requestFocus();
        } else if (focused != null) {
            scroll.requestFocus();
        }
    }

    /** Scrolls so the milestone holding the keyboard is in view, clear of the names down the left. */
    private void scrollIntoView(Node milestone) {
        canvas.applyCss();
        canvas.layout();
        scroll.layout();
        Bounds bounds = milestone.getBoundsInParent();
        Bounds viewport = scroll.getViewportBounds();
        double hidden = Math.max(0, canvas.getWidth() - viewport.getWidth());
        double left = scroll.getHvalue() * hidden;
        double visibleFrom = left + canvas.labelWidth();
        double visibleTo = left + viewport.getWidth();
        // Where the milestone stands now (its forecast or completion) must show, with room for "Overdue" after it.
        double at = ((TimelineCanvas.Milestone) milestone).atX();
        if (hidden > 0 && (at - 12 < visibleFrom || at + 100 > visibleTo)) {
            double target = at - canvas.labelWidth() - (viewport.getWidth() - canvas.labelWidth()) * 2 / 3;
            scroll.setHvalue(clamp(target / hidden));
        }
        double hiddenHeight = Math.max(0, canvas.getHeight() - viewport.getHeight());
        double top = scroll.getVvalue() * hiddenHeight;
        if (hiddenHeight > 0 && (bounds.getMinY() < top + canvas.axisHeight()
                || bounds.getMaxY() > top + viewport.getHeight())) {
            double target = bounds.getMinY() - viewport.getHeight() / 2;
            scroll.setVvalue(clamp(target / hiddenHeight));
        }
    }

    /** Keeps the names down the left in view sideways, and the date axis in view up and down. */
    private void keepLabelsInView() {
        double hidden = Math.max(0, canvas.getWidth() - scroll.getViewportBounds().getWidth());
        canvas.setLabelOffset(scroll.getHvalue() * hidden);
        double hiddenHeight = Math.max(0, canvas.getHeight() - scroll.getViewportBounds().getHeight());
        canvas.setAxisOffset(scroll.getVvalue() * hiddenHeight);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
