package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.ui.portfolio.PortfolioPage;
import org.innovationportfolio.ui.portfolio.PortfolioView;
import org.innovationportfolio.ui.shell.PageAction;
import org.innovationportfolio.ui.shell.Screen;
import org.innovationportfolio.ui.timeline.TimelinePage;
import org.junit.jupiter.api.Test;

/**
 * The menu items of one page's commands, through the whole window: Edit › Adopt into portfolio, View › Show on
 * timeline and the timeline's zoom and scroll, each doing what its key does and disabled where it cannot.
 */
class PageMenuItemsTest extends SampleWindowTest {

    private static final List<PageAction> TIMELINE_ITEMS = List.of(PageAction.ZOOM_IN, PageAction.ZOOM_OUT,
            PageAction.TODAY, PageAction.PAGE_UP, PageAction.PAGE_DOWN);

    @Test
    void editAdoptAdoptsTheSelectedEntryAndOpensItsProjectThenOpensThatProjectRatherThanAdoptingTwice() throws Exception {
        MenuItem adopt = item(PageAction.ADOPT);
        assertThat(menuOf(adopt)).isEqualTo("_Edit");
        assertThat(adopt.isDisable()).as("on the portfolio").isTrue();
        int before = projects().size();

        go(KeyCode.DIGIT4, Screen.CATALOGUE);
        assertThat(adopt.isDisable()).as("no entry selected").isTrue();
        robot.clickOn("#catalogueSearch").write("Crewe").type(KeyCode.DOWN);
        assertThat(adopt.isDisable()).isFalse();
        assertThat(adopt.getText()).isEqualTo("_Adopt into portfolio");

        robot.interact(adopt::fire);
        harness.awaitOnFx(() -> screen() == Screen.PROJECT && window.isSettled());

        Project adopted = projects().stream().filter(p -> p.title().equals("Children in Need pilot in Crewe"))
                .findFirst().orElseThrow();
        assertThat(projects()).hasSize(before + 1);
        assertThat(adopted.stage()).isEqualTo(Stage.EXPLORING);
        assertThat(window.shell().pageTitleProperty().get()).contains("Children in Need pilot in Crewe");
        assertThat(adopt.isDisable()).as("on the project record").isTrue();

        go(KeyCode.DIGIT4, Screen.CATALOGUE);
        assertThat(adopt.isDisable()).isFalse();
        assertThat(adopt.getText()).isEqualTo("Open _adopted project");
        robot.interact(adopt::fire);
        harness.awaitOnFx(() -> screen() == Screen.PROJECT && window.isSettled());

        assertThat(projects()).hasSize(before + 1);
        assertThat(window.shell().pageTitleProperty().get()).contains("Children in Need pilot in Crewe");
    }

    @Test
    void theTimelineItemsZoomAndScrollItAsItsKeysDoAndAreDisabledOnOtherPages() throws Exception {
        assertThat(TIMELINE_ITEMS).map(this::item).allSatisfy(item -> {
            assertThat(menuOf(item)).isEqualTo("_View");
            assertThat(item.isDisable()).isTrue();
        });

        go(KeyCode.DIGIT3, Screen.TIMELINE);
        assertThat(TIMELINE_ITEMS).map(this::item).noneMatch(MenuItem::isDisable);
        Region canvas = robot.lookup(".timeline-canvas").queryAs(Region.class);
        double before = canvas.getPrefWidth();

        robot.interact(item(PageAction.ZOOM_IN)::fire);
        double zoomedIn = canvas.getPrefWidth();
        // The key as the menu's accelerator, with the keyboard outside the chart (on the side bar).
        robot.interact(() -> robot.lookup("#nav-timeline").query().requestFocus());
        robot.type(KeyCode.MINUS);

        assertThat(zoomedIn).isGreaterThan(before * 1.2);
        assertThat(canvas.getPrefWidth()).isCloseTo(before, org.assertj.core.data.Offset.offset(1.0));

        go(KeyCode.DIGIT2, Screen.PORTFOLIO);
        assertThat(TIMELINE_ITEMS).map(this::item).allMatch(MenuItem::isDisable);
    }

