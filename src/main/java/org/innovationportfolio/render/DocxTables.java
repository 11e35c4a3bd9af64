package org.innovationportfolio.render;

import java.io.IOException;
import java.util.List;
import org.innovationportfolio.logic.briefing.Block;
import org.innovationportfolio.logic.briefing.Block.Cell;
import org.innovationportfolio.logic.briefing.Block.Column;
import org.innovationportfolio.logic.briefing.Block.Table;

/**
 * Writes a briefing table as a Word table: a header row that repeats on each page, rows that never split across
 * pages, RAG cells filled, numbers right-aligned. Written straight as WordprocessingML: POI's objects for every
 * cell, paragraph and run were most of the time and memory of a large pack.
 */
final class DocxTables {

    /** The text width of an A4 page with 2 cm margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 9638;

    private DocxTables() {
    }

    static void write(DocxBody body, Table table, TypeSizes sizes) throws IOException {
        boolean compact = table.compact();
        StringBuilder xml = new StringBuilder(256 + table.rows().size() * table.columns().size() * 220);
        if (!compact) {
            // The caption stays on the page of the table it names.
            xml.append("<w:p><w:pPr><w:pStyle w:val=\"").append(DocxStyles.CAPTION)
                    .append("\"/><w:keepNext/></w:pPr>");
            run(xml, table.caption(), false, null, 0);
            xml.append("</w:p>");
        }
        float size = compact ? sizes.compact() : sizes.table();
        int half = TypeSizes.halfPoints(size);
        int[] widths = widths(table, size, compact);
        frame(xml, widths, table.caption(), null, compact);
        xml.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            cell(xml, widths[c], column.header(), column.numeric(), true, Theme.HEADER_FILL, null, compact, half);
        }
        xml.append("</w:tr>");
        for (List<Cell> row : table.rows()) {
            row(xml, table.columns(), widths, row, false, compact, half);
        }
        if (table.total() != null) {
            row(xml, table.columns(), widths, table.total(), true, compact, half);
        }
        xml.append("</w:tbl>");
        spaceAfter(xml, compact);
        body.raw(xml);
    }

    /**
     * Key facts two to a row: label, value, label, value, the labels bold on a grey fill. Word has no row
     * headers, so the table's caption and description say what it holds.
     */
    static void keyFacts(DocxBody body, Block.KeyFacts facts, TypeSizes sizes) throws IOException {
        int half = TypeSizes.halfPoints(sizes.compact());
        int[] widths = widths(List.of(Column.text("", 2), Column.text("", 5), Column.text("", 2), Column.text("", 5)));
        StringBuilder xml = new StringBuilder(512 + facts.facts().size() * 500);
        frame(xml, widths, facts.caption(), facts.caption() + ": each label is followed by its value.", true);
        int rows = (facts.facts().size() + 1) / 2;
        for (int r = 0; r < rows; r++) {
            xml.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (int i = r * 2; i < r * 2 + 2; i++) {
                int c = (i % 2) * 2;
                if (i < facts.facts().size()) {
                    Block.Fact fact = facts.facts().get(i);
                    cell(xml, widths[c], fact.label(), false, true, Theme.HEADER_FILL, null, true, half);
                    cell(xml, widths[c + 1], fact.value(), false, false, null, null, true, half);
                } else {
                    cell(xml, widths[c], "", false, false, null, null, true, half);
                    cell(xml, widths[c + 1], "", false, false, null, null, true, half);
                }
            }
            xml.append("</w:tr>");
        }
        xml.append("</w:tbl>");
        spaceAfter(xml, true);
        body.raw(xml);
    }

