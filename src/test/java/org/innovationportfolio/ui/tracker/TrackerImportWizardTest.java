package org.innovationportfolio.ui.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.innovationportfolio.logic.tracker.TrackerField;
import org.innovationportfolio.logic.tracker.TrackerImport;
import org.innovationportfolio.logic.tracker.TrackerPreview.Kind;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.StatusUpdate;
import org.innovationportfolio.sheets.MessyTrackerTest;
import org.innovationportfolio.sheets.WorkbookSheetReader;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.AppLook;
import org.innovationportfolio.ui.FxTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.innovationportfolio.ui.catalogue.PageHarness;
import org.innovationportfolio.ui.tracker.TrackerImportViewModel.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Import spreadsheet tracker… as an officer drives it with the keyboard, on the messy tracker the tracker
 * tests build (title block, merged heading, blank, hidden and total rows, a colour-only RAG, a bad date), against
 * a real portfolio in a temporary folder, with the work run off the JavaFX thread as in the application.
 */
class TrackerImportWizardTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    static final Instant T = Instant.parse("2025-01-01T09:00:00Z");

    @TempDir
    Path dataFolder;
    @TempDir
    Path files;
    Database database;
    FxTaskRunner tasks;
    Stage owner;
    final RecordingDialogService dialogs = new RecordingDialogService().answering(true);
    final FxRobot robot = new FxRobot();
    TrackerImportWizard shown;
    final List<Runnable> changed = new java.util.ArrayList<>();

    @BeforeEach
    void portfolioWithKinshipConnected() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(AppLook::applyTheme).get();
        database = Database.open(dataFolder);
        Project kinship = Project.create("Kinship Connected", null, T).withStage(org.innovationportfolio.model.Stage.DELIVERING, T);
        database.store().writing(r -> r.projects().save(kinship.withStatusHistory(List.of(new StatusUpdate(
                UUID.randomUUID(), LocalDate.of(2025, 1, 1), Rag.AMBER, "Behind", null, T)), T)));
        tasks = PageHarness.onFx(FxTaskRunner::new);
        owner = FxToolkit.registerStage(Stage::new);
        PageHarness.onFx(() -> {
            owner.setScene(new Scene(new Label("Innovation Portfolio"), 400, 300));
            owner.show();
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        tasks.shutdown(Duration.ofSeconds(60));
        database.close();
    }

    TrackerImportViewModel viewModel() {
        return new TrackerImportViewModel(new TrackerImport(database.store(), database, dataFolder, CLOCK),
                new WorkbookSheetReader(), new TrackerMappings(dataFolder), CLOCK, dialogs, tasks,
                () -> changed.add(() -> { }));
    }

    TrackerImportWizard open(TrackerImportViewModel vm, Path file) throws Exception {
        TrackerImportWizard wizard = PageHarness.onFx(() -> {
            TrackerImportWizard shown = new TrackerImportWizard(new Stage(), owner, vm);
            shown.stage().show();
            vm.open(file);
            return shown;
        });
        shown = wizard;
        await(() -> !vm.busyProperty().get());
        return wizard;
    }

    List<Project> projects() {
        return database.store().read(r -> r.projects().findAll());
    }

    @Test
    void anOfficerCorrectsAColumnLeavesOutAWrongTitleMatchImportsAndUndoesAllByKeyboard() throws Exception {
        Path tracker = MessyTrackerTest.messyTracker(files);
        List<Project> before = projects();
        TrackerImportViewModel vm = viewModel();
        TrackerImportWizard wizard = open(vm, tracker);

        // Two sheets ("Notes" and "Tracker"): the one with the headers is chosen, and Enter goes on.
        assertThat(vm.stepProperty().get()).isEqualTo(Step.SHEET);
        assertThat(vm.sheetProperty().get().table().name()).isEqualTo("Tracker");
        assertThat(focused()).isInstanceOfSatisfying(javafx.scene.control.RadioButton.class, radio -> {
            assertThat(radio.isSelected()).isTrue();
            assertThat(radio.getText()).isEqualTo("Tracker: headers in row 5, 8 columns recognised");
        });
        robot.type(KeyCode.ENTER);
        await(() -> vm.stepProperty().get() == Step.COLUMNS && !vm.busyProperty().get());

        // Every heading, its guess and its first values; the keyboard starts on column A's drop-down.
        assertThat(vm.columns()).extracting(MappingRow::name, r -> r.choice().get().label()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A  Scheme", "Project title"),
                org.assertj.core.groups.Tuple.tuple("B  SRO", "Lead officer"),
                org.assertj.core.groups.Tuple.tuple("C  Phase", "Stage"),
                org.assertj.core.groups.Tuple.tuple("D  Overall RAG", "RAG"),
                org.assertj.core.groups.Tuple.tuple("E  Commentary", "RAG commentary"),
                org.assertj.core.groups.Tuple.tuple("F  End date", "End date"),
                org.assertj.core.groups.Tuple.tuple("G  2024/25", "Awarded in 2024/25"),
                org.assertj.core.groups.Tuple.tuple("H  FY25/26", "Awarded in 2025/26"));
        assertThat(vm.columns().get(0).sample()).isEqualTo("Family Hubs · Kinship Connected · Bad Dates");
        assertThat(vm.columns().get(3).sample()).startsWith("Amber/Green · (Red cell colour)");
        assertThat(focused()).isInstanceOf(ComboBox.class).extracting(Node::getId)
                .isEqualTo(TrackerImportWizard.COLUMN_ID + 0);

        // This council's SRO is the project's sponsor: Tab to column B, Down from Lead officer to Sponsor.
        robot.type(KeyCode.TAB);
        assertThat(focused().getId()).isEqualTo(TrackerImportWizard.COLUMN_ID + 1);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.columns().get(1).choice().get()).isEqualTo(FieldChoice.of(TrackerField.SPONSOR));
        // Column A taken off the titles: Next is refused with the reason, until it is put back.
        PageHarness.onFx(() -> {
            vm.columns().get(0).choice().set(FieldChoice.NOT_IMPORTED);
            return null;
        });
        assertThat(text(TrackerImportWizard.PROBLEM_ID)).startsWith("Say which column holds the project titles");
        assertThat(button(TrackerImportWizard.NEXT_ID).isDisabled()).isTrue();
        PageHarness.onFx(() -> {
            vm.columns().get(0).choice().set(FieldChoice.of(TrackerField.TITLE));
            return null;
        });
        assertThat(button(TrackerImportWizard.NEXT_ID).isDisabled()).isFalse();
        assertThat(projects()).as("nothing changes before Import").isEqualTo(before);

        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        await(() -> vm.stepProperty().get() == Step.PREVIEW && !vm.busyProperty().get());

        assertThat(vm.rows()).extracting(PreviewLine::number, PreviewLine::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6, Kind.NEW), org.assertj.core.groups.Tuple.tuple(8, Kind.UPDATE),
                org.assertj.core.groups.Tuple.tuple(9, Kind.REFUSED), org.assertj.core.groups.Tuple.tuple(10, Kind.NEW));
        assertThat(vm.rows().get(2).details()).isEqualTo("F9: 31/02/2025 is not a date.");
        assertThat(vm.rows().get(1).needsConfirming()).isTrue();
        assertThat(vm.rows().get(1).details()).startsWith("Matched to your project \u201cKinship Connected\u201d by its "
                + "title.").contains("RAG: Amber → Red");
        assertThat(vm.summaryProperty().get()).startsWith("4 rows: 2 new, 1 to update, 0 unchanged, 1 refused (left out")
                .contains("row 7 (blank)", "row 11 (a total row)", "dated 31 Mar 2025");
        assertThat(button(TrackerImportWizard.IMPORT_ID).getText()).isEqualTo("_Import 3 rows");
        // The refused row's reason is in the table as well, wrapped in its cell.
        assertThat(robot.lookup(".tracker-cell-text").queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText).contains("F9: 31/02/2025 is not a date.");

        // The keyboard is on the table: Down to the title match, Space unticks it (not the project meant).
        TableView<?> table = robot.lookup("#" + TrackerImportWizard.ROWS_ID).queryTableView();
        assertThat(focused()).isSameAs(table);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.rows().get(1).includedProperty().get()).isFalse();
        assertThat(button(TrackerImportWizard.IMPORT_ID).getText()).isEqualTo("_Import 2 rows");

        robot.press(KeyCode.ALT).type(KeyCode.I).release(KeyCode.ALT);
        await(() -> vm.stepProperty().get() == Step.DONE && !vm.busyProperty().get());

        assertThat(vm.resultProperty().get()).startsWith("Imported from Innovation tracker March.xlsx: 2 new "
                + "projects, 0 updated, 0 unchanged, 1 refused (left in the spreadsheet), 1 left out as you chose.")
                .contains("backed up first");
        List<Project> after = projects();
        assertThat(after).extracting(Project::title).containsExactly("Family Hubs", "Hidden Scheme", "Kinship Connected");
        assertThat(after.get(0).sponsor()).as("column B, corrected to Sponsor").isEqualTo("Priya Shah");
        assertThat(after.get(0).leadOfficer()).isNull();
        assertThat(after.get(2)).as("the unticked title match is left as it was").isEqualTo(before.get(0));
        assertThat(changed).hasSize(1);
        assertThat(dialogs.errors()).isEmpty();
        assertThat(new TrackerMappings(dataFolder).find(new WorkbookSheetReader().read(tracker).sheet("Tracker")
                .orElseThrow(), 5)).as("the corrected mapping is remembered").isPresent();

        // Undo from the result: Alt+U, confirmed, puts the portfolio back exactly.
        assertThat(focused().getId()).isEqualTo(TrackerImportWizard.RESULT_ID);
        robot.press(KeyCode.ALT).type(KeyCode.U).release(KeyCode.ALT);
        await(() -> !vm.canUndoProperty().get() && !tasks.runningProperty().get());

        assertThat(dialogs.questions()).singleElement().satisfies(q -> assertThat(q.message())
                .startsWith("Undo tracker import\n".substring(0, 0) + "Undo the import of the tracker Innovation "
                        + "tracker March.xlsx?"));
        assertThat(projects()).isEqualTo(before);
        assertThat(new TrackerImport(database.store(), database, dataFolder, CLOCK).lastImport()).isEmpty();
        assertThat(vm.resultProperty().get()).startsWith("The import of Innovation tracker March.xlsx was undone");
        assertThat(changed).hasSize(2);
        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.stage().isShowing()).isFalse();

        // Next month's copy of the same tracker opens with the corrected column.
        TrackerImportViewModel again = viewModel();
        open(again, tracker);
        PageHarness.onFx(() -> {
            again.next();
            return null;
        });
        await(() -> again.stepProperty().get() == Step.COLUMNS && !again.busyProperty().get());
        assertThat(again.columns().get(1).choice().get()).isEqualTo(FieldChoice.of(TrackerField.SPONSOR));
        assertThat(again.mappingNoteProperty().get()).contains("as you set them last time");
    }

    @Test
    void ourOwnExportWithAnEditedMilestoneShowsTheMilestoneInThePreviewImportsItAndUndoes() throws Exception {
        Project kinship = projects().get(0);
        database.store().writing(r -> r.projects().save(kinship.withMilestones(List.of(new org.innovationportfolio.model
                .Milestone(UUID.randomUUID(), "Carers recruited", LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 31),
                null, org.innovationportfolio.model.MilestoneStatus.IN_PROGRESS, "Jo Marsh", T)), T)));
        List<Project> before = projects();
        Path exported = files.resolve("Portfolio tracker.xlsx");
        new org.innovationportfolio.logic.tracker.TrackerExport(database.store(), CLOCK,
                new org.innovationportfolio.sheets.XlsxTrackerWriter()).export(exported,
                        org.innovationportfolio.logic.ports.Marking.OFFICIAL);
        try (var in = Files.newInputStream(exported);
                var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var row = book.getSheet("Milestones").getRow(1);
            var style = row.getCell(5).getCellStyle();
            row.removeCell(row.getCell(5));
            row.createCell(5).setCellValue(LocalDate.of(2025, 9, 30));
            row.getCell(5).setCellStyle(style);
            try (var out = Files.newOutputStream(exported)) {
                book.write(out);
            }
        }
        TrackerImportViewModel vm = viewModel();
        open(vm, exported);
        assertThat(vm.sheetProperty().get().table().name()).isEqualTo("Projects");
        robot.type(KeyCode.ENTER);
        await(() -> vm.stepProperty().get() == Step.COLUMNS && !vm.busyProperty().get());
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        await(() -> vm.stepProperty().get() == Step.PREVIEW && !vm.busyProperty().get());

        assertThat(vm.rows()).extracting(PreviewLine::where, PreviewLine::kind, PreviewLine::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2", Kind.UNCHANGED, "Kinship Connected"),
                org.assertj.core.groups.Tuple.tuple("Milestones 2", Kind.UPDATE, "Kinship Connected: Carers recruited"));
        assertThat(vm.rows().get(1).details()).isEqualTo("Forecast: 31 Jul 2025 → 30 Sep 2025");
        assertThat(vm.summaryProperty().get()).startsWith("1 row: 0 new, 0 to update, 1 unchanged, 0 refused; other "
                + "sheets (Milestones, RAG history): 0 new, 1 to update, 1 unchanged, 0 refused.");
        assertThat(button(TrackerImportWizard.IMPORT_ID).getText()).isEqualTo("_Import 1 row");
        assertThat(robot.lookup(".tracker-cell-text").queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText).contains("Milestones 2", "Forecast: 31 Jul 2025 → 30 Sep 2025");

        robot.press(KeyCode.ALT).type(KeyCode.I).release(KeyCode.ALT);
        await(() -> vm.stepProperty().get() == Step.DONE && !vm.busyProperty().get());
        assertThat(vm.resultProperty().get()).contains("; on the other sheets 0 new, 1 updated, 1 unchanged, 0 refused.");
        assertThat(projects().get(0).milestones()).singleElement()
                .satisfies(m -> assertThat(m.forecast()).isEqualTo(LocalDate.of(2025, 9, 30)));

        robot.press(KeyCode.ALT).type(KeyCode.U).release(KeyCode.ALT);
        await(() -> !vm.canUndoProperty().get() && !tasks.runningProperty().get());
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotASpreadsheetIsExplainedInPlainWordsAndChangesNothing() throws Exception {
        Path renamed = files.resolve("tracker.xlsx");
        Files.writeString(renamed, "Project,Lead\nFamily Hubs,Priya Shah\n");
        List<Project> before = projects();
        TrackerImportViewModel vm = viewModel();

        TrackerImportWizard wizard = open(vm, renamed);

        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(text(TrackerImportWizard.MESSAGE_ID)).startsWith("tracker.xlsx is not an Excel workbook: its "
                + "contents are not a spreadsheet (was another kind of file renamed?)").contains("Nothing");
        assertThat(vm.headingProperty().get()).isEqualTo("tracker.xlsx cannot be imported");
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .startsWith("tracker.xlsx is not an Excel workbook"));
        assertThat(button(TrackerImportWizard.NEXT_ID).isVisible()).isFalse();
        assertThat(button(TrackerImportWizard.IMPORT_ID).isVisible()).isFalse();
        assertThat(button(TrackerImportWizard.CLOSE_ID).getText()).isEqualTo("_Close");
        assertThat(focused().getId()).isEqualTo(TrackerImportWizard.MESSAGE_ID);
        assertThat(projects()).isEqualTo(before);
        assertThat(Files.exists(dataFolder.resolve("backups"))
                && Files.list(dataFolder.resolve("backups")).findAny().isPresent()).isFalse();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wizard.stage().isShowing()).isFalse();
    }

    private Node focused() {
        return shown.stage().getScene().getFocusOwner();
    }

    private Button button(String id) {
        return robot.lookup("#" + id).queryButton();
    }

    private String text(String id) {
        return robot.lookup("#" + id).queryLabeled().getText();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(60, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
