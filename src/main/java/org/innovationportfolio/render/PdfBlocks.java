package org.innovationportfolio.render;

import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.CaptionSide;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.util.List;
import org.innovationportfolio.logic.briefing.Block;
import org.innovationportfolio.logic.briefing.Block.Column;

/** Lays out briefing blocks with iText, each tagged for PDF/UA: headings H1–H3, tables with TH, lists, figures. */
final class PdfBlocks {

    static final float H1_SIZE = 20;
    static final float H2_SIZE = 14.5f;
    static final float H3_SIZE = 11.5f;
    static final float TABLE_SIZE = 8.5f;

    private final Document document;
    private final PdfFonts fonts;
    private Div doc;
    // The section while a heading waits, kept together with the block that follows it, in a group.
    private Div waiting;

    PdfBlocks(Document document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
        this.doc = section();
    }

    /**
     * Ends the current page's content and starts the next page. Each stretch between page breaks is one
     * tagged section, so the document's root does not collect thousands of kids (iText's tagging walks
     * them at every new page).
     */
    void pageBreak() {
        flush();
        document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
    }

    /** Lays out what has been added since the last page break. */
    void flush() {
        endKeep();
        if (!doc.getChildren().isEmpty()) {
            document.add(doc);
        }
        doc = section();
    }

    private static Div section() {
        Div div = new Div();
        div.getAccessibilityProperties().setRole(StandardRoles.SECT);
        return div;
    }

    /** Adds an element to the current section. */
    void add(com.itextpdf.layout.element.IBlockElement element) {
        doc.add(element);
    }

    void heading(Block.Heading heading, String destination) {
        float size = heading.level() == 1 ? H1_SIZE : heading.level() == 2 ? H2_SIZE : H3_SIZE;
        Paragraph p = new Paragraph(heading.text()).setFont(fonts.bold).setFontSize(size)
                .setMarginTop(heading.level() == 1 ? 0 : heading.level() == 2 ? 14 : 10).setMarginBottom(heading.level() == 1 ? 12 : 5)
                .setKeepWithNext(true);
        p.getAccessibilityProperties().setRole(heading.level() == 1 ? StandardRoles.H1
                : heading.level() == 2 ? StandardRoles.H2 : StandardRoles.H3);
        if (destination != null) {
            p.setDestination(destination);
        }
        // Inside a section keepWithNext does nothing, so a sub-heading and what follows it are one group
        // that moves to the next page together rather than leaving the heading at the foot of a page.
        if (heading.level() > 1 && waiting == null) {
            Div keep = new Div().setKeepTogether(true);
            doc.add(keep);
            waiting = doc;
            doc = keep;
        }
        doc.add(p);
    }

    private void endKeep() {
        if (waiting != null) {
            doc = waiting;
            waiting = null;
        }
    }

    void add(Block block) {
        addBlock(block);
        endKeep();
    }

    private void addBlock(Block block) {
        if (block instanceof Block.Cover cover) {
            cover(cover);
        } else if (block instanceof Block.Paragraph paragraph) {
            Paragraph p = new Paragraph(paragraph.text()).setMarginBottom(8).setMultipliedLeading(1.3f);
            if (paragraph.lead()) {
                p.setFontSize(12);
            }
            doc.add(p);
        } else if (block instanceof Block.Bullets bullets) {
            com.itextpdf.layout.element.List list = new com.itextpdf.layout.element.List().setListSymbol("•")
                    .setSymbolIndent(8).setMarginLeft(6).setMarginBottom(8);
            for (String item : bullets.items()) {
                ListItem li = new ListItem();
                li.add(new Paragraph(item).setMargin(0).setMarginBottom(3).setMultipliedLeading(1.3f));
                list.add(li);
            }
            doc.add(list);
        } else if (block instanceof Block.Facts facts) {
            facts(facts.facts(), 10);
        } else if (block instanceof Block.Table table) {
            table(table);
        } else if (block instanceof Block.BarChart chart) {
            doc.add(PdfCharts.figure(document.getPdfDocument(), fonts, chart));
            StringBuilder totals = new StringBuilder("Totals: ");
            for (int i = 0; i < chart.categories().size(); i++) {
                totals.append(i == 0 ? "" : "; ").append(chart.categories().get(i)).append(' ').append(chart.categoryTotals().get(i));
            }
            doc.add(new Paragraph(totals.append('.').toString()).setFontSize(8.5f)
                    .setFontColor(PdfRenderer.colour(Theme.SECONDARY_TEXT)).setMarginBottom(10));
        }
    }

