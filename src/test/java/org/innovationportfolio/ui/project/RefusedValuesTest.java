package org.innovationportfolio.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.innovationportfolio.logic.project.DateText;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.InvalidValueException;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.NoteKind;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeDirection;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.RiskStatus;
import org.innovationportfolio.model.StatusUpdate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;

/**
 * Every form of the project record, fed each value the model refuses: the form shows the model's own
 * message next to the field, adds nothing, saves nothing, and lets no exception escape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedValuesTest {

    private static final String SHORT = "x".repeat(501);
    private static final String LONG = "y".repeat(100_001);
    private static final UUID ID = UUID.randomUUID();
    private static final Instant NOW = RecordFixture.CLOCK.instant();
    private static final FinancialYear YEAR = FinancialYear.parse("2025/26");
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    @TempDir
    static Path dataFolder;

    private PageHarness harness;
    private ProjectRecordPage page;
    private Project project;
    private final List<Throwable> escaped = Collections.synchronizedList(new ArrayList<>());
    private final FxRobot robot = new FxRobot();

    /** A form, the value typed into one of its fields, and what the model says about that value. */
    record Refused(String tab, String field, String value, Map<String, String> others, String command,
            Supplier<Object> model) {

        @Override
        public String toString() {
            return tab + " " + field + " = " + (value.length() > 20 ? value.length() + " characters" : "\"" + value + "\"");
        }
    }

    @BeforeAll
    void openTheFullestProject() throws Exception {
        harness = new PageHarness(dataFolder);
        project = harness.fixture.fullestProject();
        assertThat(project.outcomes()).isNotEmpty();
        page = harness.open(project.id(), new ChoosingDialogService(2));
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> escaped.add(e)));
    }

    @AfterAll
    void close() throws Exception {
        harness.close();
    }

    static Stream<Refused> refusedValues() {
        return Stream.of(
                funding("fundingSource", "", () -> fundingLine("", Money.ZERO)),
                funding("fundingSource", SHORT, () -> fundingLine(SHORT, Money.ZERO)),
                funding("fundingYear", "2025", () -> FinancialYear.parse("2025")),
                funding("fundingAwarded", "-5000", () -> fundingLine("DfE", Money.parse("-5000"))),
                funding("fundingAwarded", "£12,34x", () -> Money.parse("£12,34x")),
                funding("fundingSpent", "-1", () -> new FundingLine(ID, "DfE", FundingType.GRANT, YEAR, null,
                        Money.parse("-1"), null, FundingStatus.AWARDED, null, null, NOW)),
                funding("fundingForecast", "-£40", () -> new FundingLine(ID, "DfE", FundingType.GRANT, YEAR, null,
                        null, Money.parse("-£40"), FundingStatus.AWARDED, null, null, NOW)),
                funding("fundingReference", SHORT, () -> new FundingLine(ID, "DfE", FundingType.GRANT, YEAR, null,
                        null, null, FundingStatus.AWARDED, SHORT, null, NOW)),
                milestone("milestoneTitle", "", () -> aMilestone("", null)),
                milestone("milestoneTitle", SHORT, () -> aMilestone(SHORT, null)),
                milestone("milestoneOwner", SHORT, () -> aMilestone("Launch", SHORT)),
                milestone("milestoneBaseline", "31/02/2026", () -> DateText.parseOptional("31/02/2026", "The baseline date")),
                milestone("milestoneCompleted", "soon", () -> DateText.parseOptional("soon", "The completed date")),
                risk("riskDescription", "", () -> aRisk("", null, null)),
                risk("riskDescription", SHORT, () -> aRisk(SHORT, null, null)),
                risk("riskOwner", SHORT, () -> aRisk("Staff leave", SHORT, null)),
                risk("riskMitigation", LONG, () -> aRisk("Staff leave", null, LONG)),
                risk("riskLikelihood", "6", () -> new Risk(ID, "Staff leave", 6, 3, null, null, RiskStatus.OPEN, NOW)),
                risk("riskImpact", "0", () -> new Risk(ID, "Staff leave", 3, 0, null, null, RiskStatus.OPEN, NOW)),
                risk("riskImpact", "x", () -> "Impact \"x\" is not a whole number. Type 1, 2, 3, 4 or 5."),
                actual("actualDate", "", () -> new OutcomeActual(ID, null, BigDecimal.ONE, null, NOW)),
                actual("actualValue", "", () -> new OutcomeActual(ID, DAY, null, null, NOW)),
                actual("actualValue", "1e999999999", () -> "The actual value \"1e999999999\" is not a number. Write it like 42 or 12.5."),
                actual("actualNote", LONG, () -> new OutcomeActual(ID, DAY, BigDecimal.ONE, LONG, NOW)),
                measure("measureName", "", Map.of(), () -> aMeasure("", null, null, null)),
                measure("measureName", SHORT, Map.of(), () -> aMeasure(SHORT, null, null, null)),
                measure("measureUnit", SHORT, Map.of("measureName", "Reach"), () -> aMeasure("Reach", SHORT, null, null)),
                measure("measureTargetDate", "1 Jan 2026", Map.of("measureName", "Reach", "measureBaselineDate",
                        "1 Apr 2026"), () -> aMeasure("Reach", null, DAY, LocalDate.of(2026, 1, 1))),
                measure("measureBaseline", "ten", Map.of("measureName", "Reach"),
                        () -> "The baseline \"ten\" is not a number. Write it like 42 or 12.5."),
                new Refused("Status", "statusDate", "", Map.of(), "addStatus",
                        () -> new StatusUpdate(ID, null, Rag.GREEN, null, null, NOW)),
                new Refused("Status", "statusCommentary", LONG, Map.of(), "addStatus",
                        () -> new StatusUpdate(ID, DAY, Rag.GREEN, LONG, null, NOW)),
                new Refused("Notes & decisions", "noteText", "", Map.of(), "addNote",
                        () -> new Note(ID, DAY, NoteKind.NOTE, "", null, false, NOW)),
                new Refused("Notes & decisions", "noteText", LONG, Map.of(), "addNote",
                        () -> new Note(ID, DAY, NoteKind.NOTE, LONG, null, false, NOW)),
                new Refused("Notes & decisions", "noteDate", "", Map.of("noteText", "Agreed"), "addNote",
                        () -> new Note(ID, null, NoteKind.NOTE, "Agreed", null, false, NOW)),
                partner("partnerName", "", Map.of(), () -> new Partner(ID, "", null, NOW)),
                partner("partnerName", SHORT, Map.of(), () -> new Partner(ID, SHORT, null, NOW)),
                partner("partnerRole", SHORT, Map.of("partnerName", "Council"), () -> new Partner(ID, "Council", SHORT, NOW)),
                overview("projectTitle", "", () -> project("", null, null, List.of())),
                overview("projectTitle", SHORT, () -> project(SHORT, null, null, List.of())),
                overview("leadOfficer", SHORT, () -> project("P", SHORT, null, List.of())),
                overview("objectives", LONG, () -> project("P", null, LONG, List.of())),
                overview("tags", "edge of care, " + SHORT, () -> project("P", null, null, List.of("edge of care", SHORT))),
                overview("startDate", "32 Jan 2026", () -> DateText.parseOptional("32 Jan 2026", "The start date")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedValues")
    void theModelsMessageIsShownAtTheFieldAndNothingIsAddedOrSaved(Refused refused) throws Exception {
        String expected = messageOf(refused.model());
        ProjectDraft.Snapshot before = page.viewModel().draft().snapshot();
        robot.interact(() -> page.showTab(refused.tab()));
        refused.others().forEach(this::enter);
        enter(refused.field(), refused.value());

        if (refused.command() != null) {
            Button command = robot.lookup("#" + refused.command()).queryButton();
            robot.interact(command::fire);
        } else {
            robot.interact(() -> page.view().requestFocus());
            robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        }
        harness.awaitIdle();

        Label error = robot.lookup("#" + refused.field() + "Error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        // The field may add how to write the value ("… is required. Write it like 3 Mar 2025.").
        assertThat(error.getText()).startsWith(expected);
        assertThat(escaped).isEmpty();
        ProjectDraft.Snapshot after = page.viewModel().draft().snapshot();
        assertThat(after.milestones()).isEqualTo(before.milestones());
        assertThat(after.funding()).isEqualTo(before.funding());
        assertThat(after.outcomes()).isEqualTo(before.outcomes());
        assertThat(after.risks()).isEqualTo(before.risks());
        assertThat(after.notes()).isEqualTo(before.notes());
        assertThat(after.partners()).isEqualTo(before.partners());
        assertThat(after.statusHistory()).isEqualTo(before.statusHistory());
        assertThat(harness.fixture.project(project.id())).isEqualTo(project);
        robot.interact(this::clearEverything);
    }

    private void enter(String id, String value) {
        Node node = robot.lookup("#" + id).query();
        TextInputControl text = node instanceof Spinner<?> spinner ? spinner.getEditor()
                : node instanceof ComboBoxBase<?> box && box.isEditable() ? ((javafx.scene.control.DatePicker) box).getEditor()
                : (TextInputControl) node;
        robot.interact(() -> text.setText(value));
    }

    private void clearEverything() {
        ProjectRecordViewModel vm = page.viewModel();
        vm.revert();
        vm.milestones().clearForm();
        vm.funding().clearForm();
        vm.risks().clearForm();
        vm.outcomes().clearForm();
        vm.outcomes().measureForm().clearForm();
        vm.status().resetForm();
        vm.notes().clearForm();
        vm.overview().partnerForm().clear();
    }

    private static Refused funding(String field, String value, Supplier<Object> model) {
        Map<String, String> others = new LinkedHashMap<>(Map.of("fundingSource", "DfE", "fundingYear", "2025/26"));
        others.remove(field);
        return new Refused("Funding", field, value, others, "commitFunding", model);
    }

    private static Refused milestone(String field, String value, Supplier<Object> model) {
        return new Refused("Milestones", field, value, field.equals("milestoneTitle") ? Map.of()
                : Map.of("milestoneTitle", "Launch"), "commitMilestone", model);
    }

    private static Refused risk(String field, String value, Supplier<Object> model) {
        return new Refused("Risks", field, value, field.equals("riskDescription") ? Map.of()
                : Map.of("riskDescription", "Staff leave"), "commitRisk", model);
    }

    private static Refused actual(String field, String value, Supplier<Object> model) {
        Map<String, String> others = new LinkedHashMap<>(Map.of("actualDate", "1 Apr 2026", "actualValue", "5"));
        others.remove(field);
        return new Refused("Outcomes", field, value, others, "addActual", model);
    }

    private static Refused measure(String field, String value, Map<String, String> others, Supplier<Object> model) {
        return new Refused("Outcomes", field, value, others, "addMeasure", model);
    }

    private static Refused partner(String field, String value, Map<String, String> others, Supplier<Object> model) {
        return new Refused("Overview", field, value, others, "addPartner", model);
    }

    private static Refused overview(String field, String value, Supplier<Object> model) {
        return new Refused("Overview", field, value, Map.of(), null, model);
    }

    private static FundingLine fundingLine(String source, Money awarded) {
        return new FundingLine(ID, source, FundingType.GRANT, YEAR, awarded, null, null, FundingStatus.AWARDED, null,
                null, NOW);
    }

    private static Milestone aMilestone(String title, String owner) {
        return new Milestone(ID, title, null, null, null, MilestoneStatus.NOT_STARTED, owner, NOW);
    }

    private static Risk aRisk(String description, String owner, String mitigation) {
        return new Risk(ID, description, 3, 3, owner, mitigation, RiskStatus.OPEN, NOW);
    }

    private static OutcomeMeasure aMeasure(String name, String unit, LocalDate baselineDate, LocalDate targetDate) {
        return new OutcomeMeasure(ID, name, unit, OutcomeDirection.HIGHER_IS_BETTER, null, baselineDate, null,
                targetDate, List.of(), NOW);
    }

    private static Project project(String title, String lead, String objectives, List<String> tags) {
        return new Project(ID, title, null, org.innovationportfolio.model.Stage.EXPLORING, lead, null, null, null,
                null, null, objectives, tags, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), org.innovationportfolio.model.Provenance.createdHere(NOW), NOW, NOW);
    }

    private static String messageOf(Supplier<Object> refusal) {
        try {
            Object made = refusal.get();
            if (made instanceof String message) {
                return message;
            }
        } catch (InvalidValueException e) {
            return e.getMessage();
        }
        throw new AssertionError("the model accepted the value");
    }
}
