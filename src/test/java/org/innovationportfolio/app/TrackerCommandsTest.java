package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracker export}, {@code tracker import} and {@code tracker undo-import} as a script uses them. */
class TrackerCommandsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path portfolio;
    @TempDir
    static Path files;
    static Path exported;

    @BeforeAll
    static void sampleExported() {
        assertThat(Cli.on(portfolio).run("sample", "load").exitCode()).isZero();
        exported = files.resolve("tracker.xlsx");
        Cli.Result export = Cli.on(portfolio).run("tracker", "export", "--out", exported.toString(), "--marking",
                "official-sensitive");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.out().strip()).isEqualTo("Wrote the tracker for 14 projects (OFFICIAL-SENSITIVE) to "
                + exported + ".");
    }

    @Test
    void theExportHoldsEverySampleProjectWithNoPrivateNote() throws Exception {
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet projects = book.getSheet("Projects");
            assertThat(projects.getLastRowNum()).isEqualTo(14);
            assertThat(book.getSheet("Funding").getLastRowNum()).isGreaterThan(14);
            assertThat(book.getSheet("RAG history").getLastRowNum()).isGreaterThan(14);
            assertThat(projects.getHeader().getCenter()).isEqualTo("OFFICIAL-SENSITIVE");
            for (var sheet : book) {
                for (var row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            assertThat(cell.getStringCellValue()).doesNotContain("Retention conversation booked")
                                    .doesNotContain("ICB will not fund the posts");
                        }
                    }
                }
            }
        }
    }

    @Test
    void exportRefusesAFileNotNamedXlsxOrCsv() {
        Cli.Result wrong = Cli.on(portfolio).run("tracker", "export", "--out", files.resolve("t.xls").toString());
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("must end in .xlsx (the whole workbook) or .csv (the Projects sheet alone)");
    }

    @Test
    void csvExportIsTheProjectsSheetAndImportsBackOntoTheSameProjects(@TempDir Path receiver) throws Exception {
        Path copy = receiver.resolve("copy");
        copyFolder(portfolio, copy);
        Path csv = files.resolve("tracker.csv");
        Cli.Result export = Cli.on(copy).run("tracker", "export", "--out", csv.toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.out()).startsWith("Wrote the Projects sheet of the tracker for 14 projects (OFFICIAL) to "
                + csv + ".");
        java.util.List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("Project id,Project,Stage,RAG,RAG date,Commentary,Lead officer,Sponsor,"
                + "Governance board,Start date,End date,Total awarded,Total spent,Total forecast,Tags");
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in)) {
            String id = book.getSheet("Projects").getRow(1).getCell(0).getStringCellValue();
            assertThat(String.join("\n", lines)).contains(id);
        }

        String before = Cli.on(copy).run("portfolio", "list", "--format", "json").out();
        Cli.Result same = Cli.on(copy).run("tracker", "import", csv.toString(), "--yes");
        assertThat(same.exitCode()).as(same.toString()).isZero();
        assertThat(same.out()).contains("14 rows: 0 new, 0 to update, 14 unchanged, 0 refused; 0 skipped.")
                .contains("Nothing to import");

        // One lead officer changed in a text editor: that project alone is updated.
        int edit = -1;
        String lead = null;
        String cell = null;
        for (int i = 1; i < lines.size() && edit < 0; i++) {
            for (JsonNode p : JSON.readTree(before)) {
                String written = p.hasNonNull("leadOfficer") ? p.get("leadOfficer").asText() : null;
                String quoted = written == null ? null : written.contains(",") ? ",\"" + written + "\"," : "," + written + ",";
                if (lines.get(i).startsWith(p.get("id").asText() + ",") && quoted != null && lines.get(i).contains(quoted)) {
                    edit = i;
                    lead = written;
                    cell = quoted;
                }
            }
        }
        assertThat(edit).isPositive();
        lines.set(edit, lines.get(edit).replace(cell, ",=Jo Marsh,"));
        Files.write(csv, lines);
        Cli.Result edited = Cli.on(copy).run("tracker", "import", csv.toString(), "--yes");
        assertThat(edited.exitCode()).as(edited.toString()).isZero();
        assertThat(edited.out()).contains("Imported: 0 new, 1 updated, 13 unchanged, 0 refused.")
                .contains("Lead officer: \"" + lead + "\" → \"=Jo Marsh\"");
        Cli.Result again = Cli.on(copy).run("tracker", "export", "--out", csv.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(Files.readString(csv)).as("text like a formula is guarded, as portfolio list does")
                .contains(",'=Jo Marsh,");
    }

    @Test
    void roundTripChangesOnlyTheEditedCellAndUndoPutsItBack(@TempDir Path receiver) throws Exception {
        Path copy = receiver.resolve("copy");
        copyFolder(portfolio, copy);
        String before = Cli.on(copy).run("portfolio", "list", "--format", "json").out();
        Path edited = files.resolve("edited.xlsx");
        String title;
        String lead;
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFRow row = book.getSheet("Projects").getRow(3);
            title = row.getCell(1).getStringCellValue();
            lead = "Jo Marsh (acting)";
            // As Excel saves an edit: a new cell (POI would keep the export's inline string beside a new value).
            var style = row.getCell(6).getCellStyle();
            row.removeCell(row.getCell(6));
            row.createCell(6).setCellValue(lead);
            row.getCell(6).setCellStyle(style);
            try (OutputStream out = Files.newOutputStream(edited)) {
                book.write(out);
            }
        }

        Cli.Result preview = Cli.on(copy).run("tracker", "import", edited.toString());
        assertThat(preview.exitCode()).as(preview.toString()).isZero();
        assertThat(preview.out()).contains("sheet \"Projects\", headers in row 1")
                .contains("14 rows: 0 new, 1 to update, 13 unchanged, 0 refused; 0 skipped.")
                .contains("Row 4: update \"" + title + "\"").contains("Nothing was changed. Add --yes");
        assertThat(Cli.on(copy).run("portfolio", "list", "--format", "json").out()).isEqualTo(before);

        Cli.Result imported = Cli.on(copy).run("tracker", "import", edited.toString(), "--yes");
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("Imported: 0 new, 1 updated, 13 unchanged, 0 refused.");

        JsonNode was = JSON.readTree(before);
        JsonNode now = JSON.readTree(Cli.on(copy).run("portfolio", "list", "--format", "json").out());
        assertThat(now).hasSize(was.size());
        for (int i = 0; i < was.size(); i++) {
            ObjectNode expected = was.get(i).deepCopy();
            if (expected.get("title").asText().equals(title)) {
                expected.put("leadOfficer", lead);
            }
            assertThat(now.get(i)).isEqualTo(expected);
        }

        Cli.Result again = Cli.on(copy).run("tracker", "import", edited.toString(), "--yes");
        assertThat(again.out()).contains("0 to update, 14 unchanged").contains("Nothing to import");

        Cli.Result undo = Cli.on(copy).run("tracker", "undo-import");
        assertThat(undo.exitCode()).as(undo.toString()).isZero();
        assertThat(undo.out()).startsWith("Undid the import of the tracker edited.xlsx");
        assertThat(Cli.on(copy).run("portfolio", "list", "--format", "json").out()).isEqualTo(before);
        Cli.Result nothing = Cli.on(copy).run("tracker", "undo-import");
        assertThat(nothing.exitCode()).isEqualTo(1);
        assertThat(nothing.err().strip()).isEqualTo("There is no tracker import to undo.");
    }

    static void copyFolder(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lck")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
