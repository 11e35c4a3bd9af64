package org.innovationportfolio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.innovationportfolio.logic.briefing.Block;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.briefing.DocumentRenderer;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.briefing.PrintSize;
import org.innovationportfolio.logic.briefing.RenderProgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's pack read back for the size of every piece of text: body text at least 11 pt and nothing under 9.5 pt
 * but the running header and footer; in large print, body text at least 14 pt and nothing under 12 pt. Both formats.
 */
class TypeSizesInPackTest {

    @TempDir
    static Path folder;

    static SamplePortfolioFixture portfolio;
    static BriefingDocument document;
    static byte[] pdf;
    static byte[] largePdf;
    static XWPFDocument docx;
    static XWPFDocument largeDocx;

    @BeforeAll
    static void render() throws Exception {
        portfolio = new SamplePortfolioFixture(folder);
        document = portfolio.export().prepare(SamplePortfolioFixture.request(Marking.OFFICIAL_SENSITIVE)).document();
        pdf = render(new PdfRenderer(), PrintSize.STANDARD);
        largePdf = render(new PdfRenderer(), PrintSize.LARGE);
        docx = new XWPFDocument(new ByteArrayInputStream(render(new DocxRenderer(), PrintSize.STANDARD)));
        largeDocx = new XWPFDocument(new ByteArrayInputStream(render(new DocxRenderer(), PrintSize.LARGE)));
    }

    private static byte[] render(DocumentRenderer renderer, PrintSize size) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(document, size, out, RenderProgress.NONE);
        return out.toByteArray();
    }

    @AfterAll
    static void close() throws Exception {
        docx.close();
        largeDocx.close();
        portfolio.close();
    }

    /** The start of each running-text paragraph, which begins a line of the page as drawn. */
    private static List<String> paragraphStarts() {
        return document.blocks().stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text())
                .map(t -> t.length() > 12 ? t.substring(0, 12) : t).filter(t -> t.length() >= 6).toList();
    }

    @Test
    void pdfPrintsNothingUnderNineAndAHalfButTheHeaderAndFooter() throws Exception {
        List<PrintedSizes.PdfRun> runs = PrintedSizes.pdf(pdf);
        assertThat(runs).filteredOn(r -> !r.artifact()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.size()).as("%s on page %d", r.text(), r.page()).isGreaterThanOrEqualTo(9.5f));
        assertThat(runs).as("the running header and footer are there").anyMatch(PrintedSizes.PdfRun::artifact);
    }

    @Test
    void pdfBodyTextIsElevenPointOrMore() throws Exception {
        assertBodyAtLeast(PrintedSizes.pdf(pdf), 11);
    }

    @Test
    void largePrintPdfHasFourteenPointBodyAndNothingUnderTwelve() throws Exception {
        List<PrintedSizes.PdfRun> runs = PrintedSizes.pdf(largePdf);
        assertBodyAtLeast(runs, 14);
        assertThat(runs).filteredOn(r -> !r.artifact())
                .allSatisfy(r -> assertThat(r.size()).as("%s on page %d", r.text(), r.page()).isGreaterThanOrEqualTo(12f));
    }

    private static void assertBodyAtLeast(List<PrintedSizes.PdfRun> runs, float least) {
        List<String> starts = paragraphStarts();
        assertThat(starts).isNotEmpty();
        for (String start : starts) {
            List<PrintedSizes.PdfRun> lines = runs.stream().filter(r -> !r.artifact() && r.text().startsWith(start)).toList();
            assertThat(lines).as("the paragraph starting \"%s\" is drawn", start).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.size()).as(r.text()).isGreaterThanOrEqualTo(least));
        }
    }

    @Test
    void pdfNeverLeavesASubheadingAtTheFootOfAPage() throws Exception {
        Set<String> headings = document.blocks().stream().filter(b -> b instanceof Block.Heading h && h.level() > 1)
                .map(b -> ((Block.Heading) b).text()).collect(Collectors.toSet());
        Map<Integer, List<PrintedSizes.PdfRun>> byPage = PrintedSizes.pdf(pdf).stream().filter(r -> !r.artifact())
                .collect(Collectors.groupingBy(PrintedSizes.PdfRun::page));
        byPage.forEach((page, runs) -> assertThat(headings).as("the last text on page %d", page)
                .doesNotContain(runs.get(runs.size() - 1).text().strip()));
    }

    @Test
    void docxRunsAreNineAndAHalfPointOrMoreAndBodyElevenOrMore() {
        assertThat(PrintedSizes.styleSize(docx, "Normal")).isGreaterThanOrEqualTo(11);
        List<PrintedSizes.DocxRun> runs = PrintedSizes.docx(docx);
        assertThat(runs).hasSizeGreaterThan(100).allSatisfy(r -> assertThat(r.size()).as(r.text()).isGreaterThanOrEqualTo(9.5));
        assertThat(runs).filteredOn(PrintedSizes.DocxRun::body).isNotEmpty()
                .allSatisfy(r -> assertThat(r.size()).as(r.text()).isGreaterThanOrEqualTo(11));
        for (XWPFStyle style : docx.getStyles().getStyles()) {
            double size = PrintedSizes.styleSize(docx, style.getStyleId());
            assertThat(size).as("style %s", style.getStyleId()).isGreaterThanOrEqualTo(9.5);
        }
    }

    @Test
    void largePrintDocxHasFourteenPointBodyAndNothingUnderTwelve() {
        assertThat(PrintedSizes.styleSize(largeDocx, "Normal")).isGreaterThanOrEqualTo(14);
        List<PrintedSizes.DocxRun> runs = PrintedSizes.docx(largeDocx);
        assertThat(runs).hasSizeGreaterThan(100).allSatisfy(r -> assertThat(r.size()).as(r.text()).isGreaterThanOrEqualTo(12));
        assertThat(runs).filteredOn(PrintedSizes.DocxRun::body).isNotEmpty()
                .allSatisfy(r -> assertThat(r.size()).as(r.text()).isGreaterThanOrEqualTo(14));
    }

    @Test
    void onlyHeadingStylesKeepWithTheNextParagraph() {
        for (XWPFStyle style : docx.getStyles().getStyles()) {
            var ppr = style.getCTStyle().getPPr();
            boolean keepNext = ppr != null && ppr.isSetKeepNext();
            assertThat(keepNext).as("keep-with-next on %s", style.getStyleId())
                    .isEqualTo(style.getStyleId().startsWith("Heading"));
        }
    }

    @Test
    void bothFilesCarryTheMarkingAsAClassificationProperty() throws Exception {
        assertThat(docx.getProperties().getCustomProperties().getProperty("Classification").getLpwstr())
                .isEqualTo("OFFICIAL-SENSITIVE");
        try (var read = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(read.getDocumentInfo().getMoreInfo("Classification")).isEqualTo("OFFICIAL-SENSITIVE");
        }
    }
}
