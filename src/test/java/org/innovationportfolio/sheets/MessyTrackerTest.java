package org.innovationportfolio.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innovationportfolio.logic.tracker.SpreadsheetFile;
import org.innovationportfolio.logic.tracker.TrackerImport;
import org.innovationportfolio.logic.tracker.TrackerPreview;
import org.innovationportfolio.logic.tracker.TrackerPreview.Kind;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StatusUpdate;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An officer's tracker as they really are: a title block with an "as at" date, a merged heading over the
 * funding years, a blank row, a RAG given only by a cell's colour, a formula, a hidden row, a bad date
 * and a total row; previewed, imported and undone against a real portfolio.
 */
public class MessyTrackerTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    static final Instant T = Instant.parse("2025-01-01T09:00:00Z");

    @TempDir
    Path dataFolder;
    @TempDir
    Path files;
    Database database;
    TrackerImport trackers;
    Project kinship;

    @BeforeEach
    void portfolioWithOneProject() {
        database = Database.open(dataFolder);
        Project p = Project.create("Kinship Connected", null, T).withStage(Stage.DELIVERING, T);
        kinship = p.withStatusHistory(List.of(new StatusUpdate(UUID.randomUUID(), LocalDate.of(2025, 1, 1), Rag.AMBER,
                "Behind", null, T)), T);
        database.store().writing(r -> r.projects().save(kinship));
        trackers = new TrackerImport(database.store(), database, dataFolder, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    public static Path messyTracker(Path folder) throws Exception {
        Path file = folder.resolve("Innovation tracker March.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Notes").createRow(0).createCell(0).setCellValue("Read me first");
            XSSFSheet sheet = book.createSheet("Tracker");
            sheet.createRow(0).createCell(0).setCellValue("Children's Services Innovation Tracker");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
            sheet.createRow(1).createCell(0).setCellValue("As at 31/03/2025");
            XSSFRow heading = sheet.createRow(3);
            heading.createCell(6).setCellValue("Funding");
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 6, 7));
            row(sheet, 4, "Scheme", "SRO", "Phase", "Overall RAG", "Commentary", "End date", "2024/25", "FY25/26");
            XSSFRow hubs = row(sheet, 5, "Family Hubs", "Priya Shah", "Delivery", "Amber/Green", "On track mostly",
                    "31.3.26", "£350k");
            hubs.createCell(7).setCellValue(1_200_000);
            XSSFRow kinship = row(sheet, 7, "Kinship Connected", "Tom Evans", "Live", null, "Behind");
            XSSFCellStyle red = book.createCellStyle();
            red.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 255, 0, 0}, null));
            red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            kinship.createCell(3).setCellStyle(red);
            kinship.createCell(5).setCellValue(LocalDate.of(2026, 3, 31));
            XSSFCellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            kinship.getCell(5).setCellStyle(date);
            kinship.createCell(6).setCellFormula("1000*5");
            kinship.getCell(6).setCellValue(5000);
            row(sheet, 8, "Bad Dates", "Sam", "Idea", "G", null, "31/02/2025");
            XSSFRow hidden = row(sheet, 9, "Hidden Scheme", "A N Other", "Idea", "R");
            hidden.setZeroHeight(true);
            XSSFRow total = row(sheet, 10, "Total");
            total.createCell(6).setCellFormula("SUM(G6:G10)");
            total.getCell(6).setCellValue(355000);
            book.setActiveSheet(1);
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        return file;
    }

    public static XSSFRow row(XSSFSheet sheet, int index, String... values) {
        XSSFRow row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }

    @Test
    void previewSaysRowByRowWhatWouldHappenAndChangesNothing() throws Exception {
        SpreadsheetFile file = new WorkbookSheetReader().read(messyTracker(files));

        TrackerPreview preview = trackers.preview(file, (String) null);

        assertThat(preview.mapping().sheet()).isEqualTo("Tracker");
        assertThat(preview.mapping().headerRow()).isEqualTo(5);
        assertThat(preview.ragDate()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(preview.asAtFound()).isTrue();
        assertThat(preview.rows()).extracting(TrackerPreview.Row::number, TrackerPreview.Row::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, Kind.NEW),
                        org.assertj.core.groups.Tuple.tuple(8, Kind.UPDATE),
                        org.assertj.core.groups.Tuple.tuple(9, Kind.REFUSED),
                        org.assertj.core.groups.Tuple.tuple(10, Kind.NEW));
        assertThat(preview.rows().get(2).problems()).containsExactly("F9: 31/02/2025 is not a date.");
        assertThat(preview.rows().get(1).matchedByTitle()).isTrue();
        assertThat(preview.rows().get(1).changes()).contains("RAG: Amber → Red (RAG update dated 31 Mar 2025)",
                "Awarded in 2024/25: £0.00 → £5,000.00", "End date: (blank) → 31 Mar 2026");
        assertThat(preview.rows().get(3).hidden()).isTrue();
        assertThat(preview.skipped()).extracting(TrackerPreview.Skipped::number, TrackerPreview.Skipped::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7, "blank"),
                        org.assertj.core.groups.Tuple.tuple(11, "a total row"));
        assertThat(String.join("\n", preview.lines())).contains("Row 9: refused \"Bad Dates\"")
                .contains("Amber/Green is read as Amber");
        int count = database.store().read(r -> r.projects().count());
        assertThat(count).isEqualTo(1);
    }

    @Test
    void importAddsAndUpdatesTheGoodRowsAndUndoPutsEverythingBack() throws Exception {
        SpreadsheetFile file = new WorkbookSheetReader().read(messyTracker(files));
        List<Project> before = database.store().read(r -> r.projects().findAll());

        TrackerImport.Result result = trackers.apply(file, trackers.preview(file, (String) null));

        assertThat(result.added()).isEqualTo(2);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.refused()).isEqualTo(1);
        List<Project> after = database.store().read(r -> r.projects().findAll());
        assertThat(after).extracting(Project::title).containsExactly("Family Hubs", "Hidden Scheme", "Kinship Connected");
        Project hubs = after.get(0);
        assertThat(hubs.stage()).isEqualTo(Stage.DELIVERING);
        assertThat(hubs.leadOfficer()).isEqualTo("Priya Shah");
        assertThat(hubs.rag()).hasValue(Rag.AMBER);
        assertThat(hubs.currentStatus().get().date()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(hubs.endDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(hubs.awardedIn(new FinancialYear(2024))).isEqualTo(Money.ofPounds(350_000));
        assertThat(hubs.awardedIn(new FinancialYear(2025))).isEqualTo(Money.ofPounds(1_200_000));
        Project updated = after.get(2);
        assertThat(updated.statusHistory()).extracting(StatusUpdate::rag).containsExactly(Rag.RED, Rag.AMBER);
        assertThat(updated.awardedIn(new FinancialYear(2024))).isEqualTo(Money.ofPounds(5_000));
        assertThat(result.backup()).exists();

        // Imported again: nothing new, no RAG duplicated.
        TrackerPreview again = trackers.preview(file, (String) null);
        assertThat(again.count(Kind.UNCHANGED)).isEqualTo(3);
        assertThat(again.changesPortfolio()).isFalse();

        TrackerImport.LastImport undone = trackers.undoLast();

        assertThat(undone.fileName()).isEqualTo("Innovation tracker March.xlsx");
        List<Project> restored = database.store().read(r -> r.projects().findAll());
        assertThat(restored).isEqualTo(before);
        assertThat(trackers.lastImport()).isEmpty();
    }

    @Test
    void anUpdateKeepsTheRisksNotesOutcomesAndStageHistoryTheTrackerDoesNotHold() throws Exception {
        database.store().writing(r -> r.projects().delete(kinship.id()));
        org.innovationportfolio.logic.sample.SampleLoader.load(database.store(), CLOCK);
        Project full = database.store().read(r -> r.projects().findAll()).stream()
                .filter(p -> !p.risks().isEmpty() && !p.notes().isEmpty() && !p.outcomes().isEmpty()
                        && !p.stageHistory().isEmpty()).findFirst().orElseThrow();
        Path csv = files.resolve("tracker.csv");
        Files.writeString(csv, "Project,Lead\n\"" + full.title() + "\",A New Lead\n");
        SpreadsheetFile file = new WorkbookSheetReader().read(csv);

        TrackerPreview preview = trackers.preview(file, (String) null);
        trackers.apply(file, preview);

        assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.kind()).isEqualTo(Kind.UPDATE));
        Project after = database.store().read(r -> r.projects().find(full.id())).orElseThrow();
        assertThat(after.leadOfficer()).isEqualTo("A New Lead");
        assertThat(after.risks()).isEqualTo(full.risks());
        assertThat(after.notes()).isEqualTo(full.notes());
        assertThat(after.outcomes()).isEqualTo(full.outcomes());
        assertThat(after.stageHistory()).isEqualTo(full.stageHistory());
    }
}
