package org.innovationportfolio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.innovationportfolio.logic.briefing.BoardReport;
import org.innovationportfolio.logic.briefing.BriefingExport;
import org.innovationportfolio.logic.briefing.BriefingFormat;
import org.innovationportfolio.logic.briefing.BriefingRequest;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.briefing.PreparedBriefing;
import org.innovationportfolio.logic.briefing.RenderProgress;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pack reads as a council board report in both files: purpose, decisions sought, summary, implications and
 * contact officer, then the appendices; the decisions lead the summary and the project's page; the implications
 * and contact are remembered for the next pack; and no sentence is cut with "…".
 */
class BoardReportPackTest {

    static final String PACK_DECISION = "Agree to fund the evaluation of the portfolio from the transformation reserve in 2027/28.";
    static final String PROJECT_DECISION = "Approve the move to Embedding and the £60,000 bridge funding for 2027/28.";
    static final String FINANCIAL = "The asks total £120,000 from the transformation reserve; there is no call on the general fund.";
    static final String EQUALITIES = "An equality impact assessment was completed in October; no adverse impact was found.";
    static final List<String> PARTS = List.of("1. Purpose", "2. Decisions sought", "3. Summary", "4. Implications",
            "5. Contact officer", "Appendix A: Portfolio RAG status", "Appendix B: Stage pipeline", "Appendix C: Funding",
            "Appendix D: Milestones", "Appendix E: Top risks", "Appendix F: Changes since the last pack",
            "Appendix G: Project pages");

    @TempDir
    static Path folder;

    static SamplePortfolioFixture portfolio;
    static Project asking;
    static List<String> pdfPages;
    static List<String> pdfRaw;
    static List<String> outline;
    static XWPFDocument docx;

    @BeforeAll
    static void writeBothFiles() throws Exception {
        portfolio = new SamplePortfolioFixture(Files.createDirectories(folder.resolve("data")));
        Project first = portfolio.projects().get(0);
        // Saved and read back through the database, as the Overview saves it.
        portfolio.store().writing(r -> r.projects().save(first.withDecisionSought(PROJECT_DECISION, Instant.now())));
        asking = portfolio.projects().stream().filter(p -> p.id().equals(first.id())).findFirst().orElseThrow();
        assertThat(asking.decisionSought()).isEqualTo(PROJECT_DECISION);

        BoardReport report = new BoardReport(null, PACK_DECISION, new BoardReport.Implications(FINANCIAL, null, EQUALITIES, null),
                new BoardReport.ContactOfficer("Priya Desai", "Innovation Lead", "priya.desai@northbrook.gov.uk", null));
        BriefingExport export = portfolio.export();
        PreparedBriefing prepared = export.prepare(request(report));
        Map<BriefingFormat, Path> targets = new LinkedHashMap<>();
        targets.put(BriefingFormat.DOCX, folder.resolve("pack.docx"));
        targets.put(BriefingFormat.PDF, folder.resolve("pack.pdf"));
        export.export(prepared, targets, RenderProgress.NONE);

        byte[] pdf = Files.readAllBytes(folder.resolve("pack.pdf"));
        pdfRaw = OnePageSummaryTest.pageTexts(pdf);
        pdfPages = pdfRaw.stream().map(t -> t.replaceAll("\\s+", " ")).toList();
        try (PdfDocument read = new PdfDocument(new PdfReader(new java.io.ByteArrayInputStream(pdf)))) {
            outline = read.getOutlines(false).getAllChildren().stream().map(PdfOutline::getTitle).toList();
        }
        try (InputStream in = Files.newInputStream(folder.resolve("pack.docx"))) {
            docx = new XWPFDocument(in);
        }
    }

    @AfterAll
    static void close() throws Exception {
        if (docx != null) {
            docx.close();
        }
        if (portfolio != null) {
            portfolio.close();
        }
    }

    static BriefingRequest request(BoardReport report) {
        return new BriefingRequest("Children's Services Improvement Board", SamplePortfolioFixture.MEETING, "Priya Desai",
                Marking.OFFICIAL, List.of(), BriefingSection.all(), report);
    }

