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
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;
import java.util.List;
import java.util.Map;
import org.innovationportfolio.logic.briefing.Block;
import org.innovationportfolio.logic.briefing.Block.Column;

/** Lays out briefing blocks with iText, each tagged for PDF/UA: headings H1–H3, tables with TH, lists, figures. */
final class PdfBlocks {

    /** Tables longer than this are laid out on their own, straight on the pages. */
    static final int LONG_TABLE_ROWS = 20;

    private final Document document;
    private final PdfFonts fonts;
    private final TypeSizes sizes;
    private Div doc;
    // The section while a heading waits, kept together with the block that follows it, in a group.
    private Div waiting;

    // The page each heading's destination lands on, as the headings are drawn.
    private final Map<String, Integer> placed;

    PdfBlocks(Document document, PdfFonts fonts, TypeSizes sizes, Map<String, Integer> placed) {
        this.document = document;
        this.fonts = fonts;
        this.sizes = sizes;
        this.placed = placed;
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

    /**
     * Ends the current section and starts the next page only when under a third of this one is left; otherwise
     * what follows runs on here (its heading is kept with the block after it in any case).
     */
    void pageBreakUnlessRoom() {
        flush();
        var area = document.getRenderer().getCurrentArea();
        float page = document.getPdfDocument().getDefaultPageSize().getHeight() - document.getTopMargin()
                - document.getBottomMargin();
        if (area == null || area.getBBox().getHeight() < page / 3) {
            document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        }
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
        float size = heading.level() == 1 ? sizes.h1() : heading.level() == 2 ? sizes.h2() : sizes.h3();
        Paragraph p = new Paragraph(heading.text()).setFont(fonts.bold).setFontSize(size)
                .setMarginTop(heading.level() == 1 ? 0 : heading.level() == 2 ? 14 : 7).setMarginBottom(heading.level() == 1 ? 12 : heading.level() == 2 ? 5 : 3)
                .setKeepWithNext(true);
        p.getAccessibilityProperties().setRole(heading.level() == 1 ? StandardRoles.H1
                : heading.level() == 2 ? StandardRoles.H2 : StandardRoles.H3);
        if (destination != null) {
            p.setDestination(destination);
            p.setNextRenderer(new PlacedRenderer(p, placed, destination));
        }
        // Inside a section keepWithNext does nothing, so a sub-heading and what follows it are one group
        // that moves to the next page together rather than leaving the heading at the foot of a page.
        if (waiting == null) {
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
                p.setFontSize(sizes.lead());
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
            facts(facts.facts(), sizes.body());
        } else if (block instanceof Block.KeyFacts facts) {
            keyFacts(facts);
        } else if (block instanceof Block.Note note) {
            doc.add(new Paragraph(note.text()).setFontSize(sizes.note()).setMultipliedLeading(1.2f)
                    .setFontColor(PdfRenderer.colour(Theme.SECONDARY_TEXT)).setMargin(0).setMarginBottom(6));
        } else if (block instanceof Block.Table table) {
            table(table);
        } else if (block instanceof Block.BarChart chart) {
            doc.add(PdfCharts.figure(document.getPdfDocument(), fonts, sizes, chart));
            StringBuilder totals = new StringBuilder("Totals: ");
            for (int i = 0; i < chart.categories().size(); i++) {
                totals.append(i == 0 ? "" : "; ").append(chart.categories().get(i)).append(' ').append(chart.categoryTotals().get(i));
            }
            doc.add(new Paragraph(totals.append('.').toString()).setFontSize(sizes.caption())
                    .setFontColor(PdfRenderer.colour(Theme.SECONDARY_TEXT)).setMarginBottom(10));
        }
    }

    private void cover(Block.Cover cover) {
        doc.add(new Paragraph(cover.marking()).setFont(fonts.bold).setFontSize(sizes.marking() + 2).setMarginBottom(150));
        Paragraph title = new Paragraph(cover.title()).setFont(fonts.bold).setFontSize(sizes.coverTitle()).setMarginBottom(8)
                .setFontColor(PdfRenderer.colour(Theme.TEXT));
        title.getAccessibilityProperties().setRole(StandardRoles.H1);
        doc.add(title);
        doc.add(new Paragraph(cover.subtitle()).setFontSize(sizes.coverSubtitle()).setFontColor(PdfRenderer.colour(Theme.SECONDARY_TEXT))
                .setMarginBottom(40));
        Div rule = new Div().setHeight(4).setWidth(UnitValue.createPercentValue(30))
                .setBackgroundColor(PdfRenderer.colour(Theme.BRAND)).setMarginBottom(24);
        rule.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
        doc.add(rule);
        facts(cover.facts(), sizes.coverFacts());
    }

    private void facts(List<Block.Fact> facts, float size) {
        for (Block.Fact fact : facts) {
            doc.add(new Paragraph().add(PdfRenderer.bold(fonts, fact.label() + ": ")).add(fact.value())
                    .setFontSize(size).setMargin(0).setMarginBottom(4));
        }
        doc.add(new Paragraph("").setMarginBottom(6));
    }

    private void table(Block.Table block) {
        boolean compact = block.compact();
        float size = compact ? sizes.compact() : sizes.table();
        float[] widths = ColumnWidths.of(block, size, document.getPdfDocument().getDefaultPageSize().getWidth()
                - document.getLeftMargin() - document.getRightMargin(), 6);
        // Fixed layout: the widths are already worked out, and iText measuring every cell again was a third of the time.
        Table table = new Table(ColumnWidths.percentages(widths)).useAllAvailableWidth().setFixedLayout()
                .setMarginBottom(compact ? 2 : 12).setFontSize(size);
        if (compact) {
            // The heading above names the table on the page; screen readers get the caption as its summary.
            table.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table")
                    .addTextAttribute("Summary", block.caption()));
        } else {
            Div caption = new Div().add(new Paragraph(block.caption()).setFontSize(sizes.caption())
                    .setFontColor(PdfRenderer.colour(Theme.SECONDARY_TEXT)).setMargin(0).setMarginBottom(3));
            table.setCaption(caption, CaptionSide.TOP);
        }
        SolidBorder line = new SolidBorder(PdfRenderer.colour(Theme.BORDER), 0.6f);
        for (Column column : block.columns()) {
            Paragraph header = new Paragraph(column.header()).setFont(fonts.bold).setMargin(0);
            if (compact) {
                header.setMultipliedLeading(1.15f);
            }
            Cell cell = new Cell().add(header)
                    .setBackgroundColor(PdfRenderer.colour(Theme.HEADER_FILL)).setBorder(Border.NO_BORDER)
                    .setBorderBottom(line);
            pad(cell, compact);
            if (column.numeric()) {
                cell.setTextAlignment(TextAlignment.RIGHT);
            }
            cell.getAccessibilityProperties().setRole(StandardRoles.TH);
            cell.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table").addEnumAttribute("Scope", "Column"));
            table.addHeaderCell(cell);
        }
        for (List<Block.Cell> row : block.rows()) {
            addRow(table, block.columns(), row, false, line, compact);
        }
        if (block.total() != null) {
            addRow(table, block.columns(), block.total(), true, new SolidBorder(PdfRenderer.colour(Theme.TEXT), 1), compact);
        }
        place(table, block.rows().size());
    }

