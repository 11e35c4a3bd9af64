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

    static void write(XWPFDocument doc, Table table, TypeSizes sizes) {
        boolean compact = table.compact();
        if (!compact) {
            XWPFParagraph caption = doc.createParagraph();
            caption.setStyle(DocxStyles.CAPTION);
            caption.createRun().setText(table.caption());
            DocxStyles.keepWithNext(caption);
        }

        int rowCount = 1 + table.rows().size() + (table.total() == null ? 0 : 1);
        XWPFTable t = frame(doc, rowCount, table.columns().size(), table.caption(), compact);

        float size = compact ? sizes.compact() : sizes.table();
        int[] widths = widths(table, size, compact);
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            fill(header.getCell(c), widths[c], Cell.of(column.header()), column.numeric(), true, Theme.HEADER_FILL, compact, size);
        }
        int r = 1;
        for (List<Cell> row : table.rows()) {
            writeRow(t.getRow(r++), table.columns(), widths, row, false, compact, size);
        }
        if (table.total() != null) {
            writeRow(t.getRow(r), table.columns(), widths, table.total(), true, compact, size);
        }
        spaceAfter(doc, compact);
    }

    /**
     * Key facts two to a row: label, value, label, value, the labels bold on a grey fill. Word has no row
     * headers, so the table's caption and description say what it holds.
     */
    static void keyFacts(XWPFDocument doc, org.innovationportfolio.logic.briefing.Block.KeyFacts facts, TypeSizes sizes) {
        float size = sizes.compact();
        int rows = (facts.facts().size() + 1) / 2;
        XWPFTable t = frame(doc, rows, 4, facts.caption(), true);
        t.getCTTbl().getTblPr().addNewTblDescription().setVal(facts.caption() + ": each label is followed by its value.");
        int[] widths = widths(List.of(Column.text("", 2), Column.text("", 5), Column.text("", 2), Column.text("", 5)));
        for (int i = 0; i < rows * 2; i++) {
            XWPFTableRow row = t.getRow(i / 2);
            row.setCantSplitRow(true);
            int c = (i % 2) * 2;
            if (i < facts.facts().size()) {
                var fact = facts.facts().get(i);
                fill(row.getCell(c), widths[c], Cell.of(fact.label()), false, true, Theme.HEADER_FILL, true, size);
                fill(row.getCell(c + 1), widths[c + 1], Cell.of(fact.value()), false, false, null, true, size);
            } else {
                fill(row.getCell(c), widths[c], Cell.of(""), false, false, null, true, size);
                fill(row.getCell(c + 1), widths[c + 1], Cell.of(""), false, false, null, true, size);
            }
        }
        spaceAfter(doc, true);
    }

    private static XWPFTable frame(XWPFDocument doc, int rowCount, int columns, String caption, boolean compact) {
        XWPFTable t = doc.createTable(rowCount, columns);
        t.setTableAlignment(TableRowAlign.LEFT);
        CTTblPr pr = t.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        pr.addNewTblCaption().setVal(caption);
        t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, Theme.BORDER);
        t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, Theme.BORDER);
        t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, Theme.BORDER);
        t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, Theme.BORDER);
        t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, Theme.BORDER);
        t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, Theme.BORDER);
        if (compact) {
            t.setCellMargins(20, 60, 20, 60);
        } else {
            t.setCellMargins(60, 80, 60, 80);
        }
        return t;
    }

    /** A little space after the table, so the next heading or paragraph does not touch it; a hairline one after a compact table. */
    private static void spaceAfter(XWPFDocument doc, boolean compact) {
        XWPFParagraph after = doc.createParagraph();
        after.setSpacingAfter(0);
        if (compact) {
            var ppr = after.getCTP().isSetPPr() ? after.getCTP().getPPr() : after.getCTP().addNewPPr();
            ppr.addNewRPr().addNewSz().setVal(BigInteger.valueOf(6));
            after.setSpacingBetween(4, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        }
    }

    private static void writeRow(XWPFTableRow row, List<Column> columns, int[] widths, List<Cell> cells, boolean bold,
            boolean compact, float size) {
        row.setCantSplitRow(true);
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            String fillColour = cell.rag() == null ? null : Theme.ragFill(cell.rag());
            fill(row.getCell(c), widths[c], cell, columns.get(c).numeric(), bold, fillColour, compact, size);
        }
    }

    private static void fill(XWPFTableCell cell, int width, Cell content, boolean numeric, boolean bold, String fillColour,
            boolean compact, float size) {
        CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = tcPr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        if (fillColour != null) {
            cell.setColor(fillColour);
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        if (compact) {
            p.setSpacingBetween(1.0);
        }
        p.setAlignment(numeric ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        XWPFRun run = p.createRun();
        run.setText(content.text());
        run.setFontSize(size);
        run.setBold(bold || content.rag() != null);
        if (content.rag() != null) {
            run.setColor(Theme.ragText(content.rag()));
        }
    }

    /** Each column's width in twentieths of a point, from its longest word at this size and its weight. */
    static int[] widths(Table table, float size, boolean compact) {
        float[] points = ColumnWidths.of(table, size, TEXT_WIDTH / 20f, compact ? 6 : 8);
        int[] widths = new int[points.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.round(points[i] * 20);
        }
        return widths;
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
