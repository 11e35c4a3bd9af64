package org.innovationportfolio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.tagging.IStructureNode;
import com.itextpdf.kernel.pdf.tagging.PdfStructElem;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF briefing for the sample portfolio, read back with iText and checked by veraPDF against PDF/UA-1. */
class PdfRendererTest {

    @TempDir
    static Path folder;

    static SamplePortfolioFixture portfolio;
    static List<Project> projects;
    static byte[] bytes;
    static PdfDocument pdf;
    static List<String> pages = new ArrayList<>();
    static BriefingDocument document;

    @BeforeAll
    static void render() throws Exception {
        portfolio = new SamplePortfolioFixture(folder);
        projects = portfolio.projects();
        document = portfolio.export().prepare(SamplePortfolioFixture.request(Marking.OFFICIAL)).document();
        bytes = RenderedPacks.render(new PdfRenderer(), document);
        pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)));
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            pages.add(PdfTextExtractor.getTextFromPage(pdf.getPage(i)));
        }
    }

    @AfterAll
    static void close() {
        pdf.close();
        portfolio.close();
    }

    @Test
    void veraPdfFindsNoPdfUaFailure() throws Exception {
        assertThat(PdfUaCheck.failures(bytes)).isEmpty();
    }

    @Test
    void markingIsOnEveryPageAndInTheFirstPageText() {
        assertThat(pages).hasSizeGreaterThan(10).allSatisfy(text -> assertThat(text).contains("OFFICIAL"));
        assertThat(pages.get(0)).contains("OFFICIAL").contains("Innovation portfolio briefing");
        assertThat(pdf.getDocumentInfo().getKeywords()).isEqualTo("OFFICIAL");
        assertThat(pdf.getDocumentInfo().getMoreInfo("Classification")).isEqualTo("OFFICIAL");
    }

    @Test
    void pagesAreNumberedPageNOfTotal() {
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + total);
        }
    }

    @Test
    void everyProjectAndTheFundingTotalAreInTheText() {
        String all = String.join("\n", pages).replace("\n", " ");
        projects.forEach(p -> assertThat(all).contains(p.title()));
        Money awarded = projects.stream().map(Project::totalAwarded).reduce(Money.ZERO, Money::plus);
        assertThat(all).contains(awarded.formatPounds());
    }

    @Test
    void titleLanguageAndBookmarksAreSet() {
        assertThat(pdf.getDocumentInfo().getTitle()).startsWith("Innovation portfolio briefing: ");
        assertThat(pdf.getCatalog().getLang().toUnicodeString()).isEqualTo("en-GB");
        assertThat(pdf.getOutlines(false).getAllChildren()).extracting(o -> o.getTitle())
                .contains("1. Purpose", "2. Decisions sought", "3. Summary", "Appendix C: Funding", "Appendix G: Project pages");
        assertThat(pdf.isTagged()).isTrue();
    }

    @Test
    void headingsTablesAndFiguresAreTagged() {
        List<String> roles = new ArrayList<>();
        collect(pdf.getStructTreeRoot().getKids(), roles);
        assertThat(roles).contains("H1", "H2", "H3", "Table", "TH", "TD", "Figure", "L", "LI");
        assertThat(roles.stream().filter("Figure"::equals).count()).isEqualTo(2);
    }

    @Test
    void eachProjectSummaryIsExactlyOnePage() {
        List<String> titles = SummaryPages.titles(document);

        assertThat(titles).hasSize(projects.size());
        SummaryPages.assertOnePageEach(pages, titles);
    }

    @Test
    void contentsGiveThePageEachSectionAndProjectStartsOnAndLinkToIt() {
        String contents = pages.get(1).replaceAll("\\s+", " ");
        assertThat(contents).startsWith("OFFICIAL").contains("Contents");
        List<org.innovationportfolio.logic.briefing.Block.Heading> headings = document.contents();
        for (var heading : headings) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(heading.text()) + " ?(\\d+)")
                    .matcher(contents);
            assertThat(m.find()).as("a page number for %s in the contents", heading.text()).isTrue();
            int page = Integer.parseInt(m.group(1));
            String body = SummaryPages.body(pages.get(page - 1));
            // Every part starts a page but the decisions sought, which follow the purpose on the same page, and the
            // appendices after the first, which run on after the one before where there is room.
            boolean startsPage = heading.level() == 1 && !heading.text().endsWith("Decisions sought")
                    && !(heading.text().startsWith("Appendix") && !heading.text().startsWith("Appendix A:"));
            if (startsPage || titlesOf(document).contains(heading.text())) {
                assertThat(body).as("page %d starts with %s", page, heading.text()).startsWith(heading.text());
            } else {
                assertThat(body).as("page %d holds %s", page, heading.text()).contains(heading.text());
            }
        }
        var annotations = pdf.getPage(2).getAnnotations();
        assertThat(annotations).hasSize(2 * headings.size()).allSatisfy(a -> {
            assertThat(a.getSubtype()).isEqualTo(PdfName.Link);
            assertThat(((com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation) a).getAction().getAsName(PdfName.S)).isEqualTo(PdfName.GoTo);
        });
        List<String> roles = new ArrayList<>();
        collect(pdf.getStructTreeRoot().getKids(), roles);
        assertThat(roles).contains("TOC", "TOCI", "Link");
    }

    private static List<String> titlesOf(BriefingDocument document) {
        return SummaryPages.titles(document);
    }

    @Test
    void welshLettersRender() throws Exception {
        var request = new org.innovationportfolio.logic.briefing.BriefingRequest("Bwrdd Gwella Gwasanaethau Plant ŵ ŷ",
                SamplePortfolioFixture.MEETING, "Siôn Rhŷs", Marking.OFFICIAL, List.of(),
                java.util.Set.of(org.innovationportfolio.logic.briefing.BriefingSection.EXECUTIVE_SUMMARY));
        byte[] welsh = RenderedPacks.render(new PdfRenderer(), portfolio.export().prepare(request).document());
        try (PdfDocument read = new PdfDocument(new PdfReader(new ByteArrayInputStream(welsh)))) {
            assertThat(PdfTextExtractor.getTextFromPage(read.getPage(1))).contains("ŵ ŷ").contains("Siôn Rhŷs");
        }
    }

    private static void collect(List<IStructureNode> nodes, List<String> roles) {
        if (nodes == null) {
            return;
        }
        for (IStructureNode node : nodes) {
            if (node instanceof PdfStructElem elem) {
                PdfName role = elem.getRole();
                roles.add(role.getValue());
                collect(elem.getKids(), roles);
            }
        }
    }
}
