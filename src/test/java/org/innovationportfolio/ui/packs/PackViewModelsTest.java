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
        PackImporter importer = new PackImporter(receiver.store(), receiver, receiverFolder, receiverFolder.resolve("backups"), CLOCK);
        return new PackImportViewModel(importer, dialogs, tasks, refreshed::incrementAndGet);
    }

    List<PortfolioRow> rows() {
        return new PortfolioListing(receiver.store(), CLOCK).rows();
    }

    @Test
    void previewShowsEachProjectWithItsStatusAndDefaultChoice() {
        PackImportViewModel viewModel = importViewModel();

        viewModel.open(pack);

        assertThat(viewModel.readyProperty().get()).isTrue();
        assertThat(viewModel.headingProperty().get()).startsWith("Pack from Sam Patel");
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
                refreshed::incrementAndGet);

        dialogs.answering(false);
        undo.undoLastImport();
        assertThat(rows()).hasSize(14);

        dialogs.answering(true);
        undo.undoLastImport();
        assertThat(rows()).isEmpty();
        assertThat(dialogs.questions()).hasSize(2).allSatisfy(q -> assertThat(q.message())
                .contains("Undo the import of the pack from Sam Patel?"));
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
        viewModel.projects().forEach(choice -> choice.selected().set(false));
        assertThat(viewModel.previewProperty().get()).isEqualTo("Choose at least one project to send.");
        viewModel.projects().get(2).selected().set(true);

        Path target = files.resolve("one.ippack");
        viewModel.export(target);

        assertThat(target).exists();
        assertThat(dialogs.shown()).last().satisfies(s -> assertThat(s.message()).contains("Pack written to"));
        List<Project> sent = new org.innovationportfolio.logic.packs.PackReader().read(target).projects();
        assertThat(sent).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(senderRows.get(2).id());
            assertThat(p.risks()).isEmpty();
        });
    }
}
