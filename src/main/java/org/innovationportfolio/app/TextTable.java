package org.innovationportfolio.app;

import java.util.ArrayList;
import java.util.List;

/** Lines up text in fixed-width columns for a terminal: a heading row, a rule, then the rows. */
final class TextTable {

    private static final String NL = System.lineSeparator();
    private static final String GAP = "  ";

    /** A column: its heading, its width in characters, and whether figures line up on the right. */
    record Column(String heading, int width, boolean alignRight) {

        static Column left(String heading, int width) {
            return new Column(heading, width, false);
        }

        static Column right(String heading, int width) {
            return new Column(heading, width, true);
        }
    }

    private final List<Column> columns;

    TextTable(Column... columns) {
        this.columns = List.of(columns);
    }

    /** The heading, a rule of dashes under each column, then one line per row, each line ending in a line break. */
    String render(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        out.append(line(columns.stream().map(Column::heading).toList())).append(NL);
        out.append(line(columns.stream().map(c -> "-".repeat(c.width())).toList())).append(NL);
        for (List<String> row : rows) {
            out.append(line(row)).append(NL);
        }
        return out.toString();
    }

    private String line(List<String> cells) {
        List<String> fitted = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String cell = fit(i < cells.size() ? cells.get(i) : "", column.width());
            fitted.add(column.alignRight() ? String.format("%" + column.width() + "s", cell.strip()) : cell);
        }
        return String.join(GAP, fitted).stripTrailing();
    }

    /** Pads to {@code width}, or cuts with an ellipsis so the columns stay in line. */
    static String fit(String text, int width) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (t.length() > width) {
            return t.substring(0, width - 1) + "…";
        }
        return t + " ".repeat(width - t.length());
    }
}