    private void cover(Block.Cover cover) {
        doc.add(new Paragraph(cover.marking()).setFont(fonts.bold).setFontSize(12).setMarginBottom(150));
        Paragraph title = new Paragraph(cover.title()).setFont(fonts.bold).setFontSize(30).setMarginBottom(8)
                .setFontColor(PdfRenderer.colour(Theme.TEXT));
        title.getAccessibilityProperties().setRole(StandardRoles.H1);
        doc.add(title);
        doc.add(new Paragraph(cover.subtitle()).setFontSize(16).setFontColor(PdfRenderer.colour(Theme.SECONDARY_TEXT))
                .setMarginBottom(40));
        Div rule = new Div().setHeight(4).setWidth(UnitValue.createPercentValue(30))
                .setBackgroundColor(PdfRenderer.colour(Theme.BRAND)).setMarginBottom(24);
        rule.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        doc.add(rule);
        facts(cover.facts(), 11);
    }

    private void facts(List<Block.Fact> facts, float size) {
        for (Block.Fact fact : facts) {
            doc.add(new Paragraph().add(PdfRenderer.bold(fonts, fact.label() + ": ")).add(fact.value())
                    .setFontSize(size).setMargin(0).setMarginBottom(4));
        }
        doc.add(new Paragraph("").setMarginBottom(6));
    }

    private void table(Block.Table block) {
        float[] weights = new float[block.columns().size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = block.columns().get(i).weight();
        }
        Table table = new Table(UnitValue.createPercentArray(weights)).useAllAvailableWidth().setMarginBottom(12)
                .setFontSize(TABLE_SIZE);
        Div caption = new Div().add(new Paragraph(block.caption()).setFontSize(8.5f)
                .setFontColor(PdfRenderer.colour(Theme.SECONDARY_TEXT)).setMargin(0).setMarginBottom(3));
        table.setCaption(caption, CaptionSide.TOP);
        SolidBorder line = new SolidBorder(PdfRenderer.colour(Theme.BORDER), 0.6f);
        for (Column column : block.columns()) {
            Cell cell = new Cell().add(new Paragraph(column.header()).setFont(fonts.bold).setMargin(0))
                    .setBackgroundColor(PdfRenderer.colour(Theme.HEADER_FILL)).setBorder(Border.NO_BORDER)
                    .setBorderBottom(line).setPadding(3);
            if (column.numeric()) {
                cell.setTextAlignment(TextAlignment.RIGHT);
            }
            cell.getAccessibilityProperties().setRole(StandardRoles.TH);
            cell.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table").addEnumAttribute("Scope", "Column"));
            table.addHeaderCell(cell);
        }
        for (List<Block.Cell> row : block.rows()) {
            addRow(table, block.columns(), row, false, line);
        }
        if (block.total() != null) {
            addRow(table, block.columns(), block.total(), true, new SolidBorder(PdfRenderer.colour(Theme.TEXT), 1));
        }
        doc.add(table);
    }

    private void addRow(Table table, List<Column> columns, List<Block.Cell> row, boolean total, SolidBorder line) {
        for (int c = 0; c < row.size(); c++) {
            Block.Cell content = row.get(c);
            Paragraph text = new Paragraph(content.text()).setMargin(0).setMultipliedLeading(1.2f);
            if (total || content.rag() != null) {
                text.setFont(fonts.bold);
            }
            Cell cell = new Cell().add(text).setBorder(Border.NO_BORDER).setPadding(3);
            if (total) {
                cell.setBorderTop(line);
            } else {
                cell.setBorderBottom(line);
            }
            if (columns.get(c).numeric()) {
                cell.setTextAlignment(TextAlignment.RIGHT);
            }
            if (content.rag() != null) {
                cell.setBackgroundColor(PdfRenderer.colour(Theme.ragFill(content.rag())))
                        .setFontColor(PdfRenderer.colour(Theme.ragText(content.rag())));
            }
            table.addCell(cell);
        }
    }
}
