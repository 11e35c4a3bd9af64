package org.innovationportfolio.logic.briefing;

import java.util.List;
import org.innovationportfolio.logic.briefing.Block.Cell;
import org.innovationportfolio.logic.briefing.Block.Column;

/**
 * A cautious estimate of how tall the blocks of a project summary will be on an A4 page, so the builder can
 * choose how much goes on the page and both renderers fit it on one. The sizes are those both renderers set
 * (A4 with 2 cm side margins, so text 482 pt wide; body 11 pt, compact tables and notes 9.5 pt: the render
 * package's TypeSizes.STANDARD; a large-print pack may run a summary over two pages). Text wraps between
 * words at a little over the bundled font's average character width, lines are as tall as iText sets them, and
 * tables' columns are sized as the renderers size them, so the estimate runs a little high, never far: a page
 * leaves something out only when it is really full.
 */
final class SummaryPageBudget {

    /**
     * The text area's height on the PDF page is 706 pt and Word's is a little more (LibreOffice lays the same page
     * out shorter); a small margin is kept for what the estimate cannot see.
     */
    static final float PAGE_HEIGHT = 696;
    static final float TEXT_WIDTH = 482;

    static final float BODY_SIZE = 11;
    /**
     * A line is its leading times the bundled font's height (ascent to descent, 1.164 em), as iText lays it out:
     * body text at 1.3, compact tables at 1.15, notes at 1.2, headings at iText's default 1.35.
     */
    static final float FONT_HEIGHT = 1.164f;
    static final float BODY_LINE = BODY_SIZE * 1.3f * FONT_HEIGHT;
    static final float TABLE_SIZE = 9.5f;
    static final float TABLE_LINE = TABLE_SIZE * 1.15f * FONT_HEIGHT;
    static final float NOTE_LINE = TABLE_SIZE * 1.2f * FONT_HEIGHT;
    static final float TABLE_ROW_EXTRA = 4;
    static final float CELL_PADDING = 6;
    static final float NOTE_HEIGHT = NOTE_LINE + 7;
    static final float H2_SIZE = 15f;
    static final float H3_HEIGHT = 12 * 1.35f * FONT_HEIGHT + 11;

    /**
     * A character's width in ems: the bundled font averages 0.51 em over the sample's text; more, as a line of
     * capitals and wide letters runs wider, and lines are taken as {@link #WRAP_FILL} full, to be safe.
     */
    static final float CHAR_EM = 0.52f;
    static final float WRAP_FILL = 0.97f;
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

    /**
     * Lines {@code text} takes at {@code size} in a box {@code width} points wide, wrapped between words as the
     * renderers wrap it, each character taken as {@link #CHAR_EM} wide.
     */
    static int lines(String text, float width, float size) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int perLine = Math.max(1, (int) (width * WRAP_FILL / (size * CHAR_EM)));
        int lines = 0;
        for (String paragraph : text.split("\n")) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ")) {
                int length = word.length();
                if (used > 0 && used + 1 + length <= perLine) {
                    used += 1 + length;
                    continue;
                }
                if (used > 0) {
                    lines++;
                }
                // A word longer than the line is broken across lines.
                lines += Math.max(0, (length - 1) / perLine);
                used = length - Math.max(0, (length - 1) / perLine) * perLine;
            }
        }
        return lines;
    }

    /** Characters that fit on {@code lines} lines {@code width} points wide at {@code size}. */
    static int chars(int lines, float width, float size) {
        return lines * Math.max(1, (int) (width * FILL / (size * EM)));
    }

    static float heading2(String text) {
        return lines(text, TEXT_WIDTH, H2_SIZE * 1.1f) * H2_SIZE * 1.35f * FONT_HEIGHT + 20;
    }

    static float paragraph(String text) {
        return lines(text, TEXT_WIDTH, BODY_SIZE) * BODY_LINE + 8;
    }

    /** A note at the compact size, with the space around it. */
    static float note(String text) {
        return lines(text, TEXT_WIDTH, TABLE_SIZE) * NOTE_LINE + 7;
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

    /**
     * The widths of a compact table's columns' text, as the renderers size them (render's ColumnWidths): every
     * column at least as wide as its longest word (a number column's text whole), what is left shared by weight.
     */
    static float[] textWidths(List<Column> columns, List<List<Cell>> rows, List<Cell> total) {
        int n = columns.size();
        float[] least = new float[n];
        List<List<Cell>> all = new java.util.ArrayList<>(rows);
        all.add(columns.stream().map(c -> Cell.of(c.header())).toList());
        if (total != null) {
            all.add(total);
        }
        for (List<Cell> row : all) {
            for (int c = 0; c < Math.min(n, row.size()); c++) {
                String text = row.get(c).text() == null ? "" : row.get(c).text();
                int longest = columns.get(c).numeric() ? text.length()
                        : java.util.Arrays.stream(text.split("[ \n]")).mapToInt(String::length).max().orElse(0);
                // Headers and totals are bold, a little wider: counted as one more character.
                least[c] = Math.max(least[c], (longest + 1) * TABLE_SIZE * CHAR_EM + CELL_PADDING + 1);
            }
        }
        float needed = 0;
        for (float l : least) {
            needed += l;
        }
        float[] widths = new float[n];
        if (needed >= TEXT_WIDTH) {
            for (int c = 0; c < n; c++) {
                widths[c] = TEXT_WIDTH * least[c] / needed - CELL_PADDING;
            }
            return widths;
        }
        boolean[] fixed = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            float remaining = TEXT_WIDTH;
            int weight = 0;
            for (int c = 0; c < n; c++) {
                if (fixed[c]) {
                    remaining -= least[c];
                } else {
                    weight += columns.get(c).weight();
                }
            }
            for (int c = 0; c < n; c++) {
                if (!fixed[c]) {
                    widths[c] = weight == 0 ? 0 : remaining * columns.get(c).weight() / weight;
                    if (widths[c] < least[c]) {
                        fixed[c] = true;
                        widths[c] = least[c];
                        changed = true;
                    }
                }
            }
        }
        for (int c = 0; c < n; c++) {
            widths[c] -= CELL_PADDING;
        }
        return widths;
    }

    /** A compact table row, its columns' text {@code textWidths} wide. */
    static float row(float[] textWidths, List<Cell> cells) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, lines(cells.get(i).text(), textWidths[i], TABLE_SIZE));
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
