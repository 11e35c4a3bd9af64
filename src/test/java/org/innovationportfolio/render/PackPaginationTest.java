package org.innovationportfolio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.briefing.BriefingInputs;
import org.innovationportfolio.logic.briefing.BriefingPackBuilder;
import org.innovationportfolio.logic.briefing.BriefingRequest;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.sample.SamplePortfolio;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample pack read back page by page: a project page leaves something out only when the page is really full,
 * a project without dates says so in words, and short appendices run on rather than standing alone on a page, in
 * the PDF and (through keep-with-next and rows that cannot split) in Word.
 */
class PackPaginationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    /** The PDF's bottom margin (PdfRenderer.BOTTOM): body text ends above it. */
    static final float BOTTOM = PdfRenderer.BOTTOM;

    static BriefingDocument document;
    static List<Project> projects;

    @BeforeAll
    static void build() {
        projects = SamplePortfolio.read(TODAY).projects();
        BriefingRequest request = new BriefingRequest("Children's Services Improvement Board", TODAY, "Author",
                Marking.OFFICIAL, List.of(), BriefingSection.all());
        document = BriefingPackBuilder.build(request, new BriefingInputs("Northbrook Borough Council", projects, Map.of(),
                Optional.empty(), TODAY, Instant.parse("2026-12-03T09:00:00Z")));
    }

    @Test
    void aProjectPageLeavesThingsOutOnlyWhenItIsFull() throws Exception {
        byte[] pdf = RenderedPacks.render(new PdfRenderer(), document);
        List<String> titles = SummaryPages.titles(document);
        int checked = 0;
        try (PdfDocument read = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int i = 1; i <= read.getNumberOfPages(); i++) {
                String text = PdfTextExtractor.getTextFromPage(read.getPage(i));
                String body = text.replaceAll("\\s+", " ");
                boolean projectPage = titles.stream().anyMatch(t -> body.contains(t + " RAG"));
                boolean leavesOut = body.contains("No room on this page") || body.contains("Not on this page")
                        || body.matches(".*\\d+ more risks?, .*");
                if (projectPage && leavesOut) {
                    checked++;
                    float free = lowestBodyText(read, i) - BOTTOM;
                    assertThat(free).as("room left at the foot of page %d, which leaves something out", i)
                            .isLessThanOrEqualTo(100);
                }
            }
        }
        assertThat(checked).as("sample pages that leave something out").isPositive();
    }

    @Test
    void aProjectWithoutDatesSaysSoInBothFormats() throws Exception {
        assertThat(projects).anyMatch(p -> p.startDate() == null && p.endDate() == null);
        StringBuilder pdfText = new StringBuilder();
        try (PdfDocument read = new PdfDocument(new PdfReader(new ByteArrayInputStream(
                RenderedPacks.render(new PdfRenderer(), document))))) {
            for (int i = 1; i <= read.getNumberOfPages(); i++) {
                pdfText.append(PdfTextExtractor.getTextFromPage(read.getPage(i))).append('\n');
            }
        }
        String docxText;
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(RenderedPacks.render(new DocxRenderer(), document)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            docxText = extractor.getText();
        }
        for (String text : List.of(pdfText.toString().replaceAll("\\s+", " "), docxText.replaceAll("\\s+", " "))) {
            assertThat(text).doesNotContain("– to –").doesNotContain("to –").contains("Dates Dates not set");
        }
    }

    @Test
    void shortAppendicesRunOnInThePdfRatherThanStandAlone() throws Exception {
        byte[] pdf = RenderedPacks.render(new PdfRenderer(), document);
        try (PdfDocument read = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int i = 1; i <= read.getNumberOfPages(); i++) {
                String page = PdfTextExtractor.getTextFromPage(read.getPage(i)).replaceAll("\\s+", " ");
                if (page.contains("Changes since the last pack No earlier")) {
                    // It shares its page with the top risks before it, or the project pages' introduction after it.
                    assertThat(page).as("page %d, with the changes since the last pack", i)
                            .containsPattern("Score|Appendix G: Project pages One page for each project");
                    return;
                }
            }
        }
        throw new AssertionError("no page holds the changes since the last pack");
    }

    @Test
    void wordKeepsHeadingsWithWhatFollowsAndNeverSplitsARow() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(RenderedPacks.render(new DocxRenderer(), document)))) {
            List<IBodyElement> elements = docx.getBodyElements();
            List<String> appendices = new ArrayList<>();
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i) instanceof XWPFParagraph p && "Heading1".equals(p.getStyle())
                        && p.getText().startsWith("Appendix")) {
                    appendices.add(p.getText());
                    // The first appendix starts a new page; the others run on where there is room.
                    assertThat(p.isPageBreak()).as(p.getText()).isEqualTo(appendices.size() == 1);
                    if (i + 1 < elements.size() && elements.get(i + 1) instanceof XWPFParagraph next
                            && next.getStyle() == null) {
                        assertThat(next.getCTP().getPPr().isSetKeepNext())
                                .as("the opening paragraph of %s stays with what it introduces", p.getText()).isTrue();
                    }
                }
                if (elements.get(i) instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        assertThat(row.isCantSplitRow()).as("a row of %s", table.getCTTbl().getTblPr().getTblCaption()
                                .getVal()).isTrue();
                    }
                }
            }
            assertThat(appendices).hasSizeGreaterThan(3);
            assertThat(docx.getStyles().getStyle("Heading1").getCTStyle().getPPr().isSetKeepNext()).isTrue();
            assertThat(docx.getStyles().getStyle("Heading3").getCTStyle().getPPr().isSetKeepNext()).isTrue();
        }
    }

    /** The lowest baseline of page {@code page}'s text, leaving out the running header and footer. */
    private static float lowestBodyText(PdfDocument read, int page) {
        float[] lowest = {Float.MAX_VALUE};
        IEventListener listener = new IEventListener() {
            @Override
            public void eventOccurred(IEventData data, EventType type) {
                if (data instanceof TextRenderInfo info) {
                    String text = info.getText().strip();
                    float y = info.getDescentLine().getStartPoint().get(1);
                    if (!text.isEmpty() && !text.matches("Page \\d+ of \\d+|OFFICIAL.*|Page|of|\\d+") && y > BOTTOM - 10) {
                        lowest[0] = Math.min(lowest[0], y);
                    }
                }
            }

            @Override
            public Set<EventType> getSupportedEvents() {
                return Set.of(EventType.RENDER_TEXT);
            }
        };
        new PdfCanvasProcessor(listener).processPageContent(read.getPage(page));
        return lowest[0];
    }
}
