package org.innovationportfolio.render;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.innovationportfolio.logic.briefing.Block.Cell;
import org.innovationportfolio.logic.briefing.Block.Column;
import org.innovationportfolio.logic.briefing.Block.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Writes a briefing table as a Word table: a header row that repeats on each page, RAG cells filled, numbers right-aligned. */
final class DocxTables {

    /** The text width of an A4 page with 2 cm margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 9638;

    private DocxTables() {
    }

    static void write(XWPFDocument doc, Table table) {
        XWPFParagraph caption = doc.createParagraph();
        caption.setStyle(DocxStyles.CAPTION);
        caption.createRun().setText(table.caption());
        DocxStyles.keepWithNext(caption);

        int rowCount = 1 + table.rows().size() + (table.total() == null ? 0 : 1);
        XWPFTable t = doc.createTable(rowCount, table.columns().size());
        t.setTableAlignment(TableRowAlign.LEFT);
        CTTblPr pr = t.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        pr.addNewTblCaption().setVal(table.caption());
        t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, Theme.BORDER);
        t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, Theme.BORDER);
        t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, Theme.BORDER);
        t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, Theme.BORDER);
        t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, Theme.BORDER);
        t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, Theme.BORDER);
        t.setCellMargins(60, 80, 60, 80);

        int[] widths = widths(table.columns());
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            fill(header.getCell(c), widths[c], Cell.of(column.header()), column.numeric(), true, Theme.HEADER_FILL);
        }
        int r = 1;
        for (List<Cell> row : table.rows()) {
            writeRow(t.getRow(r++), table.columns(), widths, row, false);
        }
        if (table.total() != null) {
            writeRow(t.getRow(r), table.columns(), widths, table.total(), true);
        }
        // A little space after the table, so the next heading or paragraph does not touch it.
        doc.createParagraph().setSpacingAfter(0);
    }

    private static void writeRow(XWPFTableRow row, List<Column> columns, int[] widths, List<Cell> cells, boolean bold) {
        row.setCantSplitRow(true);
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            String fillColour = cell.rag() == null ? null : Theme.ragFill(cell.rag());
            fill(row.getCell(c), widths[c], cell, columns.get(c).numeric(), bold, fillColour);
        }
    }

    private static void fill(XWPFTableCell cell, int width, Cell content, boolean numeric, boolean bold, String fillColour) {
        CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = tcPr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        if (fillColour != null) {
            cell.setColor(fillColour);
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        p.setAlignment(numeric ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        XWPFRun run = p.createRun();
        run.setText(content.text());
        run.setFontSize(9);
        run.setBold(bold || content.rag() != null);
        if (content.rag() != null) {
            run.setColor(Theme.ragText(content.rag()));
        }
    }

    static int[] widths(List<Column> columns) {
        int total = columns.stream().mapToInt(Column::weight).sum();
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = TEXT_WIDTH * columns.get(i).weight() / total;
        }
        return widths;
    }
}