    @Test
    void showOnTimelineFromAFilteredPortfolioShowsOnlyThoseProjectsAndSaysSoUntilCleared() throws Exception {
        MenuItem showOnTimeline = item(PageAction.SHOW_ON_TIMELINE);
        assertThat(menuOf(showOnTimeline)).isEqualTo("_View");
        assertThat(showOnTimeline.isDisable()).isFalse();
        PortfolioPage portfolio = (PortfolioPage) window.shell().currentPage();
        robot.interact(() -> portfolio.apply(PortfolioFilter.rag(Rag.RED)));
        Set<UUID> listed = table().getItems().stream().map(PortfolioRow::id).collect(Collectors.toSet());
        Set<UUID> withDates = projects().stream().filter(p -> listed.contains(p.id()))
                .filter(p -> p.milestones().stream().anyMatch(m -> m.baseline() != null || m.forecast() != null))
                .map(Project::id).collect(Collectors.toSet());
        assertThat(withDates).hasSizeGreaterThan(1).hasSizeLessThan(projects().size());

        robot.clickOn("#" + PortfolioView.TIMELINE_LINK_ID);
        harness.awaitOnFx(() -> screen() == Screen.TIMELINE && window.isSettled());

        TimelinePage timeline = (TimelinePage) window.shell().currentPage();
        assertThat(projectsOn(timeline)).isEqualTo(withDates);
        Label note = robot.lookup("#timelineFilterNote").queryAs(Label.class);
        assertThat(note.isVisible() && note.getParent().isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("Showing " + listed.size() + " projects, filtered by RAG: Red");
        assertThat(showOnTimeline.isDisable()).as("on the timeline").isTrue();

        // Back on the portfolio, cleared there: Ctrl+T (the menu's key) shows the whole timeline again.
        go(KeyCode.DIGIT2, Screen.PORTFOLIO);
        robot.interact(() -> portfolio.apply(PortfolioFilter.NONE));
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        harness.awaitOnFx(() -> screen() == Screen.TIMELINE && window.isSettled());

        assertThat(projectsOn(timeline)).containsAll(withDates).hasSizeGreaterThan(withDates.size());
        assertThat(note.getText()).isEmpty();
        assertThat(note.getParent().isVisible()).isFalse();
    }

    @Test
    void thePlainKeysOfTheTimelineItemsStillTypeAndMoveTheCaretInTextFieldsElsewhere() throws Exception {
        robot.clickOn("#portfolioSearch");
        robot.type(KeyCode.A, KeyCode.MINUS, KeyCode.B, KeyCode.HOME, KeyCode.C);

        assertThat(robot.lookup("#portfolioSearch").queryAs(TextField.class).getText()).isEqualTo("ca-b");
    }

    private void go(KeyCode digit, Screen screen) throws Exception {
        robot.press(KeyCode.CONTROL).type(digit).release(KeyCode.CONTROL);
        harness.awaitOnFx(() -> screen() == screen && window.isSettled());
    }

    private Set<UUID> projectsOn(TimelinePage timeline) {
        return timeline.viewModel().chartProperty().get().rows().stream()
                .map(org.innovationportfolio.logic.timeline.TimelineChart.Row::projectId).collect(Collectors.toSet());
    }

    private Screen screen() {
        return window.shell().currentProperty().get();
    }

    private List<Project> projects() {
        return harness.store().read(r -> r.projects().findAll());
    }

    @SuppressWarnings("unchecked")
    private TableView<PortfolioRow> table() {
        return robot.lookup("#" + PortfolioView.TABLE_ID).queryAs(TableView.class);
    }

    private MenuItem item(PageAction action) {
        return menuBar().getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> action.key().equals(item.getAccelerator())).findFirst().orElseThrow();
    }

    private String menuOf(MenuItem item) {
        return menuBar().getMenus().stream().filter(menu -> menu.getItems().contains(item)).map(Menu::getText)
                .findFirst().orElse(null);
    }

    private MenuBar menuBar() {
        return robot.from(window.shell().root()).lookup(".menu-bar").queryAs(MenuBar.class);
    }
}
