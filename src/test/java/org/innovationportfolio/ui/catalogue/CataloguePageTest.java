package org.innovationportfolio.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.innovationportfolio.logic.catalogue.Adoption;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The catalogue page, headless, on a real database holding the sample portfolio and the shipped catalogue. */
class CataloguePageTest {

    @TempDir
    Path dataFolder;

    private final FxRobot robot = new FxRobot();
    private final RecordingNavigator nav = new RecordingNavigator();
    private PageHarness harness;
    private CataloguePage page;

    @BeforeEach
    void open() throws Exception {
        harness = new PageHarness(dataFolder);
        page = PageHarness.onFx(() -> new CataloguePage(harness.context(), nav, new RecordingDialogService(),
                new ImmediateTaskRunner()));
        harness.show(page, 1280, 800);
        harness.awaitOnFx(() -> page.viewModel().loadedProperty().get());
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private String count() {
        return robot.lookup("#" + CataloguePage.COUNT_ID).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private ListView<Innovation> list() {
        return robot.lookup("#" + CataloguePage.LIST_ID).queryAs(ListView.class);
    }

    @Test
    void adoptFromTheCatalogueCreatesAProjectInExploringMarksTheEntryAndOpensTheProject() throws Exception {
        robot.clickOn("#" + CataloguePage.SEARCH_ID).write("Crewe");
        assertThat(count()).isEqualTo("1 of 160 entries");
        robot.type(KeyCode.DOWN);
        Innovation entry = list().getSelectionModel().getSelectedItem();
        assertThat(entry.title()).isEqualTo("Children in Need pilot in Crewe");

        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);

        List<Project> adopting = harness.store().read(r -> r.projects().findAll()).stream()
                .filter(p -> entry.id().equals(p.innovationId())).toList();
        assertThat(adopting).singleElement().satisfies(project -> {
            assertThat(project.stage()).isEqualTo(Stage.EXPLORING);
            assertThat(project.title()).isEqualTo(entry.title());
        });
        assertThat(nav.requests()).containsExactly("project:" + adopting.get(0).id());
        assertThat(robot.lookup(".adopted-badge").queryAll().stream().filter(javafx.scene.Node::isVisible)).isNotEmpty();
        assertThat(robot.lookup("#" + CatalogueDetail.ADOPTED_NOTE_ID).queryAs(Label.class).getText())
                .contains("Adopted in your portfolio as “Children in Need pilot in Crewe” (Exploring)");
    }

    @Test
    void theAdoptButtonAdoptsTheSelectedEntry() throws Exception {
        robot.clickOn("#" + CataloguePage.SEARCH_ID).write("Crewe").type(KeyCode.DOWN);

        robot.clickOn("#" + CatalogueDetail.ADOPT_BUTTON_ID);

        assertThat(new Adoption(harness.store(), PageHarness.CLOCK).adopted())
                .containsKey(list().getSelectionModel().getSelectedItem().id());
        assertThat(nav.requests()).hasSize(1).allMatch(r -> r.startsWith("project:"));
    }

    @Test
    void anAdoptedEntrySaysSoAndOpensItsProjectInsteadOfAdoptingAgain() throws Exception {
        int before = harness.store().read(r -> r.projects().count());
        robot.clickOn("#" + CataloguePage.SEARCH_ID).write("No Wrong Door North Yorkshire").type(KeyCode.DOWN);
        Innovation entry = list().getSelectionModel().getSelectedItem();
        UUID project = new Adoption(harness.store(), PageHarness.CLOCK).adopted().get(entry.id()).get(0).projectId();

        robot.clickOn("#" + CatalogueDetail.OPEN_PROJECT_BUTTON_ID);

        assertThat(nav.requests()).containsExactly("project:" + project);
        assertThat(harness.store().<Integer>read(r -> r.projects().count())).isEqualTo(before);
        assertThat(robot.lookup("#" + CatalogueDetail.ADOPTED_NOTE_ID).queryAs(Label.class).getText())
                .startsWith("Adopted in your portfolio as “No Wrong Door");
    }

    @Test
    void searchAndFiltersNarrowTheListAndSayHowManyOfHowMany() throws Exception {
        assertThat(count()).isEqualTo("160 entries");
        robot.clickOn("#" + CataloguePage.SEARCH_ID).write("mockingbird");
        assertThat(count()).isEqualTo("3 of 160 entries");
        assertThat(list().getItems()).hasSize(3);

        robot.type(KeyCode.ESCAPE);
        @SuppressWarnings("unchecked")
        CheckComboBox<Theme> themes = robot.lookup("#" + CataloguePage.THEME_FILTER_ID).queryAs(CheckComboBox.class);
        PageHarness.onFx(() -> {
            themes.getCheckModel().check(Theme.TECHNOLOGICAL_INNOVATION);
            return null;
        });
        assertThat(count()).isEqualTo("15 of 160 entries");

        robot.clickOn("_Clear filters".replace("_", ""));
        assertThat(count()).isEqualTo("160 entries");
        assertThat(themes.getCheckModel().getCheckedItems()).isEmpty();
    }

    @Test
    void theStrandFilterNarrowsToTheDfeProjectsUnderItAndATogetherWithAThemeShowsEither() throws Exception {
        @SuppressWarnings("unchecked")
        CheckComboBox<Strand> strands = robot.lookup("#" + CataloguePage.STRAND_FILTER_ID).queryAs(CheckComboBox.class);
        @SuppressWarnings("unchecked")
        CheckComboBox<Theme> themes = robot.lookup("#" + CataloguePage.THEME_FILTER_ID).queryAs(CheckComboBox.class);
        assertThat(strands.getAccessibleText()).isEqualTo("Filter by DfE programme strand");

        robot.interact(() -> strands.getCheckModel().check(Strand.RETHINKING_SUPPORT_FOR_ADOLESCENTS));
        assertThat(count()).isEqualTo("21 of 160 entries");
        assertThat(list().getItems()).allMatch(e -> e.strand() == Strand.RETHINKING_SUPPORT_FOR_ADOLESCENTS);

        robot.interact(() -> themes.getCheckModel().check(Theme.TECHNOLOGICAL_INNOVATION));
        assertThat(count()).isEqualTo("36 of 160 entries");
    }

    @Test
    void selectShowsTheEntryWithEveryFactAndItsSourceClearingFiltersThatHideIt() throws Exception {
        Innovation withFacts = harness.store().read(r -> r.catalogue().findAll()).stream()
                .filter(e -> e.facts().size() >= 2).findFirst().orElseThrow();
        robot.clickOn("#" + CataloguePage.SEARCH_ID).write("zebra");
        assertThat(list().getItems()).isEmpty();

        PageHarness.onFx(() -> {
            page.select(withFacts.id());
            return null;
        });

        assertThat(count()).isEqualTo("160 entries");
        assertThat(list().getSelectionModel().getSelectedItem()).isEqualTo(withFacts);
        List<String> factTexts = robot.lookup(".catalogue-fact").queryAll().stream()
                .map(n -> n.getAccessibleText()).toList();
        assertThat(factTexts).hasSize(withFacts.facts().size());
        assertThat(factTexts).allMatch(t -> t.contains(". Source: "));
        assertThat(factTexts.get(0)).startsWith(withFacts.facts().get(0).text());
    }

    @Test
    void anEntryCitingTwoSourcesShowsBothInTheOrderCited() throws Exception {
        UUID programme = Innovation.stableId("news-csc-innovation-programme");

        PageHarness.onFx(() -> {
            page.select(programme);
            return null;
        });

        List<String> sources = robot.lookup("." + CatalogueStyles.CITATION).queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(sources).containsExactly(
                "Children's Social Care Innovation Programme newsletter, Jul 2020, section: Graham Archer, Director of "
                        + "Children's Social Care, Improvement and Learning",
                "Innovation News – large-scale projects to transform children's social care, section: Innovation News "
                        + "– large-scale projects to transform children's social care");
    }

    @Test
    void whileSearchingEachResultSaysWhereTheWordsWereFoundAndWithoutASearchNoneDoes() throws Exception {
        robot.clickOn("#" + CataloguePage.SEARCH_ID).write("restorative");
        robot.interact(() -> page.view().getScene().getRoot().layout());

        List<Label> reasons = shownReasons();
        assertThat(reasons).isNotEmpty().allSatisfy(reason -> assertThat(reason.getText()).startsWith("Matched in: "));
        assertThat(reasons).extracting(Label::getText)
                .anyMatch(text -> text.matches("Matched in: .*summary.* — ‘.*[Rr]estorative.*’"));
        assertThat(PageHarness.screenshot(page.view().getScene(), "catalogue-search-reasons.png")).isNotEmptyFile();

        robot.interact(() -> page.viewModel().searchTextProperty().set(""));
        robot.interact(() -> page.view().getScene().getRoot().layout());
        assertThat(shownReasons()).isEmpty();
    }

    private List<Label> shownReasons() {
        return robot.lookup("." + CatalogueStyles.ENTRY_REASON).queryAllAs(Label.class).stream()
                .filter(Label::isVisible).filter(label -> label.getParent() != null && label.getScene() != null)
                .filter(label -> label.getParent().getParent() != null
                        && ((javafx.scene.control.ListCell<?>) label.getParent().getParent().getParent()).getItem() != null)
                .toList();
    }

    @Test
    void savesAScreenshotOfTheCatalogue() throws Exception {
        robot.clickOn("#" + CataloguePage.SEARCH_ID).write("family");
        Innovation noWrongDoor = harness.store().read(r -> r.catalogue().findAll()).stream()
                .filter(e -> e.key().equals("dfe-north-yorkshire-no-wrong-door")).findFirst().orElseThrow();
        PageHarness.onFx(() -> {
            page.viewModel().searchTextProperty().set("");
            page.select(noWrongDoor.id());
            return null;
        });
        Button adopt = robot.lookup("#" + CatalogueDetail.OPEN_PROJECT_BUTTON_ID).queryButton();
        assertThat(adopt.isVisible()).isTrue();

        assertThat(PageHarness.screenshot(adopt.getScene(), "catalogue.png")).isNotEmptyFile();
    }
}
