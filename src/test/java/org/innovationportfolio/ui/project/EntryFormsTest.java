package org.innovationportfolio.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The record's add-or-change forms in a window, driven by keyboard and mouse, on a real store with the sample. */
class EntryFormsTest {

    @TempDir
    Path dataFolder;

    private PageHarness harness;
    private Project project;
    private ProjectRecordPage page;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        harness = new PageHarness(dataFolder);
        project = harness.fixture.fullestProject();
        page = harness.open(project.id(), new ChoosingDialogService(2));
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void enterInAOneLineFieldOfAnAddFormAdds() throws Exception {
        robot.interact(() -> page.showTab("Milestones"));
        robot.clickOn("#milestoneTitle").write("Pilot launch").type(KeyCode.ENTER);

        assertThat(page.viewModel().milestones().milestones()).extracting(Milestone::title).contains("Pilot launch");
        assertThat(robot.lookup("#milestoneTitle").queryTextInputControl().getText()).isEmpty();

        robot.interact(() -> page.showTab("Funding"));
        robot.clickOn("#fundingSource").write("National Lottery");
        robot.clickOn("#fundingYear").write("2026/27");
        robot.clickOn("#fundingAwarded").write("£12,000").type(KeyCode.ENTER);

        assertThat(page.viewModel().funding().lines()).hasSize(project.funding().size() + 1)
                .anySatisfy(l -> assertThat(l.source()).isEqualTo("National Lottery"));
    }

    @Test
    void aHalfFilledMilestoneSaysItWillBeLeftOutAndTheProjectStillSaves() throws Exception {
        robot.clickOn("#leadOfficer").write(" (acting)");
        robot.interact(() -> page.showTab("Milestones"));
        Label note = robot.lookup("#milestoneFormPending").queryAs(Label.class);
        assertThat(note.isVisible()).isFalse();

        robot.clickOn("#milestoneBaseline").write("31/02/2026");
        robot.clickOn("#milestoneOwner").write("Sam Patel");

        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("This milestone has not been added yet: press Add milestone, or it will "
                + "be left out when you save.");
        assertThat(robot.lookup("#" + ProjectRecordPage.SAVE_BUTTON).queryButton().isDisabled()).isFalse();
        harness.screenshot("milestone-not-yet-added.png");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        harness.awaitOnFx(() -> !page.viewModel().dirtyProperty().get());

        Project stored = harness.fixture.project(project.id());
        assertThat(stored.leadOfficer()).contains("(acting)");
        assertThat(stored.milestones()).isEqualTo(project.milestones());
        assertThat(note.isVisible()).isTrue();
    }

