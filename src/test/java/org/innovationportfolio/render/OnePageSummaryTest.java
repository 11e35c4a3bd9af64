package org.innovationportfolio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.innovationportfolio.logic.briefing.Block;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Each project's summary fits one A4 page, in PDF and in Word, for the sample projects and for projects with far
 * more than a page's worth recorded: the builder chooses what goes on the page and says what it left out.
 */
class OnePageSummaryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path folder;

    static BriefingDocument document;
    static List<String> titles;

    @BeforeAll
    static void build() {
        List<Project> projects = new ArrayList<>(SamplePortfolio.read(TODAY).projects());
        projects.add(SummaryPages.crowded(1, TODAY));
        projects.add(SummaryPages.crowded(2, TODAY));
        BriefingRequest request = new BriefingRequest("Improvement Board", TODAY.plusDays(10), "Author", Marking.OFFICIAL,
                List.of(), Set.of(BriefingSection.PROJECT_PAGES));
        document = BriefingPackBuilder.build(request, new BriefingInputs("Northbrook Borough Council", projects, Map.of(),
                Optional.empty(), TODAY, Instant.parse("2026-11-23T09:00:00Z")));
        titles = SummaryPages.titles(document);
    }

    @Test
    void everyPdfSummaryIsExactlyOnePage() throws Exception {
        byte[] pdf = RenderedPacks.render(new PdfRenderer(), document);

        assertThat(titles).hasSize(16);
        List<String> pages = pageTexts(pdf);
        SummaryPages.assertOnePageEach(pages, titles);
        String all = String.join("\n", pages).replaceAll("\\s+", " ");
        assertThat(all).as("no sentence is cut with an ellipsis").doesNotContain("…")
                .doesNotContain("full record").containsPattern("\\d+ more risks, all scored \\d+ or below\\.");
    }

    @Test
    void aCrowdedSummarySaysPlainlyWhatItLeftOutAndNeverCutsASentence() {
        List<Block> page = summaryOf(SummaryPages.crowded(1, TODAY).title());
        List<String> notes = page.stream().filter(b -> b instanceof Block.Note).map(b -> ((Block.Note) b).text()).toList();

        assertThat(notes).anyMatch(n -> n.matches("The first (sentence|\\d+ sentences) of the 12 in the commentary of 20 Nov 2026, "
                        + "to fit the page\\."))
                .anyMatch(n -> n.matches("Not on this page: \\d+ later milestones, the last due 23 Sep 2027(; \\d+ completed "
                        + "milestones)?\\."))
                .anyMatch(n -> n.matches("\\d+ more risks, all scored \\d+ or below\\.")
                        || n.matches("No room on this page for its \\d+ open risks, the highest scored \\d+\\."))
                .anyMatch(n -> n.matches("(Not on this page: \\d+ earlier|No room on this page for its \\d+) decisions, "
                        + "from 25 Aug 2026 to \\d+ \\w+ 2026\\."))
                .noneMatch(n -> n.contains("full record"));
        assertThat(texts(page)).as("no text on the page is cut with an ellipsis").noneMatch(t -> t.contains("…"));
        String commentary = page.stream().filter(b -> b instanceof Block.Paragraph).map(b -> ((Block.Paragraph) b).text())
                .findFirst().orElseThrow();
        assertThat(commentary).endsWith("revised plan.").startsWith("The hub's second phase");
        Optional<Block.Table> funding = page.stream()
                .filter(b -> b instanceof Block.Table t && t.caption().startsWith("Funding of"))
                .map(Block.Table.class::cast).findFirst();
        if (funding.isPresent()) {
            assertThat(funding.get().total().get(2).text()).as("the total covers every year, shown or not")
                    .isEqualTo("£4,000,080");
        } else {
            assertThat(notes).as("with no room for the table, the page says so and names every year")
                    .anyMatch(n -> n.startsWith("No room on this page for its funding by year: 8 years (2022/23,"));
        }
    }

    @Test
    void everyWordSummaryStartsWithAPageBreakAndIsBounded() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(RenderedPacks.render(new DocxRenderer(), document)))) {
            List<List<IBodyElement>> summaries = new ArrayList<>();
            for (IBodyElement element : docx.getBodyElements()) {
                if (element instanceof XWPFParagraph p && "Heading2".equals(p.getStyle()) && titles.contains(p.getText())) {
                    assertThat(p.isPageBreak()).as("%s starts a new page", p.getText()).isTrue();
                    summaries.add(new ArrayList<>());
                }
                if (!summaries.isEmpty()) {
                    summaries.get(summaries.size() - 1).add(element);
                }
            }
            assertThat(summaries).hasSize(titles.size());
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx).getText();
            assertThat(text).as("no sentence is cut with an ellipsis").doesNotContain("…").doesNotContain("full record")
                    .containsPattern("\\d+ more risks, all scored \\d+ or below\\.");
            for (List<IBodyElement> summary : summaries) {
                int rows = summary.stream().filter(e -> e instanceof XWPFTable).mapToInt(e -> ((XWPFTable) e).getNumberOfRows()).sum();
                int characters = summary.stream().mapToInt(e -> e instanceof XWPFTable t ? t.getText().length()
                        : ((XWPFParagraph) e).getText().length()).sum();
                // One heading, key facts and five parts: at most 36 table rows and 4,000 characters fit an A4 page.
                assertThat(rows).isLessThanOrEqualTo(36);
                assertThat(characters).isLessThanOrEqualTo(4000);
                assertThat(summary.stream().filter(e -> e instanceof XWPFParagraph p && p.isPageBreak()).count()).isEqualTo(1);
            }
        }
    }

    /** Only where LibreOffice is installed: Word's summaries, laid out by LibreOffice, are one page each too. */
    @Test
    void libreOfficeLaysOutEachWordSummaryOnOnePage() throws Exception {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed");
        Path docx = folder.resolve("summaries.docx");
        Files.write(docx, RenderedPacks.render(new DocxRenderer(), document));
        Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + folder.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", folder.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isZero();

        SummaryPages.assertOnePageEach(pageTexts(Files.readAllBytes(folder.resolve("summaries.pdf"))), titles);
    }

    @Test
    void aDecisionSoughtLeadsItsProjectsPageWhichStaysOnePage() {
        List<Block> page = summaryOf(SummaryPages.crowded(2, TODAY).title());

        assertThat(page.get(1)).isEqualTo(new Block.Heading(3, "Decision sought from this board"));
        assertThat(page.get(2)).isEqualTo(new Block.Paragraph(SummaryPages.DECISION, true));
        assertThat(titles).contains(SummaryPages.crowded(2, TODAY).title());
    }

    /** Every text of {@code blocks}: paragraphs, notes, bullets, facts and table cells. */
    static List<String> texts(List<Block> blocks) {
        List<String> texts = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                texts.add(p.text());
            } else if (block instanceof Block.Note n) {
                texts.add(n.text());
            } else if (block instanceof Block.Bullets b) {
                texts.addAll(b.items());
            } else if (block instanceof Block.KeyFacts f) {
                f.facts().forEach(fact -> texts.add(fact.value()));
            } else if (block instanceof Block.Table t) {
                t.rows().forEach(row -> row.forEach(cell -> texts.add(cell.text())));
            }
        }
        return texts;
    }

    private static List<Block> summaryOf(String title) {
        List<Block> blocks = document.blocks();
        int start = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h && h.level() == 2 && h.text().equals(title)) {
                start = i;
            }
        }
        int end = start + 1;
        while (end < blocks.size() && !(blocks.get(end) instanceof Block.PageBreak)) {
            end++;
        }
        return blocks.subList(start, end);
    }

    static List<String> pageTexts(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PdfDocument read = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int i = 1; i <= read.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(read.getPage(i)));
            }
        }
        return pages;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