    @Test
    void thePdfsPartsComeInTheOrderOfACommitteeReportEachBookmarked() {
        assertThat(outline).containsExactlyElementsOf(PARTS);
        // After the contents page, each part's heading comes after the one before it.
        String body = String.join(" ", pdfPages.subList(2, pdfPages.size()));
        int at = -1;
        for (String part : PARTS) {
            int next = body.indexOf(part, at + 1);
            assertThat(next).as("%s after the part before it", part).isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void theWordPartsAreHeadingOneInTheSameOrder() {
        assertThat(paragraphs("Heading1")).containsExactlyElementsOf(PARTS);
        assertThat(paragraphs("Heading2")).containsSubsequence("What the board is asked to decide", "The portfolio at a glance",
                "Financial implications", "Equalities implications").doesNotContain("Legal implications", "Risk implications");
    }

    @Test
    void theDecisionsSoughtLeadTheSummaryAndTheProjectsPageInThePdf() {
        String decisions = page("2. Decisions sought");
        assertThat(decisions).contains(PACK_DECISION).contains(asking.title() + ": " + PROJECT_DECISION);
        assertThat(decisions.indexOf("1. Purpose")).isLessThan(decisions.indexOf("2. Decisions sought"));
        assertThat(decisions).contains(BoardReport.defaultPurpose("Children's Services Improvement Board"));

        String summary = SummaryPages.body(pdfRaw.get(pdfPages.indexOf(page("3. Summary"))));
        assertThat(summary).startsWith("3. Summary What the board is asked to decide • " + PACK_DECISION + " • "
                + asking.title() + ": " + PROJECT_DECISION);
        assertThat(summary).contains("Spend against forecast in 2026/27").contains("Sustainability gap")
                .contains("Overdue milestones");

        String projectPage = pdfRaw.stream().map(SummaryPages::body)
                .filter(p -> p.startsWith(asking.title() + " Decision sought")).findFirst().orElseThrow();
        assertThat(projectPage).startsWith(asking.title() + " Decision sought from this board "
                + PROJECT_DECISION + " ");
    }

    @Test
    void theDecisionsSoughtLeadTheSummaryAndTheProjectsPageInWord() {
        List<XWPFParagraph> all = docx.getParagraphs();
        int summary = indexOf(all, "3. Summary");
        assertThat(all.get(summary + 1).getText()).isEqualTo("What the board is asked to decide");
        assertThat(all.get(summary + 2).getText()).isEqualTo(PACK_DECISION);
        assertThat(all.get(summary + 3).getText()).isEqualTo(asking.title() + ": " + PROJECT_DECISION);
        int page = indexOf(all, asking.title(), "Heading2");
        assertThat(all.get(page + 1).getText()).isEqualTo("Decision sought from this board");
        assertThat(all.get(page + 1).getStyle()).isEqualTo("Heading3");
        assertThat(all.get(page + 2).getText()).isEqualTo(PROJECT_DECISION);
    }

    @Test
    void implicationsAndContactAreInBothFiles() {
        String implications = page("4. Implications");
        assertThat(implications).contains("Financial implications " + FINANCIAL).contains("Equalities implications " + EQUALITIES)
                .contains("5. Contact officer Name: Priya Desai Role: Innovation Lead Email: priya.desai@northbrook.gov.uk")
                .doesNotContain("Legal implications").doesNotContain("Phone:");
        String word = new XWPFWordExtractor(docx).getText();
        assertThat(word).contains(FINANCIAL).contains(EQUALITIES).contains("Email: priya.desai@northbrook.gov.uk");
    }

    @Test
    void theImplicationsAndContactAreRememberedForTheNextPackButNotTheDecision() throws Exception {
        BoardReport remembered = portfolio.export().remembered();

        assertThat(remembered.implications()).isEqualTo(new BoardReport.Implications(FINANCIAL, null, EQUALITIES, null));
        assertThat(remembered.contact().name()).isEqualTo("Priya Desai");
        assertThat(remembered.contact().email()).isEqualTo("priya.desai@northbrook.gov.uk");
        assertThat(remembered.decisionSought()).isNull();
        assertThat(remembered.purpose()).isNull();

        PreparedBriefing next = portfolio.export().prepare(request(remembered));
        try (XWPFDocument word = new XWPFDocument(new java.io.ByteArrayInputStream(RenderedPacks.render(new DocxRenderer(),
                next.document())))) {
            String text = new XWPFWordExtractor(word).getText();
            assertThat(text).contains(FINANCIAL).contains(EQUALITIES).contains("Name: Priya Desai")
                    .doesNotContain(PACK_DECISION);
        }
    }

    @Test
    void noSentenceIsCutWithAnEllipsisAndNoPageSendsTheReaderToARecordTheyDoNotHave() {
        String pdf = String.join(" ", pdfPages);
        String word = new XWPFWordExtractor(docx).getText();
        for (String text : List.of(pdf, word)) {
            assertThat(text).doesNotContain("…").doesNotContainIgnoringCase("full record")
                    .doesNotContainIgnoringCase("project record");
        }
    }

    private static List<String> paragraphs(String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    /** The (whitespace-normalised) page whose body starts with, or holds, the heading {@code part}. */
    private static String page(String part) {
        return pdfPages.subList(2, pdfPages.size()).stream().filter(p -> p.contains(part)).findFirst().orElseThrow();
    }

    private static int indexOf(List<XWPFParagraph> paragraphs, String text) {
        return indexOf(paragraphs, text, "Heading1");
    }

    private static int indexOf(List<XWPFParagraph> paragraphs, String text, String style) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (style.equals(paragraphs.get(i).getStyle()) && paragraphs.get(i).getText().equals(text)) {
                return i;
            }
            seen.add(paragraphs.get(i).getText());
        }
        throw new AssertionError(text + " is not a " + style + " paragraph");
    }
}
