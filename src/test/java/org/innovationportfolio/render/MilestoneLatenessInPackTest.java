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
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.briefing.BriefingInputs;
import org.innovationportfolio.logic.briefing.BriefingPackBuilder;
import org.innovationportfolio.logic.briefing.BriefingRequest;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Overdue" in the pack is days past the date still planned, told apart from slippage: a milestone 55 days past its
 * forecast that slipped 374 days says both, one 25 days past an unmoved date is not "on time", a cancelled one is
 * neither.
 */
class MilestoneLatenessInPackTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final Instant AT = Instant.parse("2026-12-03T09:00:00Z");
    static XWPFDocument docx;
    static String pdf;

    @BeforeAll
    static void render() throws Exception {
        Project project = Project.create("Family Safeguarding", null, AT).movedTo(Stage.DELIVERING, TODAY.minusYears(1), AT)
                .withMilestones(List.of(
                        milestone("Secondment agreement signed", TODAY.minusDays(429), TODAY.minusDays(55), MilestoneStatus.IN_PROGRESS),
                        milestone("Workbook live", TODAY.minusDays(25), TODAY.minusDays(25), MilestoneStatus.NOT_STARTED),
                        milestone("Evaluation with families", TODAY.minusDays(60), null, MilestoneStatus.CANCELLED)), AT);
        BriefingRequest request = new BriefingRequest("Improvement Board", TODAY.plusDays(7), null, Marking.OFFICIAL, List.of(),
                Set.of(BriefingSection.MILESTONES, BriefingSection.PROJECT_PAGES));
        BriefingDocument document = BriefingPackBuilder.build(request, new BriefingInputs("Northbrook", List.of(project), Map.of(),
                Optional.empty(), TODAY, AT));
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

    private static Milestone milestone(String title, LocalDate baseline, LocalDate forecast, MilestoneStatus status) {
        return new Milestone(UUID.randomUUID(), title, baseline, forecast, null, status, null, AT);
    }

    @Test
    void overdueTableGivesDaysPastTheDateAndSlippageInTheirOwnColumns() {
        List<List<String>> overdue = table("Overdue by");

        assertThat(overdue.get(0)).containsExactly("Project", "Milestone", "Owner", "Due", "Overdue by", "Slippage");
        assertThat(overdue).contains(
                List.of("Family Safeguarding", "Secondment agreement signed", "–", "9 Oct 2026", "55 days", "+374 days"),
                List.of("Family Safeguarding", "Workbook live", "–", "8 Nov 2026", "25 days", "None"));
        assertThat(overdue).noneMatch(row -> row.get(1).equals("Evaluation with families"));
    }

    @Test
    void projectPageSaysOverdueByDaysAndACancelledMilestoneIsNeitherLateNorOnTime() {
        List<List<String>> page = table("Status");

        assertThat(page).contains(
                List.of("Secondment agreement signed", "30 Sep 2025", "9 Oct 2026", "Overdue 55 days", "+374 days"),
                List.of("Evaluation with families", "4 Oct 2026", "–", "Cancelled", "–"));
    }

    @Test
    void noPartOfThePdfCallsSlippageLatenessOrACancelledMilestoneOnTime() {
        assertThat(pdf).contains("55 days").contains("+374 days").doesNotContain("days late").doesNotContain("on time");
    }

    /** The rows of the first DOCX table whose header row has {@code column}, as text. */
    private static List<List<String>> table(String column) {
        for (XWPFTable table : docx.getTables()) {
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTableRow row : table.getRows()) {
                rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
            }
            if (rows.get(0).contains(column)) {
                return rows;
            }
        }
        throw new AssertionError("No table with a column " + column);
    }
}
