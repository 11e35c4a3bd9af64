package org.innovationportfolio.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.tracker.SpreadsheetFile;
import org.innovationportfolio.logic.tracker.TrackerImport;
import org.innovationportfolio.logic.tracker.TrackerPreview;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files no tracker should be, each made here; each refused in plain words, or read as stated, and the portfolio unchanged. */
class HostileTrackerTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dataFolder;
    @TempDir
    Path files;
    static Database database;
    static TrackerImport trackers;
    static List<Project> portfolio;

    @BeforeAll
    static void portfolioWithOneProject() {
        database = Database.open(dataFolder);
        database.store().writing(r -> r.projects().save(Project.create("Kinship Connected", null, CLOCK.instant())));
        trackers = new TrackerImport(database.store(), database, dataFolder, CLOCK);
        portfolio = database.store().read(r -> r.projects().findAll());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    /** Reads, previews and imports {@code file}, expecting a refusal, and checks nothing changed. */
    String refused(Path file) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> {
            SpreadsheetFile read = new WorkbookSheetReader().read(file);
            trackers.apply(read, trackers.preview(read, (String) null));
        });
        assertThat(thrown).isInstanceOf(RefusedException.class);
        List<Project> now = database.store().read(r -> r.projects().findAll());
        assertThat(now).isEqualTo(portfolio);
        assertThat(trackers.lastImport()).isEmpty();
        return thrown.getMessage();
    }

    Path plainTracker(String name, XSSFWorkbookType type) throws Exception {
        Path file = files.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(type)) {
            XSSFSheet sheet = book.createSheet("Tracker");
            MessyTrackerTest.row(sheet, 0, "Project", "Lead", "RAG");
            MessyTrackerTest.row(sheet, 1, "Family Hubs", "Priya Shah", "Green");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        return file;
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        Path plain = plainTracker("plain.xlsx", XSSFWorkbookType.XLSX);
        Path locked = files.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }

        assertThat(refused(locked)).isEqualTo("locked.xlsx is protected by a password, so it cannot be read. Open it "
                + "in Excel, remove the password (File › Info › Protect Workbook), save it and try again. Nothing was "
                + "imported.");
    }

    @Test
    void aDamagedWorkbookIsRefused() throws Exception {
        Path whole = plainTracker("whole.xlsx", XSSFWorkbookType.XLSX);
        byte[] bytes = Files.readAllBytes(whole);
        Path damaged = files.resolve("damaged.xlsx");
        Files.write(damaged, Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(refused(damaged)).startsWith("damaged.xlsx could not be read: the workbook is damaged");
    }

    @Test
    void textRenamedToXlsxIsRefused() throws Exception {
        Path renamed = files.resolve("tracker.xlsx");
        Files.writeString(renamed, "Project,Lead\nFamily Hubs,Priya Shah\n");

        assertThat(refused(renamed)).startsWith("tracker.xlsx is not an Excel workbook: its contents are not a "
                + "spreadsheet (was another kind of file renamed?)");
    }

    @Test
    void anotherKindOfFileIsRefusedByItsName() throws Exception {
        Path pdf = files.resolve("tracker.pdf");
        Files.writeString(pdf, "%PDF-1.7");

        assertThat(refused(pdf)).startsWith("tracker.pdf is not a tracker file: choose an Excel workbook");
    }

    @Test
    void aMacroWorkbookHasItsValuesReadAndItsMacrosIgnored() throws Exception {
        Path plain = plainTracker("plain.xlsm", XSSFWorkbookType.XLSM);
        Path macros = files.resolve("macros.xlsm");
        try (ZipFile in = new ZipFile(plain.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(macros))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                String body;
                try (InputStream stream = in.getInputStream(entry)) {
                    body = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                }
                // Declared and linked as Excel does, so the package holds a real macro project part.
                if (entry.getName().equals("[Content_Types].xml")) {
                    body = body.replace("</Types>", "<Default Extension=\"bin\" "
                            + "ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
                } else if (entry.getName().equals("xl/_rels/workbook.xml.rels")) {
                    body = body.replace("</Relationships>", "<Relationship Id=\"rIdVba\" Type=\"http://schemas."
                            + "microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>"
                            + "</Relationships>");
                }
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
            out.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            out.write("Sub Workbook_Open(): Shell \"calc.exe\": End Sub".getBytes(StandardCharsets.US_ASCII));
        }

        SpreadsheetFile read = new WorkbookSheetReader().read(macros);
        TrackerPreview preview = trackers.preview(read, (String) null);

        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(TrackerPreview.Kind.NEW);
            assertThat(row.result().leadOfficer()).isEqualTo("Priya Shah");
        });
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path plain = plainTracker("plain.xlsx", XSSFWorkbookType.XLSX);
        Path bomb = files.resolve("bomb.xlsx");
        try (ZipFile in = new ZipFile(plain.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] body;
                try (InputStream stream = in.getInputStream(entry)) {
                    body = stream.readAllBytes();
                }
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    // 30 MB of spaces inside the XML: compresses about a thousand to one.
                    String xml = new String(body, StandardCharsets.UTF_8);
                    body = xml.replace("<sheetData>", "<sheetData>" + " ".repeat(30_000_000))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.write(body);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(200_000);

        assertThat(refused(bomb)).isEqualTo("bomb.xlsx was refused: a part of it expands to far more than its size "
                + "(it looks like a zip bomb). Nothing was imported.");
    }

    @Test
    void aSheetReachingExcelsLastRowIsRefused() throws Exception {
        Path file = files.resolve("huge.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Tracker");
            MessyTrackerTest.row(sheet, 0, "Project", "Lead");
            MessyTrackerTest.row(sheet, 1_048_575, "Row 1,048,576", "Someone");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }

        assertThat(refused(file)).startsWith("huge.xlsx has a sheet far larger than a tracker (more than 100000 rows)");
    }

    @Test
    void externalLinksAreNeverFollowedTheirSavedValuesAreRead() throws Exception {
        Path file = files.resolve("linked.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); XSSFWorkbook other = new XSSFWorkbook()) {
            other.createSheet("Leads").createRow(0).createCell(0).setCellValue("Priya Shah");
            book.linkExternalWorkbook("leads.xlsx", other);
            XSSFSheet sheet = book.createSheet("Tracker");
            MessyTrackerTest.row(sheet, 0, "Project", "Lead");
            XSSFRow row = MessyTrackerTest.row(sheet, 1, "Family Hubs");
            row.createCell(1).setCellFormula("[leads.xlsx]Leads!A1");
            row.getCell(1).setCellValue("Saved Value");
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        assertThat(new String(zipEntryNames(file), StandardCharsets.UTF_8)).contains("externalLink");

        TrackerPreview preview = trackers.preview(new WorkbookSheetReader().read(file), (String) null);

        assertThat(preview.rows()).singleElement().satisfies(row ->
                assertThat(row.result().leadOfficer()).isEqualTo("Saved Value"));
    }

    @Test
    void controlCharactersAreCleanedByTheModelsOneRule() throws Exception {
        Path csv = files.resolve("tracker.csv");
        Files.writeString(csv, "Project,Lead,RAG\r\n\"Family\u0007 Hubs\u202E\",\"Priya\u0000\u0085Shah\",G\r\n",
                StandardCharsets.UTF_8);

        // A NUL makes it binary, not CSV: refused.
        assertThat(refused(csv)).startsWith("tracker.csv is not a CSV file: it holds binary data.");

        Files.writeString(csv, "Project,Lead,RAG\r\n\"Family\u0007 Hubs\u202E\",\"Priya\u0085Shah\",G\r\n",
                StandardCharsets.UTF_8);
        TrackerPreview preview = trackers.preview(new WorkbookSheetReader().read(csv), (String) null);
        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.result().title()).isEqualTo("Family Hubs");
            assertThat(row.result().leadOfficer()).isEqualTo("Priya Shah");
        });
    }

    @Test
    void aWorkbookNamedCsvIsRefused() throws Exception {
        Path plain = plainTracker("plain.xlsx", XSSFWorkbookType.XLSX);
        Path named = files.resolve("tracker.csv");
        Files.copy(plain, named);

        assertThat(refused(named)).startsWith("tracker.csv is named .csv but is an Excel workbook.");
    }

    static byte[] zipEntryNames(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return String.join(",", Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList())
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aTrackerWithNoProjectColumnIsRefused() throws Exception {
        Path csv = files.resolve("budget.csv");
        Files.writeString(csv, "Cost centre,Amount\nA100,£5k\n");

        assertThat(refused(csv)).startsWith("No header row with a project column was found in budget.csv");
    }
}
