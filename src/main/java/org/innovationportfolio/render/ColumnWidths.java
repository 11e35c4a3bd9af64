package org.innovationportfolio.render;

import java.util.List;
import org.innovationportfolio.logic.briefing.Block;
import org.innovationportfolio.logic.briefing.Block.Column;

/**
 * Column widths for a table at its type size, shared by both renderers: every column is at least as wide as its
 * longest word (a number, a date or an amount as a whole), so larger type wraps between words rather than
 * breaking an amount; what is left is shared out by the columns' weights.
 */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /** The widths as percentages of the table, adding up to a shade under 100 (iText warns at a rounding error over). */
    static com.itextpdf.layout.properties.UnitValue[] percentages(float[] widths) {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        var percent = new com.itextpdf.layout.properties.UnitValue[widths.length];
        for (int i = 0; i < widths.length; i++) {
            percent[i] = com.itextpdf.layout.properties.UnitValue.createPercentValue(widths[i] / sum * 99.99f);
        }
        return percent;
    }

    /**
     * @param available the width of the page's text, in points
     * @param padding a cell's left and right padding together, in points
     * @return each column's width in points, adding up to {@code available}
     */
    static float[] of(Block.Table table, float size, float available, float padding) {
        List<Column> columns = table.columns();
        float[] least = new float[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            least[c] = longestWord(columns.get(c).header(), size, true, false);
        }
        for (List<Block.Cell> row : table.rows()) {
            measure(columns, row, size, least, false);
        }
        if (table.total() != null) {
            measure(columns, table.total(), size, least, true);
        }
        int[] weights = columns.stream().mapToInt(Column::weight).toArray();
        return share(least, weights, available, padding);
    }

    /** Widths by weight alone, each at least {@code least} (without padding), fitting {@code available}. */
    static float[] share(float[] least, int[] weights, float available, float padding) {
        int n = least.length;
        float[] widths = new float[n];
        float needed = 0;
        for (int c = 0; c < n; c++) {
            least[c] += padding + 1;
            needed += least[c];
        }
        if (needed >= available) {
            // Cannot give every column its longest word: share by those needs, so nothing is far short.
            for (int c = 0; c < n; c++) {
                widths[c] = available * least[c] / needed;
            }
            return widths;
        }
        // Columns whose weighted share is below their need get their need; the rest share what remains.
        boolean[] fixed = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            float remaining = available;
            int weight = 0;
            for (int c = 0; c < n; c++) {
                if (fixed[c]) {
                    remaining -= least[c];
                } else {
                    weight += weights[c];
                }
            }
            for (int c = 0; c < n; c++) {
                if (!fixed[c]) {
                    widths[c] = weight == 0 ? 0 : remaining * weights[c] / weight;
                    if (widths[c] < least[c]) {
                        fixed[c] = true;
                        widths[c] = least[c];
                        changed = true;
                    }
                }
            }
        }
        return widths;
    }

    private static void measure(List<Column> columns, List<Block.Cell> row, float size, float[] least, boolean bold) {
        for (int c = 0; c < row.size(); c++) {
            Block.Cell cell = row.get(c);
            least[c] = Math.max(least[c], longestWord(cell.text(), size, bold || cell.rag() != null, columns.get(c).numeric()));
        }
    }

    /** The widest word of {@code text}; a number column's text is one word, as an amount must not wrap. */
    private static float longestWord(String text, float size, boolean bold, boolean numeric) {
        if (numeric) {
            return PdfFonts.width(text, size, bold);
        }
        float widest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\n') {
                if (i > start) {
                    widest = Math.max(widest, PdfFonts.width(text.substring(start, i), size, bold));
                }
                start = i + 1;
            }
        }
        return widest;
    }
}