    /**
     * A long table goes straight onto the pages, after the section so far, with the heading waiting for it kept
     * with it by keep-with-next (which works there). Inside a section or a keep-together group iText lays a long
     * table out again for each page it runs over: a 1,008-project pack took minutes and outgrew a 256 MB heap.
     */
    private void place(Table table, int rows) {
        if (rows <= LONG_TABLE_ROWS) {
            doc.add(table);
            return;
        }
        List<com.itextpdf.layout.element.IElement> kept = List.of();
        if (waiting != null) {
            Div keep = doc;
            doc = waiting;
            waiting = null;
            doc.getChildren().remove(keep);
            kept = new java.util.ArrayList<>(keep.getChildren());
        }
        if (!doc.getChildren().isEmpty()) {
            document.add(doc);
        }
        doc = section();
        for (com.itextpdf.layout.element.IElement element : kept) {
            document.add((com.itextpdf.layout.element.IBlockElement) element);
        }
        document.add(table);
    }

    private static void pad(Cell cell, boolean compact) {
        if (compact) {
            cell.setPaddingTop(1.5f).setPaddingBottom(1.5f).setPaddingLeft(3).setPaddingRight(3);
        } else {
            cell.setPadding(3);
        }
    }

    /**
     * Key facts two to a row, as a table whose labels are row headers, so a screen reader says "Stage:
     * Mobilising" as one pair.
     */
    private void keyFacts(Block.KeyFacts block) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {2, 5, 2, 5})).useAllAvailableWidth()
                .setFixedLayout().setMarginBottom(6).setFontSize(sizes.compact());
        table.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table")
                .addTextAttribute("Summary", block.caption()));
        SolidBorder line = new SolidBorder(PdfRenderer.colour(Theme.BORDER), 0.6f);
        List<Block.Fact> facts = block.facts();
        for (int i = 0; i < facts.size(); i++) {
            Cell label = new Cell().add(new Paragraph(facts.get(i).label()).setFont(fonts.bold).setMargin(0)
                    .setMultipliedLeading(1.15f)).setBorder(Border.NO_BORDER).setBorderBottom(line)
                    .setBackgroundColor(PdfRenderer.colour(Theme.HEADER_FILL));
            label.getAccessibilityProperties().setRole(StandardRoles.TH);
            label.getAccessibilityProperties().addAttributes(new PdfStructureAttributes("Table").addEnumAttribute("Scope", "Row"));
            pad(label, true);
            Cell value = new Cell().add(new Paragraph(facts.get(i).value()).setMargin(0).setMultipliedLeading(1.15f))
                    .setBorder(Border.NO_BORDER).setBorderBottom(line);
            pad(value, true);
            table.addCell(label);
            table.addCell(value);
        }
        if (facts.size() % 2 == 1) {
            Cell empty = new Cell(1, 2).setBorder(Border.NO_BORDER).setBorderBottom(line);
            table.addCell(empty);
        }
        doc.add(table);
    }

    private void addRow(Table table, List<Column> columns, List<Block.Cell> row, boolean total, SolidBorder line,
            boolean compact) {
        for (int c = 0; c < row.size(); c++) {
            Block.Cell content = row.get(c);
            Paragraph text = new Paragraph(content.text()).setMargin(0).setMultipliedLeading(compact ? 1.15f : 1.2f);
            if (total || content.rag() != null) {
                text.setFont(fonts.bold);
            }
            // A row that does not fit moves whole to the next page, rather than leaving a fragment behind.
            Cell cell = new Cell().add(text).setBorder(Border.NO_BORDER).setKeepTogether(true);
            pad(cell, compact);
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

    /** Notes the page a heading is drawn on, for the contents' page numbers. */
    private static final class PlacedRenderer extends ParagraphRenderer {
        private final Map<String, Integer> placed;
        private final String destination;

        PlacedRenderer(Paragraph paragraph, Map<String, Integer> placed, String destination) {
            super(paragraph);
            this.placed = placed;
            this.destination = destination;
        }

        @Override
        public void draw(DrawContext context) {
            super.draw(context);
            placed.putIfAbsent(destination, getOccupiedArea().getPageNumber());
        }

        @Override
        public IRenderer getNextRenderer() {
            return new PlacedRenderer((Paragraph) modelElement, placed, destination);
        }
    }
}
