package org.innovationportfolio.logic.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.innovationportfolio.app.Launcher;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack whose project title holds every character that breaks a Word file or a PDF (NUL, other controls, a
 * lone surrogate, bidi overrides, U+FFFF) is imported through the command line with the text cleaned, and the
 * briefings written from it open in POI and iText and show the cleaned title.
 */
class HostileTextTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    /** JSON cannot be written with a lone surrogate, so it goes into the bytes as an escape afterwards. */
    static final String LONE = "LONE-SURROGATE";
    static final String TITLE = "Care\0 leavers\u0007\u001B hub\u0085\u009B\u202Efdp.exe\u2066" + LONE
            + "\uFEFF\uFFFF\tphase\r\n2";
    static final String CLEANED = "Care leavers hub fdp.exe phase 2";

    @TempDir
    static Path folder;
    static Path receiver;

    @BeforeAll
    static void importAPackWithTheWorstTitle() throws Exception {
        Path sender = Files.createDirectories(folder.resolve("sender"));
        Path pack = folder.resolve("one.ippack");
        try (Database database = Database.open(sender)) {
            SampleLoader.load(database.store(), CLOCK);
            Project first = database.store().read(r -> r.projects().findAll()).get(0);
            new PackExporter(database.store(), CLOCK, "test", sender).export(
                    new ExportRequest(List.of(first.id()), false, false, "Sam\u202E Patel", "Anyshire"), pack);
        }
        Map<String, byte[]> entries = PackFiles.entries(pack);
        String name = PackFiles.firstProject(entries);
        ObjectNode project = (ObjectNode) PackFiles.json(entries.get(name));
        project.put("title", TITLE);
        project.put("objectives", "First\u0000 line\r\n\tsecond " + LONE + "line");
        String json = new String(PackFiles.bytes(project), StandardCharsets.UTF_8).replace(LONE, "\\ud800");
        entries.put(name, json.getBytes(StandardCharsets.UTF_8));
        Path hostile = PackFiles.resealed(entries, folder.resolve("hostile.ippack"));

        receiver = folder.resolve("receiver");
        Result imported = run("pack", "import", hostile.toString());
        assertThat(imported.code).as(imported.err).isZero();
    }

    @Test
    void theImportedProjectKeepsTheCleanedText() {
        try (Database database = Database.open(receiver)) {
            Project project = database.store().read(r -> r.projects().findAll()).get(0);
            assertThat(project.title()).isEqualTo(CLEANED);
            assertThat(project.objectives()).isEqualTo("First line\n\tsecond line");
            assertThat(project.provenance().sender()).isEqualTo("Sam Patel");
        }
    }

    @Test
    void theWordBriefingOpensInPoiAndShowsTheCleanedTitleAndBoard() throws Exception {
        Path file = folder.resolve("board.docx");
        Result written = run("briefing", "--format", "docx", "--out", file.toString(), "--board",
                "Board\0\u202E one\uDFFF", "--date", "2026-12-03");
        assertThat(written.code).as(written.err).isZero();

        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in);
                XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains(CLEANED).doesNotContain("\0").doesNotContain("\u202E");
            assertThat(docx.getProperties().getCoreProperties().getTitle()).contains("Board one");
        }
    }

    @Test
    void thePdfBriefingOpensInITextAndShowsTheCleanedTitle() throws Exception {
        Path file = folder.resolve("board.pdf");
        Result written = run("briefing", "--format", "pdf", "--out", file.toString(), "--date", "2026-12-03");
        assertThat(written.code).as(written.err).isZero();

        StringBuilder all = new StringBuilder();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                all.append(PdfTextExtractor.getTextFromPage(pdf.getPage(i))).append('\n');
            }
        }
        assertThat(all.toString().replaceAll("\\s+", " ")).contains(CLEANED);
    }

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = receiver.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Launcher.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("INNOVATION_PORTFOLIO_TODAY", "2026-11-23"));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
