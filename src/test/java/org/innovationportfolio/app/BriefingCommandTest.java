package org.innovationportfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing} end to end through the launcher, on the sample portfolio in a real database. */
class BriefingCommandTest {

    @TempDir
    Path temp;

    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = Cli.on(temp.resolve("data"));
        assertThat(cli.run("sample", "load").exitCode()).isZero();
    }

    @Test
    void writesAWordPackWithTheChosenSectionsBoardAndMarking() throws Exception {
        Path file = temp.resolve("board.docx");

        Cli.Result result = cli.run("briefing", "--format", "docx", "--out", file.toString(), "--board", "DMT",
                "--date", "2026-12-03", "--marking", "official-sensitive", "--sections", "summary,funding");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Wrote a briefing pack for DMT (14 projects, OFFICIAL-SENSITIVE) to ");
        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
            assertThat(docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly("1. Purpose", "2. Decisions sought", "3. Summary", "Appendix A: Funding");
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo(
                    "Innovation portfolio briefing: DMT, 3 Dec 2026");
            assertThat(docx.getHeaderList().get(0).getText()).contains("OFFICIAL-SENSITIVE");
        }
    }

    @Test
    void writesAPdfForChosenProjectsOnly() throws Exception {
        String csv = cli.run("portfolio", "list", "--format", "csv").out();
        String firstId = csv.lines().skip(1).findFirst().orElseThrow().split(",")[0];
        Path file = temp.resolve("pack.pdf");

        Cli.Result result = cli.run("briefing", "--format", "pdf", "--out", file.toString(), "--projects", firstId,
                "--sections", "projects");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("(1 project, OFFICIAL)");
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            assertThat(PdfTextExtractor.getTextFromPage(pdf.getPage(1))).contains("OFFICIAL");
        }
    }

    @Test
    void largePrintSetsWordsBodyTextAtFourteenPoint() throws Exception {
        Path file = temp.resolve("large.docx");

        Cli.Result result = cli.run("briefing", "--out", file.toString(), "--sections", "summary", "--large-print");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("(14 projects, OFFICIAL, large print)");
        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
            assertThat(((java.math.BigInteger) docx.getStyles().getStyle("Normal").getCTStyle().getRPr().getSzArray(0)
                    .getVal()).intValue()).as("half points").isEqualTo(28);
        }
    }

    @Test
    void theReportsTextComesFromItsOptionsAndTheImplicationsAndContactAreRememberedForTheNextPack() throws Exception {
        Path first = temp.resolve("first.docx");
        Cli.Result written = cli.run("briefing", "--out", first.toString(), "--sections", "summary",
                "--purpose", "To agree next year's priorities.", "--decision", "Agree the three priorities.",
                "--implication", "financial=Within the approved budget.", "--implication", "legal=None.",
                "--contact-name", "Sam Patel", "--contact-email", "sam.patel@northbrook.gov.uk");
        assertThat(written.exitCode()).as(written.toString()).isZero();
        assertThat(wordText(first)).contains("1. Purpose", "To agree next year's priorities.", "Agree the three priorities.",
                "Financial implications", "Within the approved budget.", "Legal implications", "Name: Sam Patel",
                "Email: sam.patel@northbrook.gov.uk");

        Path second = temp.resolve("second.docx");
        assertThat(cli.run("briefing", "--out", second.toString(), "--sections", "summary", "--implication", "legal=",
                "--contact-phone", "01632 960 123").exitCode()).isZero();
        assertThat(wordText(second)).contains("Within the approved budget.", "Name: Sam Patel", "Phone: 01632 960 123",
                "No decision is sought at this meeting").doesNotContain("Legal implications", "Agree the three priorities.",
                "To agree next year's priorities.");

        Path third = temp.resolve("third.docx");
        assertThat(cli.run("briefing", "--out", third.toString(), "--sections", "summary", "--no-remembered").exitCode())
                .isZero();
        assertThat(wordText(third)).doesNotContain("Implications", "Contact officer", "Sam Patel");
    }

    @Test
    void anImplicationOfAnUnknownKindIsAUsageError() {
        Path file = temp.resolve("pack.docx");

        Cli.Result result = cli.run("briefing", "--out", file.toString(), "--implication", "political=None.");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("use financial, legal, equalities or risk");
        assertThat(file).doesNotExist();
    }

    private static String wordText(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
            return new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx).getText();
        }
    }

    @Test
    void unknownSectionIsAUsageErrorAndWritesNothing() {
        Path file = temp.resolve("pack.pdf");

        Cli.Result result = cli.run("briefing", "--format", "pdf", "--out", file.toString(), "--sections", "summary,gossip");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("\"gossip\" is not a briefing section");
        assertThat(file).doesNotExist();
    }

    @Test
    void folderThatDoesNotExistIsRefusedSayingWhy() {
        Path file = temp.resolve("missing").resolve("pack.docx");

        Cli.Result result = cli.run("briefing", "--format", "docx", "--out", file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("does not exist").doesNotContain("\tat ");
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void formatComesFromTheFileNameWhenNotGiven() throws Exception {
        Path file = temp.resolve("board.pdf");

        Cli.Result result = cli.run("briefing", "--out", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readAllBytes(file)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void formatThatDisagreesWithTheFileNameIsAUsageErrorAndWritesNothing() {
        Path file = temp.resolve("board.docx");

        Cli.Result result = cli.run("briefing", "--format", "pdf", "--out", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--format pdf writes a PDF", "is not named .pdf");
        assertThat(file).doesNotExist();
    }

    @Test
    void fileNameWithNoFormatAndNoOptionIsAUsageError() {
        Path file = temp.resolve("board");

        Cli.Result result = cli.run("briefing", "--out", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("end the --out file's name in .docx or .pdf");
        assertThat(file).doesNotExist();
    }

    @Test
    void emptyBoardIsAUsageError() {
        Path file = temp.resolve("board.pdf");

        Cli.Result result = cli.run("briefing", "--out", file.toString(), "--board", " ");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--board is empty");
        assertThat(file).doesNotExist();
    }

    @Test
    void outputThatIsAFolderGetsItsOwnMessage() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("packs.pdf"));

        Cli.Result result = cli.run("briefing", "--out", folder.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("is a folder", "briefing-pack.pdf").doesNotContain("Word", "\tat ");
        try (var entries = Files.list(folder)) {
            assertThat(entries).isEmpty();
        }
    }
}
