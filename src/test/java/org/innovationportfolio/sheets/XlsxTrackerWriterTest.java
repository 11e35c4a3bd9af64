package org.innovationportfolio.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.tracker.TrackerExport;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.NoteKind;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StatusUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported workbook read back with POI: types, layout, marking, and text that is never a formula. */
class XlsxTrackerWriterTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path folder;

    static Project project(String title) {
        Project p = Project.create(title, null, NOW).withStage(Stage.DELIVERING, NOW);
        p = p.withStatusHistory(List.of(new StatusUpdate(UUID.randomUUID(), LocalDate.of(2025, 3, 31), Rag.AMBER,
                "=HYPERLINK(\"http://evil\")", null, NOW)), NOW);
        return new Project(p.id(), p.title(), null, p.stage(), "+44 lead", null, null, LocalDate.of(2024, 4, 1),
                LocalDate.of(2026, 3, 31), null, null, List.of(), List.of(), p.statusHistory(), List.of(),
                List.of(new FundingLine(UUID.randomUUID(), "DfE", FundingType.GRANT, new FinancialYear(2024),
                        Money.ofPence(123_456_78L), Money.ZERO, Money.ofPence(5), FundingStatus.AWARDED, null, null, NOW)),
                List.of(), List.of(), List.of(new Note(UUID.randomUUID(), LocalDate.of(2025, 1, 1), NoteKind.NOTE,
                        "Secret private words", null, true, NOW)), p.provenance(), NOW, NOW);
    }

    Path written(List<Project> projects, Marking marking) throws Exception {
        Path file = folder.resolve("tracker.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxTrackerWriter().write(TrackerExport.workbook(projects, "Anyshire Council", marking,
                    LocalDate.of(2026, 11, 23)), out);
        }
        return file;
    }

    @Test
    void everySheetHasRealTypesAFrozenFilteredHeaderAndTheMarking() throws Exception {
        Project p = project("=SUM(A1:A9)");
        Path file = written(List.of(p), Marking.OFFICIAL_SENSITIVE);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(6);
            assertThat(List.of(0, 1, 2, 3, 4, 5)).extracting(i -> book.getSheetName(i))
                    .containsExactly("Projects", "Milestones", "Funding", "RAG history", "Risks", "Outcomes");
            for (int i = 0; i < 6; i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
                assertThat(sheet.getHeader().getCenter()).isEqualTo("OFFICIAL-SENSITIVE");
                assertThat(sheet.getFooter().getCenter()).isEqualTo("OFFICIAL-SENSITIVE");
                assertThat(sheet.getColumnWidth(1)).isGreaterThan(20 * 256);
            }
            assertThat(book.getProperties().getCustomProperties().getProperty("Classification").getLpwstr())
                    .isEqualTo("OFFICIAL-SENSITIVE");
            assertThat(book.getProperties().getCoreProperties().getKeywords()).isEqualTo("OFFICIAL-SENSITIVE");

            XSSFSheet projects = book.getSheet("Projects");
            var header = projects.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Project id");
            var row = projects.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(p.id().toString());
            XSSFCell title = row.getCell(1);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo("=SUM(A1:A9)");
            assertThat(row.getCell(5).getCellType()).as("commentary").isEqualTo(CellType.STRING);
            assertThat(row.getCell(6).getCellType()).as("lead").isEqualTo(CellType.STRING);
            XSSFCell ragDate = row.getCell(4);
            assertThat(ragDate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(ragDate)).isTrue();
            assertThat(ragDate.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(ragDate.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            XSSFCell awarded = row.getCell(11);
            assertThat(awarded.getNumericCellValue()).isEqualTo(123456.78);
            assertThat(awarded.getCellStyle().getDataFormatString()).contains("£").contains("#,##0.00");
            List<String> lists = projects.getDataValidations().stream()
                    .map(v -> String.join(",", v.getValidationConstraint().getExplicitListValues())).toList();
            assertThat(lists).contains("Exploring,Business case,Approved,Mobilising,Delivering,Embedding,Closed,Stopped",
                    "Red,Amber,Green");
            assertThat(projects.getDataValidations()).allMatch(v -> v.getErrorStyle() == DataValidation.ErrorStyle.STOP);

            XSSFSheet funding = book.getSheet("Funding");
            assertThat(funding.getRow(1).getCell(3).getStringCellValue()).isEqualTo("2024/25");
            assertThat(funding.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(123456.78);
            assertThat(funding.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(0.05);
        }
    }

    @Test
    void privateNotesAndNotesAtAllAreNeverWritten() throws Exception {
        Path file = written(List.of(project("Family Hubs")), Marking.OFFICIAL);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (var sheet : book) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            assertThat(cell.getStringCellValue()).doesNotContain("Secret private words");
                        }
                    }
                }
            }
        }
        // And not in any part of the file either (shared strings, properties).
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(text).as(entry.getName()).doesNotContain("Secret private words");
            }
        }
    }
}
