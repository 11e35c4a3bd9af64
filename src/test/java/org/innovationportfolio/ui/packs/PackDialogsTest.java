package org.innovationportfolio.ui.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.packs.ExportRequest;
import org.innovationportfolio.logic.packs.ImportUndo;
import org.innovationportfolio.logic.packs.Pack;
import org.innovationportfolio.logic.packs.PackExporter;
import org.innovationportfolio.logic.packs.PackImporter;
import org.innovationportfolio.logic.packs.PackReader;
import org.innovationportfolio.logic.packs.ProjectStatus;
import org.innovationportfolio.logic.packs.Resolution;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.AppLook;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.innovationportfolio.ui.catalogue.PageHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog and the import preview as an officer uses them: headless, real Derby portfolios in
 * temporary folders, real pack files written by the exporter. A colleague ("the sender") shares the
 * sample portfolio once; the receiver imports it, then both change things and the sender sends a newer pack.
 */
class PackDialogsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    static final Instant LATER = Instant.parse("2026-11-24T09:00:00Z");
    static final String THEIRS = "Theirs: hub opens in June";
    static final String MINE = "Mine: hub opens in May";

    @TempDir
    static Path senderFolder;
    @TempDir
    static Path files;
    static Database sender;
    /** The first pack: every sample project but the last. */
    static Path firstPack;
    /** The newer pack: everything, after the sender changed two projects. */
    static Path newerPack;
    static Project conflicted;
    static Project updated;
    static Project added;

    @TempDir
    Path receiverFolder;
    Database receiver;
    Stage owner;
    final RecordingDialogService dialogs = new RecordingDialogService();
    final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void aColleagueSharesTheSamplePortfolioTwice() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(AppLook::applyTheme).get();
        sender = Database.open(senderFolder);
        SampleLoader.load(sender.store(), CLOCK);
        List<Project> all = projects(sender.store());
        added = all.get(all.size() - 1);
        conflicted = withMilestones(all);
        updated = all.stream().filter(p -> !p.milestones().isEmpty() && p != conflicted && p != added)
                .findFirst().orElseThrow();
        firstPack = files.resolve("first.ippack");
        new PackExporter(sender.store(), CLOCK, "test", senderFolder).export(new ExportRequest(
                all.stream().filter(p -> p != added).map(Project::id).toList(), false, false, "Sam Patel",
                "Anyshire County Council"), firstPack);
        renameFirstMilestone(sender.store(), conflicted.id(), THEIRS);
        renameFirstMilestone(sender.store(), updated.id(), "Theirs: evaluation moved");
        newerPack = files.resolve("newer.ippack");
        new PackExporter(sender.store(), CLOCK, "test", senderFolder).export(new ExportRequest(List.of(), false, false, "Sam Patel",
                "Anyshire County Council"), newerPack);
    }

    @AfterAll
    static void closeSender() {
        sender.close();
    }

    @BeforeEach
    void openReceiver() throws Exception {
        receiver = Database.open(receiverFolder);
        owner = FxToolkit.registerStage(Stage::new);
        WaitForAsyncUtils.asyncFx(() -> {
            owner.setScene(new Scene(new Label("Innovation Portfolio"), 400, 300));
            owner.show();
        }).get();
    }

    @AfterEach
    void closeReceiver() throws Exception {
        FxToolkit.cleanupStages();
        receiver.close();
    }

    // --- export ---

    @Test
    void exportsAChosenProjectWithFundingWithheldAndSaidSoBeforeWriting() throws Exception {
        List<PortfolioRow> rows = new PortfolioListing(sender.store(), CLOCK).rows();
        Project chosen = projects(sender.store()).stream().filter(p -> p.funding().size() > 1).findFirst()
                .orElseThrow();
        Path target = files.resolve("chosen.ippack");
        AtomicReference<String> suggested = new AtomicReference<>();
        PackExportViewModel viewModel = new PackExportViewModel(new PackExporter(sender.store(), CLOCK, "test", senderFolder),
                rows, "Sam Patel", dialogs, tasks);
        PackExportDialog dialog = PageHarness.onFx(() -> new PackExportDialog(owner, viewModel, name -> {
            suggested.set(name);
            return target;
        }));
        PageHarness.onFx(() -> {
            dialog.show();
            return null;
        });

        robot.clickOn("#" + PackExportDialog.TICK_NONE_ID);
        assertThat(text(PackExportDialog.PREVIEW_ID)).isEqualTo("Choose at least one project to send.");
        assertThat(robot.lookup("#" + PackExportDialog.EXPORT_ID).queryButton().isDisabled()).isTrue();
        // Keyboard: highlight the project's row, then Space ticks it.
        ListView<PackExportViewModel.Choice> list = robot.lookup("#" + PackExportDialog.PROJECTS_ID).queryListView();
        robot.interact(() -> list.scrollTo(list.getItems().stream().filter(c -> c.id().equals(chosen.id()))
                .findFirst().orElseThrow()));
        robot.clickOn(robot.lookup(".list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> cell
                && cell.getItem() instanceof PackExportViewModel.Choice c && c.id().equals(chosen.id()))
                .queryAs(Node.class));
        robot.type(KeyCode.SPACE);
        robot.clickOn("#" + PackExportDialog.FUNDING_ID);
        robot.clickOn("#" + PackExportDialog.DOCUMENTS_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.withoutDocumentsProperty().get()).isTrue();
        robot.clickOn("#" + PackExportDialog.DOCUMENTS_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.withoutDocumentsProperty().get()).isFalse();

        String preview = text(PackExportDialog.PREVIEW_ID);
        assertThat(preview).startsWith("1 project, with").doesNotContain("0 funding lines")
                .contains(chosen.funding().size() + " funding lines are withheld, as you chose.")
                .contains("(private notes never leave this computer)");
        assertThat(PageHarness.screenshot(dialog.stage().getScene(), "pack-export.png")).isNotEmptyFile();

        robot.clickOn("#" + PackExportDialog.EXPORT_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(suggested.get()).isEqualTo(chosen.title().replace(": ", " - ") + ".ippack");
        assertThat(target).isNotEmptyFile();
        Pack pack = new PackReader().read(target);
        assertThat(pack.fundingWithheld()).isTrue();
        assertThat(pack.projects()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(chosen.id());
            assertThat(p.funding()).isEmpty();
        });
        assertThat(dialogs.shown()).last().satisfies(shown -> assertThat(shown.message())
                .startsWith("Pack written: chosen.ippack").contains("funding lines are withheld"));
        assertThat(dialog.stage().isShowing()).as("the dialog closes once the pack is written").isFalse();
    }

    // --- import ---

    /** The receiver imported the first pack, then changed the milestone the sender also changed. */
    void receiverImportedTheFirstPackThenChangedAMilestone() {
        PackImporter importer = importer();
        importer.apply(importer.plan(new PackReader().read(firstPack)));
        renameFirstMilestone(receiver.store(), conflicted.id(), MINE);
    }

    PackImporter importer() {
        return new PackImporter(receiver.store(), receiver, receiverFolder, receiverFolder.resolve("backups"), CLOCK);
    }

    PackImportDialog openPreview(Path pack, PackImportViewModel viewModel) throws Exception {
        PackImportDialog dialog = PageHarness.onFx(() -> new PackImportDialog(owner, viewModel));
        PageHarness.onFx(() -> {
            dialog.show();
            viewModel.open(pack);
            return null;
        });
        return dialog;
    }

    PackImportViewModel importViewModel() {
        return new PackImportViewModel(importer(), dialogs, tasks, () -> { }, CLOCK.getZone());
    }

    @Test
    void thePreviewListsEveryProjectOfANewerPackWithItsStatusAndWhatDiffers() throws Exception {
        receiverImportedTheFirstPackThenChangedAMilestone();
        List<Project> before = projects(receiver.store());
        PackImportViewModel viewModel = importViewModel();

        PackImportDialog dialog = openPreview(newerPack, viewModel);

        TableView<?> table = robot.lookup("#" + PackImportDialog.TABLE_ID).queryTableView();
        assertThat(table.getItems()).hasSize(before.size() + 1);
        assertThat(viewModel.projects()).filteredOn(c -> c.status() == ProjectStatus.CONFLICT)
                .extracting(ProjectChoice::id).containsExactly(conflicted.id());
        assertThat(viewModel.projects()).filteredOn(c -> c.status() == ProjectStatus.UPDATED)
                .extracting(ProjectChoice::id).containsExactly(updated.id());
        assertThat(viewModel.projects()).filteredOn(c -> c.status() == ProjectStatus.NEW)
                .extracting(ProjectChoice::id).containsExactly(added.id());
        assertThat(viewModel.headingProperty().get())
                .isEqualTo("Pack from Sam Patel, Anyshire County Council, made 23 Nov 2026 at 10:00");
        assertThat(viewModel.summaryProperty().get()).contains("1 new, 1 updated, 1 in conflict");
        // The project in conflict is highlighted first, with its records and its choice below the table.
        assertThat(((ProjectChoice) table.getSelectionModel().getSelectedItem()).id()).isEqualTo(conflicted.id());
        Node records = robot.lookup("#" + PackImportDialog.RECORDS_ID).query();
        assertThat(robot.from(records).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Milestone \u201c" + THEIRS + "\u201d: Conflict: changed on both sides");
        // The field that differs, by its plain name, mine beside theirs.
        assertThat(robot.from(records).lookup("." + RecordDifferencesView.FIELD_GRID).queryAllAs(GridPane.class))
                .singleElement().satisfies(grid -> assertThat(gridRows(grid))
                        .containsExactly(List.of("Field", "Yours", "Theirs"), List.of("Title", MINE, THEIRS)));
        // In the dialog as well as alone (RecordDifferencesViewTest), the values wrap inside the records' width.
        assertThat(robot.from(records).lookup("." + RecordDifferencesView.FIELD_GRID).queryAllAs(GridPane.class))
                .singleElement().satisfies(grid -> {
                    assertThat(grid.getWidth()).isLessThanOrEqualTo(((javafx.scene.layout.Region) records).getWidth());
                    assertThat(grid.getChildren()).filteredOn(Label.class::isInstance).map(Label.class::cast)
                            .allSatisfy(l -> assertThat(l.isWrapText()).as(l.getText()).isTrue());
                });
        assertThat(radio(Resolution.KEEP_MINE).isSelected()).as("a conflict keeps mine unless told").isTrue();
        assertThat(robot.lookup(".table-row-cell").queryAll().stream().map(this::rowText).toList())
                .anySatisfy(row -> assertThat(row).contains(conflicted.title(), "Conflict", "1 in conflict",
                        "Keep mine"))
                .anySatisfy(row -> assertThat(row).contains(added.title(), "New", "Not in your portfolio", "Add"));
        assertThat(PageHarness.screenshot(dialog.stage().getScene(), "pack-import-preview.png")).isNotEmptyFile();

        robot.clickOn(robot.lookup(".button").match((Node n) -> n instanceof javafx.scene.control.Button b
                && b.isCancelButton() && b.getScene() == dialog.stage().getScene()).queryButton());
        assertThat(dialog.stage().isShowing()).isFalse();
        assertThat(projects(receiver.store())).as("a preview changes nothing").isEqualTo(before);
    }

    @Test
    void theProjectColumnShowsWholeNamesInADialogSizedToASmallLaptop() throws Exception {
        receiverImportedTheFirstPackThenChangedAMilestone();
        PackImportDialog dialog = openPreview(newerPack, importViewModel());
        PageHarness.onFx(() -> {
            dialog.stage().setWidth(1024);
            dialog.stage().setHeight(700);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        // What each cell of the Project column shows: its wrapped text, or its label's text (an ellipsis if cut).
        List<List<String>> shown = PageHarness.onFx(() -> {
            dialog.stage().getScene().getRoot().applyCss();
            dialog.stage().getScene().getRoot().layout();
            return dialog.stage().getScene().getRoot().lookupAll(".table-cell").stream()
                    .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                    .filter(c -> c.isVisible() && !c.isEmpty() && c.getItem() != null
                            && "Project".equals(c.getTableColumn().getText()))
                    .map(c -> List.of(String.valueOf(c.getItem()), visibleText(c))).toList();
        });
        assertThat(shown).as("the project names the table shows").hasSizeGreaterThan(3)
                .allSatisfy(cell -> assertThat(cell.get(1)).as("shown for %s", cell.get(0)).isEqualTo(cell.get(0)));
    }

    /** The words a cell puts on screen, whole or cut, with the lines of wrapped text joined by spaces. */
    static String visibleText(javafx.scene.control.TableCell<?, ?> cell) {
        if (cell.getGraphic() instanceof javafx.scene.text.Text wrapped) {
            assertThat(wrapped.getBoundsInParent().getMaxY()).as("all the lines of %s are inside the cell",
                    wrapped.getText()).isLessThanOrEqualTo(cell.getHeight() + 1);
            for (String word : wrapped.getText().split("\\s+")) {
                javafx.scene.text.Text measure = new javafx.scene.text.Text(word);
                measure.setFont(wrapped.getFont());
                assertThat(measure.getLayoutBounds().getWidth()).as("%s is not broken mid-word", word)
                        .isLessThanOrEqualTo(wrapped.getWrappingWidth() + 1);
            }
            return wrapped.getText();
        }
        return cell.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text)
                .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse("");
    }

    @Test
    void keepBothForAConflictKeepsMineAndAddsTheirsAsACopyThenUndoPutsItBack() throws Exception {
        receiverImportedTheFirstPackThenChangedAMilestone();
        List<Project> before = projects(receiver.store());
        AtomicReference<Integer> refreshed = new AtomicReference<>(0);
        PackImportViewModel viewModel = new PackImportViewModel(importer(), dialogs, tasks,
                () -> refreshed.set(refreshed.get() + 1), CLOCK.getZone());
        PackImportDialog dialog = openPreview(newerPack, viewModel);

        robot.clickOn(radio(Resolution.KEEP_BOTH));
        assertThat(viewModel.projects()).filteredOn(c -> c.id().equals(conflicted.id())).singleElement()
                .satisfies(c -> {
                    assertThat(c.choiceProperty().get()).isEqualTo(Resolution.KEEP_BOTH);
                    assertThat(c.action()).isEqualTo("keep both (theirs added as a copy)");
                });
        robot.clickOn("#" + PackImportDialog.IMPORT_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.stage().isShowing()).isFalse();
        assertThat(refreshed.get()).isEqualTo(1);
        assertThat(dialogs.shown()).last().satisfies(shown -> assertThat(shown.message()).startsWith("Pack imported")
                .contains("1 new project", "1 project updated", "1 copy kept beside yours", "Undo last import"));
        List<Project> after = projects(receiver.store());
        assertThat(after).hasSize(before.size() + 2);
        assertThat(find(after, conflicted.id()).milestones()).as("mine is kept").extracting(Milestone::title)
                .contains(MINE).doesNotContain(THEIRS);
        assertThat(after).filteredOn(p -> p.title().startsWith(conflicted.title() + " (from Sam Patel"))
                .singleElement().satisfies(copy -> assertThat(copy.milestones()).extracting(Milestone::title)
                        .contains(THEIRS));
        assertThat(find(after, updated.id()).milestones()).extracting(Milestone::title)
                .contains("Theirs: evaluation moved");

        UndoImportViewModel undo = new UndoImportViewModel(new ImportUndo(receiver.store(), receiver, receiverFolder), dialogs, tasks,
                () -> refreshed.set(refreshed.get() + 1), CLOCK.getZone());
        dialogs.answering(true);
        PageHarness.onFx(() -> {
            undo.undoLastImport();
            return null;
        });

        assertThat(dialogs.questions()).last().satisfies(q -> assertThat(q.message())
                .startsWith("Undo the import of the pack from Sam Patel, Anyshire County Council?")
                .contains("1 project added, 1 updated, 1 copy kept beside yours"));
        assertThat(projects(receiver.store())).as("the portfolio as it was before the import").isEqualTo(before);
        assertThat(dialogs.shown()).last().satisfies(shown -> assertThat(shown.message()).startsWith("Import undone"));
    }

    @Test
    void theChoiceForAProjectCanBeMadeWithTheKeyboardAlone() throws Exception {
        receiverImportedTheFirstPackThenChangedAMilestone();
        PackImportViewModel viewModel = importViewModel();
        PackImportDialog dialog = openPreview(newerPack, viewModel);
        ProjectChoice conflict = viewModel.projects().stream().filter(c -> c.id().equals(conflicted.id()))
                .findFirst().orElseThrow();
        assertThat(robot.lookup("#" + PackImportDialog.TABLE_ID).query().isFocused()).isTrue();

        robot.type(KeyCode.TAB);
        assertThat(dialog.stage().getScene().getFocusOwner()).as("Tab goes from the table to the choice")
                .isSameAs(radio(Resolution.KEEP_MINE));
        robot.type(KeyCode.DOWN, KeyCode.DOWN).type(KeyCode.SPACE);

        assertThat(conflict.choiceProperty().get()).isEqualTo(Resolution.KEEP_BOTH);
        assertThat(radio(Resolution.KEEP_BOTH).getAccessibleText())
                .isEqualTo("Keep both: keep mine and add theirs beside it as a copy, for " + conflicted.title());
        assertThat(robot.lookup(".table-row-cell").queryAll().stream().map(this::rowText).toList())
                .anySatisfy(row -> assertThat(row).contains(conflicted.title(), "Keep both",
                        "keep both (theirs added as a copy)"));
    }

    @Test
    void aFileThatIsNotAPackIsRefusedPlainlyAndNothingChanges() throws Exception {
        receiverImportedTheFirstPackThenChangedAMilestone();
        List<Project> before = projects(receiver.store());
        List<Path> backupsBefore = backups();
        Path corrupt = Files.writeString(files.resolve("minutes.ippack"), "Minutes of the board, 3 March 2025\n",
                StandardCharsets.UTF_8);
        PackImportViewModel viewModel = importViewModel();

        PackImportDialog dialog = openPreview(corrupt, viewModel);

        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("This pack cannot be imported");
            assertThat(error.message()).startsWith("The file is not a project pack")
                    .endsWith("Nothing in your portfolio was changed.");
        });
        assertThat(dialog.stage().isShowing()).as("no empty preview is left behind").isFalse();
        assertThat(projects(receiver.store())).isEqualTo(before);
        assertThat(backups()).as("not even a backup was taken").isEqualTo(backupsBefore);
    }

    List<Path> backups() throws java.io.IOException {
        try (var listing = Files.list(receiverFolder.resolve("backups"))) {
            return listing.sorted().toList();
        }
    }

    // --- helpers ---

    RadioButton radio(Resolution resolution) {
        return robot.lookup(".radio-button").match((Node n) -> n.getUserData() == resolution).queryAs(RadioButton.class);
    }

    String text(String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    /** The grid's labels' texts, row by row, left to right. */
    static List<List<String>> gridRows(GridPane grid) {
        java.util.Map<Integer, List<String>> rows = new java.util.TreeMap<>();
        for (Node child : grid.getChildren()) {
            rows.computeIfAbsent(GridPane.getRowIndex(child), k -> new java.util.ArrayList<>())
                    .add(((Label) child).getText());
        }
        return List.copyOf(rows.values());
    }

    /** Every cell's text in a table row, graphics included, joined. */
    String rowText(Node row) {
        StringBuilder text = new StringBuilder();
        for (Node cell : robot.from(row).lookup(".table-cell").queryAll()) {
            javafx.scene.control.TableCell<?, ?> c = (javafx.scene.control.TableCell<?, ?>) cell;
            if (c.getText() != null) {
                text.append(c.getText()).append(" | ");
            }
            if (c.getGraphic() instanceof Label label) {
                text.append(label.getText()).append(" | ");
            }
            if (c.getGraphic() instanceof javafx.scene.text.Text wrapped) {
                text.append(wrapped.getText()).append(" | ");
            }
        }
        return text.toString();
    }

    static List<Project> projects(Store store) {
        return store.read(r -> r.projects().findAll()).stream().sorted(Comparator.comparing(Project::id)).toList();
    }

    static Project withMilestones(List<Project> all) {
        return all.stream().filter(p -> !p.milestones().isEmpty()).findFirst().orElseThrow();
    }

    static Project find(List<Project> projects, UUID id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /** Renames a project's first milestone, as an officer editing it later would. */
    static void renameFirstMilestone(Store store, UUID projectId, String title) {
        store.writing(r -> {
            Project p = r.projects().find(projectId).orElseThrow();
            Milestone first = p.milestones().get(0);
            List<Milestone> milestones = p.milestones().stream().map(m -> m == first
                    ? new Milestone(m.id(), title, m.baseline(), m.forecast(), m.completed(), m.status(), m.owner(),
                            LATER)
                    : m).toList();
            r.projects().save(p.withMilestones(milestones, LATER));
        });
    }
}
