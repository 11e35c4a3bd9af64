package org.innovationportfolio.ui.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.innovationportfolio.logic.packs.ExportRequest;
import org.innovationportfolio.logic.packs.ImportUndo;
import org.innovationportfolio.logic.packs.PackExporter;
import org.innovationportfolio.logic.packs.PackImporter;
import org.innovationportfolio.logic.packs.ProjectStatus;
import org.innovationportfolio.logic.packs.Resolution;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.HeldTaskRunner;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import preview, export dialog and undo as their view models drive them, on real portfolios. */
class PackViewModelsTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path senderFolder;
    @TempDir
    static Path files;
    static Database sender;
    static Path pack;

    @TempDir
    Path receiverFolder;
    Database receiver;
    RecordingDialogService dialogs = new RecordingDialogService();
    ImmediateTaskRunner tasks = new ImmediateTaskRunner();
    AtomicInteger refreshed = new AtomicInteger();

    @BeforeAll
    static void senderWithAPack() {
        sender = Database.open(senderFolder);
        SampleLoader.load(sender.store(), CLOCK);
        pack = files.resolve("sample.ippack");
        new PackExporter(sender.store(), CLOCK, "test", senderFolder).export(ExportRequest.all("Sam Patel"), pack);
    }

    @AfterAll
    static void closeSender() {
        sender.close();
    }

    @BeforeEach
    void openReceiver() {
        receiver = Database.open(receiverFolder);
    }

    @AfterEach
    void closeReceiver() {
        receiver.close();
    }

    PackImportViewModel importViewModel() {
        PackImporter importer = new PackImporter(receiver.store(), receiver, receiverFolder,
                receiverFolder.resolve("backups"), CLOCK);
        return new PackImportViewModel(importer, dialogs, tasks, refreshed::incrementAndGet, ZoneOffset.UTC);
    }

    List<PortfolioRow> rows() {
        return new PortfolioListing(receiver.store(), CLOCK).rows();
    }

    @Test
    void previewShowsEachProjectWithItsStatusAndDefaultChoice() {
        PackImportViewModel viewModel = importViewModel();

        viewModel.open(pack);

        assertThat(viewModel.readyProperty().get()).isTrue();
        assertThat(viewModel.headingProperty().get()).startsWith("Pack from Sam Patel").endsWith("made 23 Nov 2026 at 10:00");
        assertThat(viewModel.summaryProperty().get()).startsWith("14 projects: 14 new");
        assertThat(viewModel.projects()).hasSize(14).allSatisfy(choice -> {
            assertThat(choice.status()).isEqualTo(ProjectStatus.NEW);
            assertThat(choice.choiceProperty().get()).isEqualTo(Resolution.TAKE_THEIRS);
            assertThat(choice.action()).isEqualTo("add");
        });
        assertThat(viewModel.notesProperty().get()).contains("never deletes");
        assertThat(rows()).as("a preview changes nothing").isEmpty();
    }

    @Test
    void importAppliesTheChoicesAndSaysHowToUndo() {
        PackImportViewModel viewModel = importViewModel();
        viewModel.open(pack);
        ProjectChoice skipped = viewModel.projects().get(0);
        skipped.choiceProperty().set(Resolution.KEEP_MINE);

        viewModel.importChosen();

        assertThat(viewModel.doneProperty().get()).isTrue();
        assertThat(refreshed.get()).isEqualTo(1);
        assertThat(rows()).hasSize(13).noneMatch(row -> row.id().equals(skipped.id()));
        assertThat(dialogs.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo("Import project pack");
            assertThat(shown.message()).contains("13 new projects").contains("Undo last import");
        });
    }

    @Test
    void aBrokenPackIsRefusedPlainlyAndNothingChanges() throws Exception {
        Path broken = Files.write(files.resolve("broken.ippack"), new byte[] {'P', 'K', 3, 4, 0, 0});
        PackImportViewModel viewModel = importViewModel();

        viewModel.open(broken);

        assertThat(viewModel.readyProperty().get()).isFalse();
        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("This pack cannot be imported");
            assertThat(error.message()).startsWith("The file is not a project pack");
        });
        assertThat(rows()).isEmpty();
    }

    @Test
    void undoAsksFirstThenPutsThePortfolioBack() {
        PackImportViewModel viewModel = importViewModel();
        viewModel.open(pack);
        viewModel.importChosen();
        assertThat(rows()).hasSize(14);
        UndoImportViewModel undo = new UndoImportViewModel(new ImportUndo(receiver.store(), receiver, receiverFolder), dialogs, tasks,
                refreshed::incrementAndGet, ZoneOffset.UTC);

        dialogs.answering(false);
        undo.undoLastImport();
        assertThat(rows()).hasSize(14);

        dialogs.answering(true);
        undo.undoLastImport();
        assertThat(rows()).isEmpty();
        assertThat(dialogs.questions()).hasSize(2).allSatisfy(q -> assertThat(q.message())
                .contains("Undo the import of the pack from Sam Patel").contains("23 Nov 2026 at 10:00")
                .contains("14 projects added"));
    }

    @Test
    void exportSaysWhatWillLeaveBeforeWritingAndWritesTheChosenProjects() {
        List<PortfolioRow> senderRows = new PortfolioListing(sender.store(), CLOCK).rows();
        PackExportViewModel viewModel = new PackExportViewModel(new PackExporter(sender.store(), CLOCK, "test", senderFolder),
                senderRows, "Sam Patel", dialogs, tasks);

        viewModel.refreshPreview();
        assertThat(viewModel.previewProperty().get()).contains("14 projects").contains("2 private notes are withheld");
        viewModel.withoutRisksProperty().set(true);
        assertThat(viewModel.previewProperty().get()).contains("risks are withheld, as you chose");
        viewModel.chooseAll(false);
        assertThat(viewModel.previewProperty().get()).isEqualTo("Choose at least one project to send.");
        assertThat(viewModel.canExportProperty().get()).isFalse();
        assertThat(viewModel.problemProperty().get()).isEqualTo("Tick at least one project to send.");
        viewModel.projects().get(2).selected().set(true);
        assertThat(viewModel.chosenCountProperty().get()).isEqualTo("1 of 14 projects chosen");
        assertThat(viewModel.suggestedFileName()).isEqualTo("Family Safeguarding - multi-disciplinary teams.ippack");
        viewModel.senderNameProperty().set("  ");
        assertThat(viewModel.canExportProperty().get()).as("nobody named as the sender").isFalse();
        viewModel.senderNameProperty().set("Sam Patel");
        assertThat(viewModel.canExportProperty().get()).isTrue();

        Path target = files.resolve("one.ippack");
        viewModel.export(target);

        assertThat(target).exists();
        assertThat(dialogs.shown()).last().satisfies(s -> assertThat(s.message())
                .startsWith("Pack written: one.ippack").contains("1 project, with").contains("risks are withheld"));
        assertThat(viewModel.doneProperty().get()).isTrue();
        assertThat(viewModel.busyProperty().get()).isFalse();
        List<Project> sent = new org.innovationportfolio.logic.packs.PackReader().read(target).projects();
        assertThat(sent).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(senderRows.get(2).id());
            assertThat(p.risks()).isEmpty();
        });
    }

    @Test
    void whileThePackIsWrittenOrImportedTheDialogsSaySoAndCannotBeUsedTwice() {
        HeldTaskRunner held = new HeldTaskRunner();
        List<PortfolioRow> senderRows = new PortfolioListing(sender.store(), CLOCK).rows();
        PackExportViewModel export = new PackExportViewModel(new PackExporter(sender.store(), CLOCK, "test", senderFolder),
                senderRows, "Sam Patel", dialogs, held);
        Path target = files.resolve("held.ippack");

        export.export(target);

        assertThat(export.busyProperty().get()).isTrue();
        assertThat(export.canExportProperty().get()).as("no second export while one is written").isFalse();
        assertThat(export.progressTextProperty().get()).isEqualTo("Writing held.ippack…");
        assertThat(target).doesNotExist();
        held.runAll();
        assertThat(target).isNotEmptyFile();
        assertThat(export.busyProperty().get()).isFalse();
        assertThat(export.progressTextProperty().get()).isEmpty();

        PackImportViewModel importing = new PackImportViewModel(
                new PackImporter(receiver.store(), receiver, receiverFolder, receiverFolder.resolve("backups"), CLOCK), dialogs, held,
                refreshed::incrementAndGet, ZoneOffset.UTC);
        importing.open(pack);
        assertThat(importing.busyProperty().get()).isTrue();
        assertThat(importing.progressTextProperty().get()).startsWith("Checking every part of the pack");
        held.runAll();
        assertThat(importing.readyProperty().get()).isTrue();

        importing.importChosen();
        importing.importChosen();
        assertThat(held.waiting()).as("a second Import while the first runs does nothing").isEqualTo(1);
        assertThat(importing.progressTextProperty().get()).isEqualTo("Backing up your portfolio, then importing…");
        assertThat(rows()).isEmpty();
        held.runAll();
        assertThat(rows()).hasSize(14);
        assertThat(importing.busyProperty().get()).isFalse();
        assertThat(importing.doneProperty().get()).isTrue();
    }

    @Test
    void aPackThatCannotBeWrittenIsExplainedAndTheDialogStaysOpenToTryElsewhere() throws Exception {
        List<PortfolioRow> senderRows = new PortfolioListing(sender.store(), CLOCK).rows();
        PackExportViewModel viewModel = new PackExportViewModel(new PackExporter(sender.store(), CLOCK, "test", senderFolder),
                senderRows, "Sam Patel", dialogs, tasks);
        Path notAFolder = Files.writeString(files.resolve("notes.txt"), "not a folder");

        viewModel.export(notAFolder.resolve("pack.ippack"));

        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("The pack was not written");
            assertThat(error.message()).startsWith("The pack could not be written to")
                    .endsWith("Choose another folder or free some space, then try again.");
        });
        assertThat(viewModel.doneProperty().get()).as("the dialog stays open").isFalse();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.canExportProperty().get()).isTrue();
    }
}