    @Test
    void aMeasureIsAddedAndAnActualChangedAndRemovedInTheWindowWithUndo() throws Exception {
        robot.interact(() -> page.showTab("Outcomes"));
        type("#measureName", "Young people in education");
        type("#measureBaseline", "12");
        type("#measureTarget", "20");
        robot.type(KeyCode.ENTER);

        ListView<OutcomeMeasure> measures = robot.lookup("#outcomeMeasures").queryListView();
        assertThat(measures.getItems()).hasSize(project.outcomes().size() + 1);
        assertThat(measures.getSelectionModel().getSelectedItem().name()).isEqualTo("Young people in education");

        OutcomeMeasure withActuals = project.outcomes().stream().filter(m -> !m.actuals().isEmpty()).findFirst()
                .orElseThrow();
        robot.interact(() -> measures.getSelectionModel().select(measures.getItems().stream()
                .filter(m -> m.id().equals(withActuals.id())).findFirst().orElseThrow()));
        TableView<OutcomeActual> actuals = robot.lookup("#outcomeActuals").queryTableView();
        robot.interact(() -> {
            actuals.requestFocus();
            actuals.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        type("#actualValue", "");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("77").type(KeyCode.ENTER);

        assertThat(actuals.getItems()).hasSameSizeAs(withActuals.actuals());
        assertThat(actuals.getItems().get(0).value()).isEqualTo(new BigDecimal("77"));

        robot.interact(() -> {
            actuals.requestFocus();
            actuals.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        assertThat(actuals.getItems()).hasSize(withActuals.actuals().size() - 1);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(actuals.getItems()).hasSameSizeAs(withActuals.actuals());
        assertThat(actuals.getItems().get(0).value()).isEqualTo(new BigDecimal("77"));
        harness.screenshot("outcomes-forms.png");

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        harness.awaitOnFx(() -> !page.viewModel().dirtyProperty().get());
        Project stored = harness.fixture.project(project.id());
        assertThat(stored.outcomes()).extracting(OutcomeMeasure::name).contains("Young people in education");
        assertThat(stored.outcomes()).filteredOn(m -> m.id().equals(withActuals.id())).singleElement()
                .satisfies(m -> assertThat(m.actuals().get(0).value()).isEqualTo(new BigDecimal("77")));
    }

    @Test
    void aMessageDoesNotMoveTheFormAndTheSummaryLinksToTheField() throws Exception {
        robot.interact(() -> page.showTab("Funding"));
        Node add = robot.lookup("#commitFunding").query();
        Node reference = robot.lookup("#fundingReference").query();
        // Measured within the form: the page may scroll to keep the field with the keyboard in view.
        Node form = robot.lookup("#fundingForm").query();
        double addY = sceneY(add) - sceneY(form);
        double referenceY = sceneY(reference) - sceneY(form);

        type("#fundingAwarded", "-5000");
        type("#fundingYear", "next year");

        assertThat(robot.lookup("#fundingAwardedError").queryAs(Label.class).getText()).contains("cannot be negative");
        assertThat(sceneY(add) - sceneY(form)).isEqualTo(addY);
        assertThat(sceneY(reference) - sceneY(form)).isEqualTo(referenceY);

        robot.type(KeyCode.ENTER);
        Node summary = robot.lookup("#fundingFormSummary").query();
        assertThat(summary.isVisible()).isTrue();
        harness.screenshot("funding-error-summary.png");
        javafx.scene.control.Hyperlink funder = robot.lookup("#fundingFormSummary .hyperlink")
                .match((javafx.scene.control.Hyperlink h) -> h.getText().equals("The funder is required."))
                .queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(robot.lookup("#fundingFormSummary .hyperlink").queryAll()).hasSize(3);
        assertThat(page.viewModel().funding().lines()).hasSameSizeAs(project.funding());
        robot.clickOn(funder);

        assertThat(page.view().getScene().getFocusOwner()).isSameAs(robot.lookup("#fundingSource").query());
    }

    @Test
    void aDateIsTypedAsOfficersWriteItShownAs3Mar2025OrPickedFromTheCalendar() throws Exception {
        robot.interact(() -> page.showTab("Milestones"));
        DatePicker baseline = robot.lookup("#milestoneBaseline").queryAs(DatePicker.class);
        robot.clickOn(baseline).write("3/3/2025").type(KeyCode.TAB);
        assertThat(baseline.getEditor().getText()).isEqualTo("3 Mar 2025");
        assertThat(page.viewModel().milestones().baseline.value()).isEqualTo(LocalDate.of(2025, 3, 3));

        DatePicker forecast = robot.lookup("#milestoneForecast").queryAs(DatePicker.class);
        robot.clickOn(forecast).write("2026-04-01").type(KeyCode.TAB);
        assertThat(forecast.getEditor().getText()).isEqualTo("1 Apr 2026");

        DatePicker completed = robot.lookup("#milestoneCompleted").queryAs(DatePicker.class);
        robot.clickOn(completed).write("31/02/2026").type(KeyCode.TAB);
        assertThat(completed.getEditor().getText()).isEqualTo("31/02/2026");
        assertThat(robot.lookup("#milestoneCompletedError").queryAs(Label.class).getText()).contains("is not a date");

        robot.interact(baseline::show);
        javafx.scene.control.DateCell fifteenth = robot.lookup(".date-picker-popup .day-cell")
                .match((javafx.scene.control.DateCell c) -> c.getItem() != null
                        && c.getItem().equals(LocalDate.of(2025, 3, 15)))
                .queryAs(javafx.scene.control.DateCell.class);
        robot.clickOn(fifteenth);

        assertThat(baseline.getEditor().getText()).isEqualTo("15 Mar 2025");
        assertThat(page.viewModel().milestones().baseline.value()).isEqualTo(LocalDate.of(2025, 3, 15));
        harness.screenshot("milestone-dates.png");
    }

    @Test
    void everyDateFieldOfTheRecordTakesATypedDateAndHasACalendarToPickFrom() throws Exception {
        java.util.Map<String, String> tabOf = new java.util.LinkedHashMap<>();
        tabOf.put("startDate", "Overview");
        tabOf.put("endDate", "Overview");
        tabOf.put("statusDate", "Status");
        tabOf.put("milestoneBaseline", "Milestones");
        tabOf.put("milestoneForecast", "Milestones");
        tabOf.put("milestoneCompleted", "Milestones");
        tabOf.put("actualDate", "Outcomes");
        tabOf.put("measureBaselineDate", "Outcomes");
        tabOf.put("measureTargetDate", "Outcomes");
        tabOf.put("noteDate", "Notes & decisions");
        for (java.util.Map.Entry<String, String> field : tabOf.entrySet()) {
            robot.interact(() -> page.showTab(field.getValue()));
            DatePicker picker = robot.lookup("#" + field.getKey()).queryAs(DatePicker.class);
            robot.interact(() -> {
                picker.requestFocus();
                picker.getEditor().selectAll();
            });
            robot.write("3/3/2025").type(KeyCode.TAB);
            assertThat(picker.getEditor().getText()).as("%s typed", field.getKey()).isEqualTo("3 Mar 2025");

            robot.interact(picker::show);
            javafx.scene.control.DateCell fifteenth = robot.lookup(".date-picker-popup .day-cell")
                    .match((javafx.scene.control.DateCell c) -> c.getItem() != null && c.isVisible()
                            && c.getItem().equals(LocalDate.of(2025, 3, 15)))
                    .queryAs(javafx.scene.control.DateCell.class);
            robot.clickOn(fifteenth);
            assertThat(picker.getEditor().getText()).as("%s picked", field.getKey()).isEqualTo("15 Mar 2025");
            assertThat(picker.isShowing()).isFalse();
        }
    }

    @Test
    void aMeasureInPerCentIsWrittenWithNoSpaceBeforeTheSign() throws Exception {
        OutcomeMeasure percent = harness.fixture.store().read(r -> r.projects().findAll()).stream()
                .flatMap(p -> p.outcomes().stream()).filter(m -> m.unit() != null && m.unit().startsWith("%"))
                .findFirst().orElseThrow();
        Project owner = harness.fixture.store().read(r -> r.projects().findAll()).stream()
                .filter(p -> p.outcomes().contains(percent)).findFirst().orElseThrow();
        robot.interact(() -> page.open(owner.id()));
        harness.awaitOnFx(() -> page.viewModel().loadedProperty().get());
        harness.awaitIdle();
        robot.interact(() -> {
            page.showTab("Outcomes");
            page.viewModel().outcomes().selectedProperty().set(page.viewModel().outcomes().measures().stream()
                    .filter(m -> m.id().equals(percent.id())).findFirst().orElseThrow());
        });
        String figures = robot.lookup("#outcomeFigures").queryAs(Label.class).getText();
        assertThat(figures).contains(percent.baseline().toPlainString() + percent.unit())
                .doesNotContain(" %");
    }

    @Test
    void aScoreIsTypedIntoItsSpinnerAndANonNumberIsRefusedAtTheField() throws Exception {
        robot.interact(() -> page.showTab("Risks"));
        type("#riskDescription", "Key worker leaves");
        javafx.scene.control.Spinner<?> likelihood = robot.lookup("#riskLikelihood").queryAs(javafx.scene.control.Spinner.class);
        robot.clickOn(likelihood.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("4")
                .type(KeyCode.TAB);
        assertThat(likelihood.getValue()).isEqualTo(4);
        assertThat(page.viewModel().risks().likelihoodProperty().get()).isEqualTo(4);

        javafx.scene.control.Spinner<?> impact = robot.lookup("#riskImpact").queryAs(javafx.scene.control.Spinner.class);
        robot.clickOn(impact.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("x")
                .type(KeyCode.TAB);
        assertThat(impact.getEditor().getText()).isEqualTo("x");
        assertThat(robot.lookup("#riskImpactError").queryAs(Label.class).getText())
                .isEqualTo("Impact \"x\" is not a whole number. Type 1, 2, 3, 4 or 5.");

        robot.clickOn(impact.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("5")
                .type(KeyCode.ENTER);

        assertThat(page.viewModel().risks().risks()).anySatisfy(r -> {
            assertThat(r.description()).isEqualTo("Key worker leaves");
            assertThat(r.likelihood()).isEqualTo(4);
            assertThat(r.impact()).isEqualTo(5);
        });
    }

    private double sceneY(Node node) throws Exception {
        harness.awaitOnFx(() -> true);
        return node.localToScene(node.getBoundsInLocal()).getMinY();
    }

    /** Gives the field the keyboard (the form scrolls to it) and types {@code text}. */
    private void type(String id, String text) {
        Node field = robot.lookup(id).query();
        robot.interact(field::requestFocus);
        robot.write(text);
    }
}
