package org.innovationportfolio.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.innovationportfolio.logic.timeline.TimelineChart.Row;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.innovationportfolio.ui.catalogue.PageHarness;
import org.innovationportfolio.ui.catalogue.RecordingNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;

/**
 * The timeline at a laptop's size and larger text, on the sample portfolio: every project's and milestone's name
 * shown whole in the column of names, and no two labels on the date axis (months, quarters, Today) overlapping.
 * The text size is set as View › Text size sets it: a font size on the window's root (14 px is 100%).
 */
class TimelineTextSizeTest {

    @TempDir
    Path dataFolder;

    private final FxRobot robot = new FxRobot();
    private PageHarness harness;
    private TimelinePage page;

    private void open(int width, int height, int textPercent) throws Exception {
        harness = new PageHarness(dataFolder);
        page = PageHarness.onFx(() -> {
            TimelinePage created = new TimelinePage(harness.context(), new RecordingNavigator(),
                    new RecordingDialogService(), new ImmediateTaskRunner());
            created.view().setStyle(textSize(textPercent));
            return created;
        });
        harness.show(page, width, height);
        harness.awaitOnFx(() -> page.viewModel().loadedProperty().get());
    }

    private static String textSize(int percent) {
        return String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 14.0 * percent / 100);
    }

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @ParameterizedTest(name = "{0} × {1} at {2}% text")
    @CsvSource({"1024, 700, 150", "1280, 800, 100"})
    void everyProjectAndMilestoneNameIsShownWhole(int width, int height, int textPercent) throws Exception {
        open(width, height, textPercent);
        String size = width + " × " + height + " at " + textPercent + "%";

        assertNamesWhole(size);
        robot.interact(page::scrollToToday);
        PageHarness.screenshot(page.view().getScene(), "timeline-" + width + "x" + height + "-" + textPercent + ".png");
    }

    @ParameterizedTest(name = "{0} × {1} at {2}% text")
    @CsvSource({"1024, 700, 150", "1280, 800, 100"})
    void noTwoAxisLabelsOverlapAtAnyScaleOrZoom(int width, int height, int textPercent) throws Exception {
        open(width, height, textPercent);
        String size = width + " × " + height + " at " + textPercent + "%";

        assertAxisLabelsApart(size + ", months");
        robot.clickOn("#" + TimelinePage.SCROLL_ID).type(KeyCode.MINUS, 5);
        assertAxisLabelsApart(size + ", months zoomed right out");
        robot.clickOn("Quarters");
        assertAxisLabelsApart(size + ", quarters");
        robot.clickOn("#" + TimelinePage.SCROLL_ID).type(KeyCode.MINUS, 5);
        assertAxisLabelsApart(size + ", quarters zoomed right out");
        PageHarness.screenshot(page.view().getScene(), "timeline-quarters-" + width + "x" + height + "-" + textPercent
                + ".png");
    }

    @Test
    void changingTheTextSizeWhileTheTimelineIsOpenLaysTheNamesAndAxisOutAgain() throws Exception {
        open(1024, 700, 100);
        assertNamesWhole("at 100%");

        robot.interact(() -> page.view().setStyle(textSize(150)));
        robot.interact(() -> page.view().getScene().getRoot().layout());

        assertNamesWhole("after the text grew to 150%");
        assertAxisLabelsApart("after the text grew to 150%");
    }

    @org.junit.jupiter.api.Test
    void theNamesTakeAShareOfTheWidthSoALaptopKeepsRoomForTheBarsAndAWideScreenForTheNames() throws Exception {
        open(1024, 700, 150);
        javafx.scene.control.ScrollPane scroll = robot.lookup("#" + TimelinePage.SCROLL_ID)
                .queryAs(javafx.scene.control.ScrollPane.class);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double viewport = PageHarness.onFx(() -> scroll.getViewportBounds().getWidth());
        double names = PageHarness.onFx(() -> page.canvas().labelWidth());

        assertThat(viewport - names).as("the bars' room at 1024 × 700 with 150%% text, names %.0f px of %.0f px",
                names, viewport).isGreaterThanOrEqualTo(0.7 * viewport);
        assertNamesWhole("1024 × 700 at 150%, names " + names + " px wide");
        assertAxisLabelsApart("1024 × 700 at 150%, names " + names + " px wide");
        // A wide monitor (1600 px, the side bar aside) gives the names more than a fixed column, so they wrap less;
        // very large text keeps them at least ten ems wide however narrow the page.
        assertThat(TimelineCanvas.labelWidthFor(1420, 14)).isGreaterThan(380);
        assertThat(TimelineCanvas.labelWidthFor(500, 28)).isEqualTo(280);
    }

    /**
     * Each name label shows all its words (no "…"), in the column of names, clear of the labels above and below it,
     * and in the same order as the chart's rows.
     */
    private void assertNamesWhole(String when) throws Exception {
        robot.interact(() -> {
            page.view().applyCss();
            page.view().getScene().getRoot().layout();
        });
        List<Row> rows = page.viewModel().chartProperty().get().rows();
        Pane column = robot.from(page.canvas()).lookup(".timeline-labels").queryAs(Pane.class);
        List<Label> names = PageHarness.onFx(() -> column.getChildrenUnmodifiable().stream()
                .filter(Label.class::isInstance).map(Label.class::cast).toList());
        assertThat(names).as(when).hasSameSizeAs(rows).isNotEmpty();
        List<Bounds> taken = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Label name = names.get(i);
            Row row = rows.get(i);
            String title = row.isHeading() ? row.projectTitle() : row.bar().title();
            String shown = PageHarness.onFx(() -> ((Text) name.lookup(".text")).getText());
            Bounds bounds = PageHarness.onFx(() -> name.localToParent(name.getLayoutBounds()));
            assertThat(shown).as("%s: what the name \"%s\" shows", when, title).isEqualTo(name.getText());
            assertThat(shown.replaceAll("\\s+", " ")).as("%s: the whole name", when).isEqualTo(title);
            assertThat(bounds.getMaxX()).as("%s: \"%s\" stays in the column of names", when, title)
                    .isLessThanOrEqualTo(page.canvas().labelWidth() - 1);
            assertThat(bounds.getHeight()).as("%s: \"%s\" is drawn", when, title).isPositive();
            if (!taken.isEmpty()) {
                assertThat(bounds.getMinY()).as("%s: \"%s\" starts below the name above it", when, title)
                        .isGreaterThanOrEqualTo(taken.get(taken.size() - 1).getMaxY());
            }
            taken.add(bounds);
        }
        Node milestone = page.canvas().milestoneNodes().get(0);
        assertThat(PageHarness.onFx(() -> milestone.getBoundsInParent().getMaxY()))
                .as("%s: the chart is as tall as its names", when)
                .isLessThanOrEqualTo(page.canvas().getPrefHeight());
        assertThat(taken.get(taken.size() - 1).getMaxY()).as("%s: the last name is inside the chart", when)
                .isLessThanOrEqualTo(page.canvas().getPrefHeight());
    }

    /**
     * No two month or quarter labels overlap, none overlaps Today, none is cut or half under the names, and all sit
     * inside the axis.
     */
    private void assertAxisLabelsApart(String when) throws Exception {
        robot.interact(() -> {
            page.view().applyCss();
            page.view().getScene().getRoot().layout();
        });
        TimelineAxis axis = page.canvas().axis();
        List<Label> ticks = PageHarness.onFx(() -> axis.getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains(TimelineAxis.TICK) && n.isVisible()).map(Label.class::cast)
                .toList());
        Label today = robot.from(axis).lookup("." + TimelineAxis.TODAY_LABEL).queryAs(Label.class);
        Line foot = robot.from(axis).lookup(".timeline-axis-edge").queryAs(Line.class);
        List<Bounds> tickBounds = PageHarness.onFx(() -> ticks.stream()
                .map(t -> t.localToParent(t.getLayoutBounds())).toList());
        Bounds todayBounds = PageHarness.onFx(() -> today.localToParent(today.getLayoutBounds()));
        assertThat(ticks).as(when).hasSizeGreaterThan(1);
        for (int i = 0; i < ticks.size(); i++) {
            Label tick = ticks.get(i);
            assertThat(PageHarness.onFx(() -> ((Text) tick.lookup(".text")).getText())).as("%s: a whole label", when)
                    .isEqualTo(tick.getText());
            for (int j = i + 1; j < ticks.size(); j++) {
                assertThat(tickBounds.get(i).intersects(tickBounds.get(j)))
                        .as("%s: \"%s\" %s overlaps \"%s\" %s", when, tick.getText(), tickBounds.get(i),
                                ticks.get(j).getText(), tickBounds.get(j)).isFalse();
            }
            assertThat(tickBounds.get(i).intersects(todayBounds))
                    .as("%s: \"%s\" %s overlaps Today %s", when, tick.getText(), tickBounds.get(i), todayBounds)
                    .isFalse();
            assertThat(tickBounds.get(i).getMaxY()).as(when).isLessThanOrEqualTo(foot.getStartY());
        }
        assertThat(todayBounds.getMaxY()).as("%s: Today inside the axis", when).isLessThanOrEqualTo(foot.getStartY());
        double namesEnd = robot.from(page.canvas()).lookup(".timeline-labels").query().getTranslateX()
                + page.canvas().labelWidth();
        assertThat(ticks).as("%s: no label shown half under the column of names", when)
                .allMatch(tick -> tick.getLayoutX() >= namesEnd);
    }
}
