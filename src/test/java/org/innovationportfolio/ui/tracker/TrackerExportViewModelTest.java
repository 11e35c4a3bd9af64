package org.innovationportfolio.ui.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innovationportfolio.logic.tracker.TrackerExport;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.sheets.XlsxTrackerWriter;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Export spreadsheet…: the chosen file gets the workbook, and the user is told where, or why not. */
class TrackerExportViewModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataFolder;
    @TempDir
    Path documents;
    Database database;

    @BeforeEach
    void open() {
        database = Database.open(dataFolder);
        database.store().writing(r -> r.projects().save(Project.create("Family Hubs", null, CLOCK.instant())));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void exportWritesTheWorkbookWhereTheUserChoseAndSaysSo() throws Exception {
        RecordingDialogService dialogs = new RecordingDialogService().answeringFile(documents.resolve("tracker"));

        new TrackerExportViewModel(new TrackerExport(database.store(), CLOCK, new XlsxTrackerWriter()), dialogs,
                new ImmediateTaskRunner())
                .export();

        Path written = documents.resolve("tracker.xlsx");
        try (InputStream in = Files.newInputStream(written); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(6);
            assertThat(book.getSheet("Projects").getRow(1).getCell(1).getStringCellValue()).isEqualTo("Family Hubs");
        }
        assertThat(dialogs.informations()).singleElement().satisfies(shown ->
                assertThat(shown.message()).contains("Wrote 1 project (OFFICIAL) to " + written));
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aFolderThatIsNotThereIsReportedAndNothingIsWritten() {
        Path missing = documents.resolve("no such folder").resolve("tracker.xlsx");
        RecordingDialogService dialogs = new RecordingDialogService().answeringFile(missing);

        new TrackerExportViewModel(new TrackerExport(database.store(), CLOCK, new XlsxTrackerWriter()), dialogs,
                new ImmediateTaskRunner())
                .export();

        assertThat(dialogs.errors()).singleElement().satisfies(shown ->
                assertThat(shown.message()).contains("does not exist"));
        assertThat(missing).doesNotExist();
    }
}
