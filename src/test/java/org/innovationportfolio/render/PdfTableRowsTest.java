package org.innovationportfolio.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.innovationportfolio.logic.briefing.Block;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.ports.Marking;
import org.junit.jupiter.api.Test;

/** A table row in the PDF is never split across two pages: a row that does not fit moves whole to the next page. */
class PdfTableRowsTest {

    @Test
    void aLongTableNeverSplitsARowAcrossPages() throws Exception {
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(List.of(Block.Cell.of("Project " + i), Block.Cell.of("Delivering"), Block.Cell.of("Amber"),
                    Block.Cell.of("start" + i + " a next milestone whose name is long enough to wrap over six or "
                            + "seven lines in this narrow column, as the sample's do (20 Jan 2027) end" + i)));
        }
        Block.Table table = new Block.Table("Sixty projects and their next milestones",
                List.of(Block.Column.text("Project", 3), Block.Column.text("Stage", 2), Block.Column.text("RAG", 2),
                        Block.Column.text("Next milestone", 2)), rows, null);
        BriefingDocument document = new BriefingDocument("Rows", "Rows", "Test", Marking.OFFICIAL, "en-GB", "Rows",
                List.of(new Block.Heading(1, "A long table"), table));

        byte[] pdf = RenderedPacks.render(new PdfRenderer(), document);

        List<String> pages = new ArrayList<>();
        try (PdfDocument read = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int p = 1; p <= read.getNumberOfPages(); p++) {
                pages.add(PdfTextExtractor.getTextFromPage(read.getPage(p)).replaceAll("\\s+", " "));
            }
        }
        assertThat(pages.size()).as("the table runs over more than one page").isGreaterThan(2);
        for (int i = 1; i <= 60; i++) {
            String start = "start" + i + " ";
            String end = " end" + i;
            assertThat(pages).as("row %d starts and ends on the same page", i)
                    .anyMatch(page -> page.contains(start) && (page + " ").contains(end + " "));
        }
    }
}
