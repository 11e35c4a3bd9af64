package org.innovationportfolio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Word briefing for the sample portfolio, read back with POI: structure, figures, marking and accessibility. */
class DocxRendererTest {

    @TempDir
    static Path folder;

    static SamplePortfolioFixture portfolio;
    static List<Project> projects;
    static XWPFDocument docx;

    @BeforeAll
    static void render() throws Exception {
        portfolio = new SamplePortfolioFixture(folder);
        projects = portfolio.projects();
        BriefingDocument document = portfolio.export().prepare(SamplePortfolioFixture.request(Marking.OFFICIAL_SENSITIVE)).document();
        docx = new XWPFDocument(new ByteArrayInputStream(RenderedPacks.render(new DocxRenderer(), document)));
    }

    @AfterAll
    static void close() throws Exception {
        docx.close();
        portfolio.close();
    }

    private static List<String> textOfStyle(String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void sectionsAreRealHeadingOneWithOutlineLevels() {
        assertThat(textOfStyle("Heading1")).containsSubsequence("1. Purpose", "2. Decisions sought", "3. Summary",
                "Appendix A: Portfolio RAG status", "Appendix B: Stage pipeline", "Appendix C: Funding",
                "Appendix D: Milestones", "Appendix E: Top risks", "Appendix F: Changes since the last pack",
                "Appendix G: Project pages");
        assertThat(docx.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
        assertThat(docx.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(1);
        assertThat(docx.getStyles().getStyle("Heading3").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(2);
    }

    @Test
    void onlyHeadingStylesCarryAnOutlineLevel() {
        // An outline level on Normal makes every paragraph, cell and header line a level-1 heading in Word's
        // navigation pane and to screen readers; keep-with-next on Normal chains the whole text together.
        var headings = java.util.Set.of("Heading1", "Heading2", "Heading3");
        for (var style : docx.getStyles().getStyles()) {
            var ppr = style.getCTStyle().getPPr();
            boolean outline = ppr != null && ppr.isSetOutlineLvl() && ppr.getOutlineLvl().getVal().intValue() < 9;
            assertThat(outline).as("outline level on style %s", style.getStyleId())
                    .isEqualTo(headings.contains(style.getStyleId()));
        }
        var normal = docx.getStyles().getStyle("Normal").getCTStyle().getPPr();
        assertThat(normal.isSetKeepNext()).as("keep-with-next on Normal").isFalse();
        assertThat(docx.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null
                && p.getCTP().getPPr().isSetOutlineLvl())).as("paragraphs with their own outline level").isEmpty();
    }

    @Test
    void everyProjectHasItsOwnHeadingTwo() {
        assertThat(textOfStyle("Heading2")).containsAll(projects.stream().map(Project::title).toList());
    }

    @Test
    void contentsListsTheSections() {
        // Each entry's text, then a tab to its page number (a field, blank until it is worked out).
        assertThat(textOfStyle("TOC1").stream().map(String::strip)).contains("1. Purpose", "3. Summary",
                "Appendix G: Project pages");
    }

    @Test
    void eachContentsEntryTakesItsPageNumberFromABookmarkOnItsHeading() {
        // Not a TOC field: LibreOffice keeps a TOC field's entries as written and drops the page references in
        // them, so its conversion showed no page numbers. A PAGEREF on its own it works out, and Word updates.
        List<XWPFParagraph> entries = docx.getParagraphs().stream()
                .filter(p -> "TOC1".equals(p.getStyle()) || "TOC2".equals(p.getStyle())).toList();
        List<XWPFParagraph> headings = docx.getParagraphs().stream()
                .filter(p -> "Heading1".equals(p.getStyle()) || "Heading2".equals(p.getStyle())).toList();
        assertThat(entries).hasSameSizeAs(headings).hasSizeGreaterThan(10);
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph entry = entries.get(i);
            XWPFParagraph heading = headings.get(i);
            String bookmark = heading.getCTP().getBookmarkStartList().get(0).getName();
            assertThat(entry.getText()).startsWith(heading.getText());
            assertThat(entry.getCTP().xmlText()).contains("PAGEREF " + bookmark + " \\h");
        }
        assertThat(docx.getDocument().getBody().xmlText()).doesNotContain("TOC \\o");
    }

    @Test
    void contentsFieldUpdatesWhenTheDocumentOpens() {
        // w:updateFields in settings.xml: Word asks to update the contents (with page numbers) on opening.
        assertThat(docx.isEnforcedUpdateFields()).isTrue();
    }

    @Test
    void fundingByProjectTotalsEqualTheModel() {
        XWPFTable table = tableCaptioned("Funding by project, all years");
        XWPFTableRow total = table.getRow(table.getNumberOfRows() - 1);
        Money awarded = projects.stream().map(Project::totalAwarded).reduce(Money.ZERO, Money::plus);
        Money spent = projects.stream().map(Project::totalSpent).reduce(Money.ZERO, Money::plus);
        Money forecast = projects.stream().map(Project::totalForecast).reduce(Money.ZERO, Money::plus);
        assertThat(total.getCell(0).getText()).isEqualTo("Total");
        assertThat(total.getCell(1).getText()).isEqualTo(awarded.formatPounds());
        assertThat(total.getCell(2).getText()).isEqualTo(spent.formatPounds());
        assertThat(total.getCell(3).getText()).isEqualTo(forecast.formatPounds());
        assertThat(table.getNumberOfRows()).isEqualTo(2 + (int) projects.stream().filter(p -> !p.funding().isEmpty()).count());
    }

    @Test
    void tableHeaderRowsRepeatOnEachPage() {
        // Key facts have row labels, not a header row.
        assertThat(docx.getTables()).hasSizeGreaterThan(10)
                .filteredOn(t -> !t.getCTTbl().getTblPr().getTblCaption().getVal().startsWith("Key facts of"))
                .allSatisfy(t -> assertThat(t.getRow(0).isRepeatHeader()).isTrue());
    }

    @Test
    void markingIsInHeaderFooterAndProperties() throws Exception {
        assertThat(docx.getHeaderList()).isNotEmpty().allSatisfy(h -> assertThat(h.getText()).contains("OFFICIAL-SENSITIVE"));
        assertThat(docx.getFooterList()).isNotEmpty().allSatisfy(f -> assertThat(f.getText()).contains("OFFICIAL-SENSITIVE"));
        assertThat(docx.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText()).contains("NUMPAGES");
        assertThat(docx.getParagraphs().get(0).getText()).isEqualTo("OFFICIAL-SENSITIVE");
        var core = docx.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("Innovation portfolio briefing: Children's Services Improvement Board, 3 Dec 2026");
        assertThat(core.getCreator()).isEqualTo("Priya Desai, Innovation Lead");
        assertThat(core.getKeywords()).isEqualTo("OFFICIAL-SENSITIVE");
        try (var styles = docx.getStyles().getPackagePart().getInputStream()) {
            assertThat(new String(styles.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("w:val=\"en-GB\"");
        }
    }

    @Test
    void chartsAreNativeWithAltTextStatingTheFigures() {
        assertThat(docx.getCharts()).hasSize(2);
        String body = docx.getDocument().getBody().xmlText();
        assertThat(body).contains("descr=\"Bar chart of projects by stage").contains("Stacked bar chart of funding awarded");
        assertThat(docx.getCharts().get(1).getCTChart().xmlText()).contains("Grant");
    }

    @Test
    void privateNotesNeverLeaveInThePack() {
        String all = docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        projects.stream().flatMap(p -> p.notes().stream()).filter(n -> n.privateNote())
                .forEach(n -> assertThat(all).doesNotContain(n.text()));
    }

    private static XWPFTable tableCaptioned(String start) {
        return docx.getTables().stream()
                .filter(t -> t.getCTTbl().getTblPr().isSetTblCaption()
                        && t.getCTTbl().getTblPr().getTblCaption().getVal().startsWith(start))
                .findFirst().orElseThrow();
    }
}
