package org.innovationportfolio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.briefing.BriefingInputs;
import org.innovationportfolio.logic.briefing.BriefingPackBuilder;
import org.innovationportfolio.logic.briefing.BriefingRequest;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The funding section read back from Word and PDF: an overspend this year shows although the project is within its
 * funding over all years; the headline reconciles with the tables and says what the table by source leaves out; every
 * open project is in the sustainability table and its total is the sum of the gaps.
 */
class FundingInPackTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final FinancialYear THIS_YEAR = FinancialYear.of(TODAY);
    static final Instant AT = Instant.parse("2026-12-03T09:00:00Z");
    static XWPFDocument docx;
    static String pdf;

    @BeforeAll
    static void render() throws Exception {
        // Underspent by £50,000 two years ago, overspending £20,000 this year: £30,000 under over all years.
        Project overspending = project("Mockingbird", Stage.DELIVERING,
                line("DfE", FundingType.GRANT, THIS_YEAR.previous().previous(), 100_000, 50_000),
                line("DfE", FundingType.GRANT, THIS_YEAR, 80_000, 100_000),
                line("Northbrook Borough Council", FundingType.COUNCIL_BUDGET, THIS_YEAR.next(), 30_000, 30_000));
        Project unfunded = project("Pause", Stage.EXPLORING);
        Project councilOnly = project("Firstline", Stage.DELIVERING,
                line("Northbrook Borough Council", FundingType.COUNCIL_BUDGET, THIS_YEAR, 36_000, 36_000));
        Project closed = project("Positive Choices", Stage.CLOSED,
                line("DfE", FundingType.GRANT, THIS_YEAR, 10_000, 10_000));
        BriefingRequest request = new BriefingRequest("Improvement Board", TODAY.plusDays(7), null, Marking.OFFICIAL, List.of(),
                Set.of(BriefingSection.FUNDING));
        BriefingDocument document = BriefingPackBuilder.build(request, new BriefingInputs("Northbrook",
                List.of(overspending, unfunded, councilOnly, closed), Map.of(), Optional.empty(), TODAY, AT));
        docx = new XWPFDocument(new ByteArrayInputStream(RenderedPacks.render(new DocxRenderer(), document)));
        try (PdfDocument read = new PdfDocument(new PdfReader(new ByteArrayInputStream(
                RenderedPacks.render(new PdfRenderer(), document))))) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= read.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(read.getPage(i))).append('\n');
            }
            pdf = text.toString();
        }
    }

    @Test
    void anOverspendThisYearShowsAlthoughTheProjectIsUnderOverAllYears() {
        assertThat(row(table("Funding by project, " + THIS_YEAR), "Mockingbird"))
                .containsExactly("Mockingbird", "£80,000", "£0", "£100,000", "-£20,000");
        assertThat(row(table("Funding by project, all years"), "Mockingbird"))
                .containsExactly("Mockingbird", "£210,000", "£0", "£180,000", "£30,000");
        assertThat(pdf).contains("By project, " + THIS_YEAR).contains("By project, all years");
    }

    @Test
    void theHeadlineReconcilesWithTheTablesAndSaysWhatTheTableBySourceLeavesOut() {
        String headline = docx.getParagraphs().stream().map(XWPFParagraph::getText).filter(p -> p.startsWith("Awarded "))
                .findFirst().orElseThrow();
        List<List<String>> allYears = table("Funding by project, all years");

        assertThat(allYears.get(allYears.size() - 1).get(1)).isEqualTo("£256,000");
        assertThat(headline).startsWith("Awarded £256,000 across all years").contains("£126,000 is for " + THIS_YEAR)
                .contains("The table by source shows " + THIS_YEAR + " to " + THIS_YEAR.next() + ", £156,000; the other "
                        + "£100,000 was awarded for years outside that range.");
        List<List<String>> bySource = table("Funding awarded by source");
        assertThat(bySource.get(bySource.size() - 1)).last().isEqualTo("£156,000");
        assertThat(pdf).contains("£100,000 was awarded for years outside that range");
    }

    @Test
    void everyOpenProjectIsInTheSustainabilityTableAndTheTotalIsTheSumOfTheGaps() {
        List<List<String>> gap = table("Sustainability gap");

        assertThat(gap).extracting(r -> r.get(0)).containsExactly("Project", "Mockingbird", "Firstline", "Pause", "Total");
        assertThat(row(gap, "Mockingbird")).containsExactly("Mockingbird", THIS_YEAR.toString(), "£80,000", "£30,000", "£50,000");
        assertThat(row(gap, "Pause")).containsExactly("Pause", "No grant", "–", "–", "None");
        assertThat(row(gap, "Total")).last().isEqualTo("£50,000");
        assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText))
                .anyMatch(p -> p.contains("the total gap, £50,000, is the sum of the 1 project with a gap")
                        && p.contains("2 projects have no grant funding") && p.contains("Closed and Stopped projects are not included"));
    }

    private static Project project(String title, Stage stage, FundingLine... funding) {
        return new Project(UUID.randomUUID(), title, null, stage, null, null, null, null, null, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(funding), List.of(), List.of(), List.of(), Provenance.createdHere(AT), AT, AT);
    }

    private static FundingLine line(String source, FundingType type, FinancialYear year, long awarded, long forecast) {
        return new FundingLine(UUID.randomUUID(), source, type, year, Money.ofPounds(awarded), Money.ZERO,
                Money.ofPounds(forecast), FundingStatus.AWARDED, null, null, AT);
    }

    private static List<String> row(List<List<String>> table, String first) {
        return table.stream().filter(r -> r.get(0).equals(first)).findFirst().orElseThrow();
    }

    /** The DOCX table whose caption (the paragraph before it) starts with {@code caption}, as rows of text. */
    private static List<List<String>> table(String caption) {
        for (XWPFTable table : docx.getTables()) {
            int at = docx.getBodyElements().indexOf(table);
            if (at > 0 && docx.getBodyElements().get(at - 1) instanceof XWPFParagraph p && p.getText().startsWith(caption)) {
                List<List<String>> rows = new ArrayList<>();
                for (XWPFTableRow row : table.getRows()) {
                    rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
                }
                return rows;
            }
        }
        throw new AssertionError("No table captioned " + caption);
    }
}
