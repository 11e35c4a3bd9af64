package org.innovationportfolio.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.logic.timeline.TimelineChart;
import org.innovationportfolio.logic.timeline.TimelineChart.Row;
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
    private final RecordingNavigator navigator = new RecordingNavigator();

    @BeforeEach
    void open() throws Exception {
        harness = new PageHarness(dataFolder);
        page = PageHarness.onFx(() -> new TimelinePage(harness.context(), navigator,
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
        assertThat(milestones()).allMatch(n -> n.getAccessibleText() != null && n.getAccessibleText().contains(" — "));
        assertThat(overdue).isPositive();
        assertThat(milestones().stream().filter(n -> n.getStyleClass().contains("timeline-overdue")))
                .hasSize((int) overdue)
                .allMatch(n -> n.getAccessibleText().matches(".*, overdue by \\d+ days?"))
                .allMatch(n -> ((Group) n).getChildren().stream().anyMatch(c -> c.getStyleClass().contains("timeline-overdue-label")));
        assertThat(robot.lookup("#" + TimelineCanvas.TODAY_LINE).tryQuery()).isPresent();
    }

    @Test
    void tabReachesEachMilestoneInReadingOrderAndEnterOpensItsProject() throws Exception {
        List<Node> inOrder = PageHarness.onFx(() -> page.canvas().milestoneNodes());
        List<Row> rows = page.viewModel().chartProperty().get().rows().stream().filter(r -> !r.isHeading()).toList();
        assertThat(inOrder).extracting(Node::getUserData).containsExactlyElementsOf(rows);

        robot.interact(() -> robot.lookup("#" + TimelinePage.SCROLL_ID).query().requestFocus());
        robot.type(KeyCode.TAB);
        assertThat(focused()).isSameAs(inOrder.get(0));
        robot.type(KeyCode.TAB);
        assertThat(focused()).isSameAs(inOrder.get(1));
        robot.type(KeyCode.DOWN, 2);
        assertThat(focused()).isSameAs(inOrder.get(3));
        robot.type(KeyCode.UP);
        assertThat(focused()).isSameAs(inOrder.get(2));

        Row third = rows.get(2);
        assertThat(focused().getAccessibleText()).startsWith(third.projectTitle() + " — " + third.bar().title() + ", ")
                .isEqualTo(third.bar().description());
        assertThat(focused().getAccessibleRole()).isEqualTo(AccessibleRole.BUTTON);
        robot.type(KeyCode.ENTER);
        assertThat(navigator.requests()).containsExactly("project:" + third.projectId());
    }

    @Test
    void aMilestoneFarDownTheChartIsScrolledIntoViewWhenItTakesTheKeyboard() throws Exception {
        List<Node> inOrder = PageHarness.onFx(() -> page.canvas().milestoneNodes());
        Node last = inOrder.get(inOrder.size() - 1);
        ScrollPane scroll = robot.lookup("#" + TimelinePage.SCROLL_ID).queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(0));

        robot.interact(last::requestFocus);

        assertThat(scroll.getVvalue()).isGreaterThan(0.5);
        javafx.geometry.Bounds onScreen = PageHarness.onFx(() -> last.localToScene(last.getBoundsInLocal()));
        javafx.geometry.Bounds view = PageHarness.onFx(() -> scroll.localToScene(scroll.getLayoutBounds()));
        assertThat(onScreen.getMinY()).isBetween(view.getMinY(), view.getMaxY());
        double at = PageHarness.onFx(() -> last.localToScene(((TimelineCanvas.Milestone) last).atX(), 0).getX());
        assertThat(at).isBetween(view.getMinX() + page.canvas().labelWidth(), view.getMaxX());
    }

    @Test
    void zoomingKeepsTheKeyboardOnTheSameMilestone() throws Exception {
        Row second = page.viewModel().chartProperty().get().rows().stream().filter(r -> !r.isHeading()).toList().get(1);
        robot.interact(() -> page.canvas().milestoneNodes().get(1).requestFocus());

        robot.type(KeyCode.MINUS);

        assertThat(focused()).isNotNull();
        assertThat(focused().getUserData()).isEqualTo(second);
        assertThat(focused().getStyleClass()).contains(TimelineCanvas.MILESTONE);
    }

    private Node focused() throws Exception {
        return PageHarness.onFx(() -> page.view().getScene().getFocusOwner());
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
    void quartersDrawEachDayNarrowerSoMoreOfThePortfolioFitsAndMonthsGoBack() throws Exception {
        double monthDay = drawnPixelsPerDay();

        robot.clickOn("Quarters");
        double quarterDay = drawnPixelsPerDay();
        assertNamesAtTheLeftOfTheView();
        robot.clickOn("Months");

        assertThat(quarterDay).isLessThan(monthDay / 2);
        assertThat(drawnPixelsPerDay()).isEqualTo(monthDay);
    }

    private void assertNamesAtTheLeftOfTheView() throws Exception {
        ScrollPane scroll = robot.lookup("#" + TimelinePage.SCROLL_ID).queryAs(ScrollPane.class);
        Node names = robot.from(page.canvas()).lookup(".timeline-labels").query();
        double namesX = PageHarness.onFx(() -> names.localToScene(0, 0).getX());
        double viewX = PageHarness.onFx(() -> scroll.localToScene(0, 0).getX());
        assertThat(namesX).as("the names column stays at the left of the view").isCloseTo(viewX, org.assertj.core.data.Offset.offset(2.0));
    }

    /** The drawn chart's width over the days it spans, measured from the canvas. */
    private double drawnPixelsPerDay() throws Exception {
        TimelineChart chart = page.viewModel().chartProperty().get();
        long days = java.time.temporal.ChronoUnit.DAYS.between(chart.start(), chart.end());
        return PageHarness.onFx(() -> (page.canvas().getPrefWidth() - page.canvas().labelWidth() - 20) / days);
    }

    @Test
    void theTodayLabelNeverOverlapsAMonthOrQuarterLabel() throws Exception {
        assertTodayClearOfTicks("months");
        robot.clickOn("#" + TimelinePage.SCROLL_ID).type(KeyCode.MINUS, 3);
        assertTodayClearOfTicks("months, zoomed out");
        robot.clickOn("Quarters");
        assertTodayClearOfTicks("quarters");
        assertThat(PageHarness.screenshot(page.view().getScene(), "timeline-quarters.png")).isNotEmptyFile();
    }

    private void assertTodayClearOfTicks(String when) throws Exception {
        robot.interact(() -> page.view().getScene().getRoot().layout());
        TimelineAxis axis = page.canvas().axis();
        Node today = robot.from(axis).lookup("." + TimelineAxis.TODAY_LABEL).query();
        javafx.geometry.Bounds todayBounds = PageHarness.onFx(() -> today.localToScene(today.getLayoutBounds()));
        List<javafx.geometry.Bounds> ticks = PageHarness.onFx(() -> robot.from(axis).lookup("." + TimelineAxis.TICK)
                .queryAll().stream().map(t -> t.localToScene(t.getLayoutBounds())).toList());
        assertThat(ticks).as(when).isNotEmpty();
        assertThat(todayBounds.getWidth()).as(when).isPositive();
        assertThat(ticks).as("%s: axis labels overlapping Today at %s", when, todayBounds)
                .noneMatch(todayBounds::intersects);
        assertThat(todayBounds.getMaxY()).as(when)
                .isLessThanOrEqualTo(PageHarness.onFx(() -> axis.localToScene(0, page.canvas().axisHeight()).getY()));
    }

    @Test
    void theDateAxisStaysInViewAsTheRowsScrollDownAndMovesWithThemSideways() throws Exception {
        ScrollPane scroll = robot.lookup("#" + TimelinePage.SCROLL_ID).queryAs(ScrollPane.class);
        robot.interact(() -> {
            scroll.setVvalue(0);
            scroll.setHvalue(0.5);
        });
        Node tick = robot.from(page.canvas().axis()).lookup("." + TimelineAxis.TICK).query();
        Node milestone = page.canvas().milestoneNodes().get(0);
        javafx.geometry.Point2D tickAtTop = PageHarness.onFx(() -> tick.localToScene(0, 0));
        double viewTop = PageHarness.onFx(() -> scroll.localToScene(scroll.getViewportBounds().getMinX(), 0).getY());

        robot.interact(() -> scroll.setVvalue(1));

        assertThat(PageHarness.onFx(() -> tick.localToScene(0, 0).getY())).as("the axis after scrolling down")
                .isEqualTo(tickAtTop.getY());
        assertThat(tickAtTop.getY()).isBetween(viewTop, viewTop + page.canvas().axisHeight());

        double milestoneX = PageHarness.onFx(() -> milestone.localToScene(0, 0).getX());
        robot.interact(() -> scroll.setHvalue(0.2));
        double moved = PageHarness.onFx(() -> milestone.localToScene(0, 0).getX()) - milestoneX;
        assertThat(moved).as("the rows scroll sideways").isPositive();
        assertThat(PageHarness.onFx(() -> tick.localToScene(0, 0).getX()) - tickAtTop.getX())
                .as("the axis moves sideways with them").isCloseTo(moved, org.assertj.core.data.Offset.offset(0.5));
        assertThat(PageHarness.screenshot(scroll.getScene(), "timeline-scrolled-down.png")).isNotEmptyFile();
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
    void openedWithAFilterItSaysSoShowsOnlyThoseProjectsAndShowAllProjectsClearsIt() throws Exception {
        javafx.scene.control.Label note = robot.lookup("#" + TimelinePage.FILTER_NOTE_ID).queryAs(javafx.scene.control.Label.class);
        assertThat(note.getParent().isVisible()).isFalse();
        java.util.Set<java.util.UUID> everyProject = projectsShown();
        List<org.innovationportfolio.model.Project> allRed = harness.store().read(r -> r.projects().findAll()).stream()
                .filter(p -> p.rag().filter(org.innovationportfolio.model.Rag.RED::equals).isPresent()).toList();
        java.util.Set<java.util.UUID> red = allRed.stream()
                .filter(p -> p.milestones().stream().anyMatch(m -> m.baseline() != null || m.forecast() != null))
                .map(org.innovationportfolio.model.Project::id).collect(java.util.stream.Collectors.toSet());
        assertThat(red).hasSizeGreaterThan(1).hasSizeLessThan(everyProject.size());

        PageHarness.onFx(() -> {
            page.setFilter(PortfolioFilter.rag(org.innovationportfolio.model.Rag.RED));
            return null;
        });

        assertThat(projectsShown()).isEqualTo(red);
        assertThat(note.getParent().isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("Showing " + allRed.size() + " projects, filtered by RAG: Red");
        assertThat(PageHarness.screenshot(note.getScene(), "timeline-filtered.png")).isNotEmptyFile();

        robot.clickOn("#" + TimelinePage.CLEAR_FILTER_ID);

        assertThat(page.viewModel().filterProperty().get()).isEqualTo(PortfolioFilter.NONE);
        assertThat(projectsShown()).isEqualTo(everyProject);
        assertThat(note.getText()).isEmpty();
        assertThat(note.getParent().isVisible()).isFalse();
    }

    @Test
    void openedFilteredEveryRowHasOneLabelAndNothingIsDrawnBelowTheChart() throws Exception {
        PageHarness.onFx(() -> {
            page.setFilter(PortfolioFilter.rag(org.innovationportfolio.model.Rag.RED));
            return null;
        });
        robot.interact(() -> page.view().getScene().getRoot().layout());

        List<Row> rows = page.viewModel().chartProperty().get().rows();
        TimelineCanvas canvas = page.canvas();
        javafx.scene.layout.Pane labels = robot.from(canvas).lookup(".timeline-labels").queryAs(javafx.scene.layout.Pane.class);
        List<javafx.scene.control.Label> names = labels.getChildrenUnmodifiable().stream()
                .filter(javafx.scene.control.Label.class::isInstance).map(javafx.scene.control.Label.class::cast).toList();
        assertThat(names).extracting(label -> label.getText().replace('\n', ' ')).containsExactlyElementsOf(
                rows.stream().map(r -> r.isHeading() ? r.projectTitle() : r.bar().title()).toList());
        double height = canvas.getPrefHeight();
        List<org.innovationportfolio.logic.timeline.TimelineText.RowBox> boxes = canvas.rowBoxes();
        assertThat(boxes).hasSameSizeAs(rows);
        assertThat(boxes.get(0).top()).isEqualTo(canvas.axisHeight());
        assertThat(height).isEqualTo(boxes.get(boxes.size() - 1).bottom() + 8);
        // Nothing, not half a pixel of a line's end, shows below the chart's own background.
        assertThat(canvas.getChildrenUnmodifiable()).allSatisfy(node ->
                assertThat(node.getBoundsInParent().getMaxY()).as("%s", node).isLessThanOrEqualTo(height));
        assertThat(labels.getChildrenUnmodifiable()).allSatisfy(node ->
                assertThat(node.getBoundsInParent().getMaxY()).as("%s", node).isLessThanOrEqualTo(height));
    }

    @Test
    void openingWithAFilterReadsThePortfolioOnceAndShowAllProjectsNeedsNoRead() throws Exception {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        org.innovationportfolio.logic.ports.Store real = harness.store();
        org.innovationportfolio.logic.ports.Store counting = new org.innovationportfolio.logic.ports.Store() {
            @Override
            public <T> T read(java.util.function.Function<org.innovationportfolio.logic.ports.Repositories, T> work) {
                reads.incrementAndGet();
                return real.read(work);
            }

            @Override
            public <T> T write(java.util.function.Function<org.innovationportfolio.logic.ports.Repositories, T> work) {
                return real.write(work);
            }
        };
        org.innovationportfolio.ui.DesktopContext context = org.innovationportfolio.app.DesktopWiring.context(counting,
                PageHarness.CLOCK, dataFolder, "0.1.0-test", null);
        int everyRow = page.viewModel().chartProperty().get().rows().size();

        TimelinePage opened = PageHarness.onFx(() -> {
            TimelinePage fresh = new TimelinePage(context, navigator, new RecordingDialogService(), new ImmediateTaskRunner());
            // As WorkspaceShell.show does: the filter it was opened with, then refresh.
            fresh.setFilter(PortfolioFilter.rag(org.innovationportfolio.model.Rag.RED));
            fresh.refresh();
            return fresh;
        });

        assertThat(reads).as("one read of the store to open the timeline filtered").hasValue(1);
        TimelineChart red = opened.viewModel().chartProperty().get();
        assertThat(red.rows()).isNotEmpty().hasSizeLessThan(everyRow);
        assertThat(opened.viewModel().filterTextProperty().get()).startsWith("Showing ");

        PageHarness.onFx(() -> {
            opened.viewModel().clearFilter();
            return null;
        });
        assertThat(opened.viewModel().chartProperty().get().rows()).hasSize(everyRow);
        assertThat(opened.viewModel().filterTextProperty().get()).isEmpty();
        assertThat(reads).as("Show all projects filters what was read").hasValue(1);

        PageHarness.onFx(() -> {
            opened.refresh();
            return null;
        });
        assertThat(reads).as("F5 reads again").hasValue(2);
    }

    @Test
    void theFilterNoteCountsOneProjectOrNoneInWords() {
        PortfolioFilter delivering = PortfolioFilter.stage(Stage.DELIVERING);
        assertThat(TimelineViewModel.filterText(delivering, 1)).isEqualTo("Showing 1 project, filtered by Stage: Delivering");
        assertThat(TimelineViewModel.filterText(delivering, 0)).isEqualTo("No project matches the filter: Stage: Delivering");
        assertThat(TimelineViewModel.filterText(PortfolioFilter.NONE, 9)).isEmpty();
    }

    @Test
    void theMenuCommandsZoomAndScrollAsTheKeysDo() throws Exception {
        ScrollPane scroll = robot.lookup("#" + TimelinePage.SCROLL_ID).queryAs(ScrollPane.class);
        assertThat(page.canDo(org.innovationportfolio.ui.shell.PageAction.ZOOM_IN).get()).isTrue();
        assertThat(page.canDo(org.innovationportfolio.ui.shell.PageAction.ADOPT)).isNull();
        double before = page.canvas().getPrefWidth();

        robot.interact(() -> page.perform(org.innovationportfolio.ui.shell.PageAction.ZOOM_IN));
        double zoomedIn = page.canvas().getPrefWidth();
        robot.interact(scroll::requestFocus);
        robot.type(KeyCode.MINUS);

        assertThat(zoomedIn).isGreaterThan(before);
        assertThat(page.canvas().getPrefWidth()).isCloseTo(before, org.assertj.core.data.Offset.offset(1.0));

        robot.interact(() -> scroll.setVvalue(0));
        robot.interact(() -> page.perform(org.innovationportfolio.ui.shell.PageAction.PAGE_DOWN));
        double down = scroll.getVvalue();
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(down).isPositive();
        assertThat(scroll.getVvalue()).isGreaterThan(down);
    }

    private java.util.Set<java.util.UUID> projectsShown() {
        return page.viewModel().chartProperty().get().rows().stream().map(Row::projectId)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void savesAScreenshotOfTheTimeline() throws Exception {
        ScrollPane scroll = robot.lookup("#" + TimelinePage.SCROLL_ID).queryAs(ScrollPane.class);
        assertThat(PageHarness.screenshot(scroll.getScene(), "timeline.png")).isNotEmptyFile();
    }
}
