package org.innovationportfolio.logic.briefing;

import java.util.List;
import org.innovationportfolio.logic.briefing.Block.Cell;
import org.innovationportfolio.logic.briefing.Block.Column;

/**
 * A cautious estimate of how tall the blocks of a project summary will be on an A4 page, so the builder can
 * choose how much goes on the page and both renderers fit it on one. The sizes are those both renderers set
 * (A4 with 2 cm side margins, so text 482 pt wide; body 11 pt, compact tables and notes 9.5 pt: the render
 * package's TypeSizes.STANDARD; a large-print pack may run a summary over two pages). Text is
 * taken as 0.56 em a character, wider than the bundled font's average, and lines as 90% full, so the estimate
 * runs high rather than low.
 */
final class SummaryPageBudget {

    /** The text area's height on the PDF page is 706 pt and Word's is a little more; a wide margin is kept, since tables' columns are sized by their words (render's ColumnWidths), not only by the weights this estimate uses. */
    static final float PAGE_HEIGHT = 600;
    static final float TEXT_WIDTH = 482;

    static final float BODY_SIZE = 11;
    static final float BODY_LINE = 14.3f;
    static final float TABLE_SIZE = 9.5f;
    static final float TABLE_LINE = 11f;
    static final float TABLE_ROW_EXTRA = 4;
    static final float CELL_PADDING = 6;
    static final float NOTE_HEIGHT = 18;
    static final float H2_SIZE = 15f;
    static final float H3_HEIGHT = 26;

    private static final float EM = 0.56f;
    private static final float FILL = 0.9f;

    private float left;

    SummaryPageBudget() {
        this.left = PAGE_HEIGHT;
    }

    float left() {
        return left;
    }

    void take(float height) {
        left -= height;
    }

    boolean fits(float height) {
        return height <= left;
    }

    /** Lines {@code text} takes at {@code size} in a box {@code width} points wide. */
    static int lines(String text, float width, float size) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int perLine = Math.max(1, (int) (width * FILL / (size * EM)));
        int lines = 0;
        for (String paragraph : text.split("\n")) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    /** Characters that fit on {@code lines} lines {@code width} points wide at {@code size}. */
    static int chars(int lines, float width, float size) {
        return lines * Math.max(1, (int) (width * FILL / (size * EM)));
    }

    static float heading2(String text) {
        return lines(text, TEXT_WIDTH, H2_SIZE) * H2_SIZE * 1.2f + 20;
    }

    static float paragraph(String text) {
        return lines(text, TEXT_WIDTH, BODY_SIZE) * BODY_LINE + 8;
    }

    /** A note at the compact size, with the space around it. */
    static float note(String text) {
        return lines(text, TEXT_WIDTH, TABLE_SIZE) * TABLE_LINE + 8;
    }

    /** A bullet, indented 14 pt. */
    static float bullet(String text) {
        return lines(text, TEXT_WIDTH - 14, BODY_SIZE) * BODY_LINE + 3;
    }

    /** The width of column {@code index} less its cell padding. */
    static float columnWidth(List<Column> columns, int index) {
        int total = columns.stream().mapToInt(Column::weight).sum();
        return TEXT_WIDTH * columns.get(index).weight() / total - CELL_PADDING;
    }

    /** A compact table row. */
    static float row(List<Column> columns, List<Cell> cells) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, lines(cells.get(i).text(), columnWidth(columns, i), TABLE_SIZE));
        }
        return lines * TABLE_LINE + TABLE_ROW_EXTRA;
    }

    /** A compact table's header row and the space after the table. */
    static float tableFrame(List<Column> columns) {
        List<Cell> headers = columns.stream().map(c -> Cell.of(c.header())).toList();
        return row(columns, headers) + 6;
    }

    /**
     * The whole sentences of {@code text} that fit in {@code max} characters, and always at least the first
     * sentence whole: a sentence is never cut.
     */
    static String sentences(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                if (i >= max && end > 0) {
                    break;
                }
                end = i + 1;
                if (i >= max) {
                    break;
                }
            }
        }
        return end > 0 ? text.substring(0, end) : text;
    }

    /** How many sentences {@code text} has, counting a last one without a full stop. */
    static int sentenceCount(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                count++;
            }
        }
        String last = text.strip();
        boolean endsWithStop = !last.isEmpty() && ".!?".indexOf(last.charAt(last.length() - 1)) >= 0;
        return count + (endsWithStop || last.isEmpty() ? 0 : 1);
    }
}
