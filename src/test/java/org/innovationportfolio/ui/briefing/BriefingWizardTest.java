package org.innovationportfolio.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.innovationportfolio.logic.briefing.BriefingExport;
import org.innovationportfolio.logic.briefing.BriefingFormat;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.logic.briefing.DocumentRenderer;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.render.DocxRenderer;
import org.innovationportfolio.render.PdfRenderer;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.AppLook;
import org.innovationportfolio.ui.FxTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.innovationportfolio.ui.briefing.BriefingWizardViewModel.Outcome;
import org.innovationportfolio.ui.briefing.BriefingWizardViewModel.Step;
import org.innovationportfolio.ui.briefing.ProjectSelection.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The briefing wizard in a real scene, headless, on the sample portfolio in a real Derby database, driven by the
 * keyboard as an officer without a mouse would, writing real files to a temporary folder.
 */
class BriefingWizardTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));
    private static final long PATIENCE_SECONDS = 60;

    @TempDir
    static Path data;

    static Database database;

    @TempDir
    Path out;

    @TempDir
    Path settings;

    final FxRobot robot = new FxRobot();
    final RecordingDialogService dialogs = new RecordingDialogService();
    final RecordingDesktop desktop = new RecordingDesktop();
    final FxTaskRunner tasks = new FxTaskRunner();
    BriefingWizardViewModel vm;
    BriefingWizard wizard;

    @BeforeAll
    static void openPortfolio() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(AppLook::applyTheme).get();
        database = Database.open(data);
        SampleLoader.load(database.store(), CLOCK);
    }

    @AfterAll
    static void closePortfolio() {
        database.close();
    }

    @AfterEach
    void closeWizard() throws Exception {
        FxToolkit.cleanupStages();
        tasks.shutdown(Duration.ofSeconds(PATIENCE_SECONDS));
    }

    /** Opens the wizard over a plain owner window and waits until it has read the projects. */
    BriefingWizard open(List<DocumentRenderer> renderers) throws Exception {
        Stage owner = FxToolkit.registerStage(Stage::new);
        vm = new BriefingWizardViewModel(new BriefingExport(database.store(), CLOCK, renderers),
                new PortfolioListing(database.store(), CLOCK), CLOCK, out,
                new BriefingPreferences(settings), dialogs, tasks, desktop);
        wizard = onFx(() -> {
            BriefingWizard shown = new BriefingWizard(owner, vm);
            shown.show();
            return shown;
        });
        awaitOnFx(() -> vm.projects().projects().size() == 14 && !tasks.runningProperty().get());
        return wizard;
    }

    @Test
    void walkedByKeyboardThroughEveryStepItMakesWordAndPdfOfTheChosenProjects() throws Exception {
        open(List.of(new DocxRenderer(), new PdfRenderer()));
        assertThat(focused()).isInstanceOf(TextField.class).extracting(Node::getId).isEqualTo(WizardSteps.BOARD_ID);

        // Step 1: meeting details, field by field with Tab.
        replaceText("Corporate Parenting Board");
        robot.type(KeyCode.TAB);
        replaceText("3 Dec 2026");
        assertThat(label("#" + WizardSteps.DATE_ID + "Error").isVisible()).isFalse();
        robot.type(KeyCode.TAB);
        robot.write("Sam Patel, Head of Innovation");
        robot.type(KeyCode.TAB, KeyCode.TAB);
        assertThat(focused()).isInstanceOf(RadioButton.class);
        robot.type(KeyCode.RIGHT);
        assertThat(vm.meeting().markingProperty().get()).isEqualTo(Marking.OFFICIAL_SENSITIVE);
        robot.type(KeyCode.ENTER);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PROJECTS);

        // Step 2: pick two projects, found by searching.
        ProjectChoice first = vm.projects().projects().get(2);
        ProjectChoice second = vm.projects().projects().get(9);
        alt(KeyCode.P);
        assertThat(vm.projects().scopeProperty().get()).isEqualTo(Scope.PICK);
        alt(KeyCode.U);
        assertThat(vm.projects().chosen()).isEmpty();
        assertThat(button("#" + BriefingWizard.NEXT_ID).isDisabled()).isTrue();
        for (ProjectChoice wanted : List.of(first, second)) {
            alt(KeyCode.R);
            replaceText(wanted.title());
            robot.type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB);
            assertThat(focused().getId()).isEqualTo(WizardSteps.PROJECT_LIST_ID);
            robot.type(KeyCode.DOWN, KeyCode.SPACE);
        }
        assertThat(vm.projects().chosen()).containsExactly(first, second);
        assertThat(vm.projects().summaryBinding().get()).isEqualTo("2 of 14 projects will be in the pack.");
        alt(KeyCode.N);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.SECTIONS);

        // Step 3: leave out Funding; the Changes section says there is no earlier pack.
        alt(KeyCode.F);
        assertThat(vm.sectionProperty(BriefingSection.FUNDING).get()).isFalse();
        awaitOnFx(() -> !vm.lastPackProperty().get().isEmpty());
        assertThat(label("#briefingLastPack").getText()).contains("No earlier pack has been made");
        alt(KeyCode.N);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.REPORT);

        // Step 4: the report's purpose (the usual sentence is there) and the decision sought from the board.
        assertThat(vm.report().purposeProperty().get()).startsWith("To update the Corporate Parenting Board on");
        robot.clickOn("#" + WizardSteps.PURPOSE_ID);
        // Ctrl+Tab leaves a text area (Tab would type a tab into it).
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertThat(focused().getId()).isEqualTo(WizardSteps.DECISION_ID);
        robot.write("Agree the second year of the pilot.");
        alt(KeyCode.N);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.OUTPUT);

        // Step 5: both formats, the folder and a name, then Generate.
        assertThat(label("#briefingSummary").getText()).contains("Board: Corporate Parenting Board, meeting on 3 Dec 2026", "Marking: OFFICIAL-SENSITIVE", "Projects: 2 projects", "Sections: 7 of 8",
                "Format: Word and PDF");
        alt(KeyCode.I);
        assertThat(focused().getId()).isEqualTo(WizardSteps.FILE_NAME_ID);
        replaceText("Corporate parenting December");
        assertThat(vm.output().fileNameProperty().get()).isEqualTo("Corporate parenting December");
        robot.type(KeyCode.ENTER);
        awaitOnFx(() -> vm.outcomeProperty().get() == Outcome.WRITTEN);

        Path docx = out.resolve("Corporate parenting December.docx");
        Path pdf = out.resolve("Corporate parenting December.pdf");
        assertThat(docx).isNotEmptyFile();
        assertThat(pdf).isNotEmptyFile();
        String text = pdfText(pdf);
        assertThat(text).contains("Corporate Parenting Board", "OFFICIAL-SENSITIVE", oneLine(first.title()),
                oneLine(second.title()), "Agree the second year of the pilot.");
        assertThat(label("#" + BriefingWizard.STATUS_ID).getText()).isEqualTo("Saved in " + out + ":");
        assertThat(label("#briefingSaved-docx").getText()).isEqualTo(docx.toAbsolutePath().toString());
        assertThat(label("#briefingSaved-pdf").getText()).isEqualTo(pdf.toAbsolutePath().toString());
        assertThat(button("#" + BriefingWizard.CANCEL_ID).getText()).isEqualTo("_Close");

        robot.clickOn("#briefingOpen-pdf");
        alt(KeyCode.I);
        awaitOnFx(() -> desktop.opened.size() == 1 && desktop.shownInFolder.size() == 1);
        assertThat(desktop.opened).containsExactly(pdf);
        assertThat(desktop.shownInFolder).containsExactly(docx);
        robot.type(KeyCode.ESCAPE);
        assertThat(onFx(() -> wizard.stage().isShowing())).isFalse();
    }

    @Test
    void aMeetingDateThatIsNotADateIsExplainedBesideTheFieldAndNextStaysOff() throws Exception {
        open(List.of(new DocxRenderer(), new PdfRenderer()));

        alt(KeyCode.D);
        replaceText("31 Feb 2026");

        Label error = label("#" + WizardSteps.DATE_ID + "Error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("The meeting date \"31 Feb 2026\" is not a date. "
                + "Write it like 3 Mar 2025 or 2025-03-03.");
        assertThat(button("#" + BriefingWizard.NEXT_ID).isDisabled()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.MEETING);

        replaceText("28 Feb 2027");
        assertThat(error.isVisible()).isFalse();
        assertThat(button("#" + BriefingWizard.NEXT_ID).isDisabled()).isFalse();
    }

    @Test
    void cancellingWhileThePackIsMadeLeavesNoFileAndSaysSo() throws Exception {
        TestRenderers.Blocking blocking = new TestRenderers.Blocking(BriefingFormat.PDF);
        open(List.of(new DocxRenderer(), blocking));
        robot.type(KeyCode.ENTER, KeyCode.ENTER, KeyCode.ENTER);
        // The Report step's first field is a text area, where Enter starts a new line: Alt+N goes on.
        assertThat(vm.stepProperty().get()).isEqualTo(Step.REPORT);
        alt(KeyCode.N);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.OUTPUT);

        robot.type(KeyCode.ENTER);
        assertThat(blocking.started.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("rendering started").isTrue();
        assertThat(onFx(() -> vm.outcomeProperty().get())).isEqualTo(Outcome.WORKING);
        assertThat(robot.lookup("#" + BriefingWizard.PROGRESS_ID).query().isVisible()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(label("#" + BriefingWizard.STATUS_ID).getText()).isEqualTo("Cancelling… nothing will be written.");
        blocking.release.countDown();

        awaitOnFx(() -> vm.outcomeProperty().get() == Outcome.CANCELLED);
        assertThat(label("#" + BriefingWizard.STATUS_ID).getText()).isEqualTo("Cancelled. No file was written.");
        try (var files = Files.list(out)) {
            assertThat(files).as("no pack and no temporary file").isEmpty();
        }
        assertThat(dialogs.errors()).isEmpty();
        assertThat(onFx(() -> wizard.stage().isShowing())).as("Escape cancelled the pack, not the wizard").isTrue();
        alt(KeyCode.B);
        assertThat(button("#" + BriefingWizard.GENERATE_ID).isVisible()).isTrue();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String pdfText(Path file) throws Exception {
        StringBuilder text = new StringBuilder();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(pdf.getPage(page))).append('\n');
            }
        }
        return oneLine(text.toString());
    }

    private void replaceText(String text) {
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private void alt(KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focused() throws Exception {
        return onFx(() -> wizard.stage().getScene().getFocusOwner());
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private Button button(String query) {
        return robot.lookup(query).queryAs(Button.class);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static void awaitOnFx(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