    /** The table's properties and grid: full text width, fixed layout, hairlines between rows only. */
    private static void frame(StringBuilder xml, int[] widths, String caption, String description, boolean compact) {
        xml.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(TEXT_WIDTH).append("\" w:type=\"dxa\"/><w:jc w:val=\"left\"/>")
                .append("<w:tblBorders>")
                .append(border("top", true)).append(border("left", false)).append(border("bottom", true))
                .append(border("right", false)).append(border("insideH", true)).append(border("insideV", false))
                .append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>");
        int vertical = compact ? 20 : 60;
        int horizontal = compact ? 60 : 80;
        xml.append("<w:top w:w=\"").append(vertical).append("\" w:type=\"dxa\"/>")
                .append("<w:left w:w=\"").append(horizontal).append("\" w:type=\"dxa\"/>")
                .append("<w:bottom w:w=\"").append(vertical).append("\" w:type=\"dxa\"/>")
                .append("<w:right w:w=\"").append(horizontal).append("\" w:type=\"dxa\"/></w:tblCellMar>")
                .append("<w:tblCaption w:val=\"");
        DocxBody.escape(xml, caption);
        xml.append("\"/>");
        if (description != null) {
            xml.append("<w:tblDescription w:val=\"");
            DocxBody.escape(xml, description);
            xml.append("\"/>");
        }
        xml.append("</w:tblPr><w:tblGrid>");
        for (int width : widths) {
            xml.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        xml.append("</w:tblGrid>");
    }

    private static String border(String side, boolean line) {
        return line ? "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"" + Theme.BORDER + "\"/>"
                : "<w:" + side + " w:val=\"none\" w:sz=\"0\" w:space=\"0\" w:color=\"" + Theme.BORDER + "\"/>";
    }

    /** A little space after the table, so the next heading or paragraph does not touch it; a hairline one after a compact table. */
    private static void spaceAfter(StringBuilder xml, boolean compact) {
        if (compact) {
            xml.append("<w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"80\" w:lineRule=\"exact\"/>")
                    .append("<w:rPr><w:sz w:val=\"6\"/></w:rPr></w:pPr></w:p>");
        } else {
            xml.append("<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>");
        }
    }

    private static void row(StringBuilder xml, List<Column> columns, int[] widths, List<Cell> cells, boolean bold,
            boolean compact, int half) {
        xml.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            String fill = cell.rag() == null ? null : Theme.ragFill(cell.rag());
            String colour = cell.rag() == null ? null : Theme.ragText(cell.rag());
            cell(xml, widths[c], cell.text(), columns.get(c).numeric(), bold || cell.rag() != null, fill, colour, compact, half);
        }
        xml.append("</w:tr>");
    }

    private static void cell(StringBuilder xml, int width, String text, boolean numeric, boolean bold, String fill,
            String colour, boolean compact, int half) {
        xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
        if (fill != null) {
            xml.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(fill).append("\"/>");
        }
        xml.append("</w:tcPr><w:p><w:pPr><w:spacing w:after=\"0\"");
        if (compact) {
            xml.append(" w:line=\"240\" w:lineRule=\"auto\"");
        }
        xml.append("/><w:jc w:val=\"").append(numeric ? "right" : "left").append("\"/></w:pPr>");
        if (!text.isEmpty()) {
            run(xml, text, bold, colour, half);
        }
        xml.append("</w:p></w:tc>");
    }

    /** A run of text; {@code half} is its size in half points, or 0 for the paragraph style's. */
    private static void run(StringBuilder xml, String text, boolean bold, String colour, int half) {
        xml.append("<w:r>");
        if (bold || colour != null || half > 0) {
            xml.append("<w:rPr>");
            if (bold) {
                xml.append("<w:b/>");
            }
            if (colour != null) {
                xml.append("<w:color w:val=\"").append(colour).append("\"/>");
            }
            if (half > 0) {
                xml.append("<w:sz w:val=\"").append(half).append("\"/><w:szCs w:val=\"").append(half).append("\"/>");
            }
            xml.append("</w:rPr>");
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                xml.append("<w:br/>");
            }
            xml.append("<w:t xml:space=\"preserve\">");
            DocxBody.escape(xml, lines[i]);
            xml.append("</w:t>");
        }
        xml.append("</w:r>");
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
