package org.innovationportfolio.logic.tracker;

import java.util.List;
import java.util.Objects;
import org.innovationportfolio.logic.ports.Marking;

/**
 * A spreadsheet to write, as logic builds it: named sheets of typed columns and rows, with the marking
 * for the header, footer and document properties. The writer only translates it; it computes nothing.
 *
 * @param title the document title (document properties)
 * @param author who it is from (the council), may be null
 * @param marking the protective marking
 * @param sheets the sheets, in order
 */
public record TrackerWorkbook(String title, String author, Marking marking, List<Sheet> sheets) {

    public TrackerWorkbook {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(marking, "marking");
        sheets = List.copyOf(sheets);
    }

    /** What a column holds, so the writer can give the cells their real type. */
    public enum Kind {
        /** A record id: text, so rows match on re-import. */
        ID,
        /** One-line text. */
        TEXT,
        /** Free text, wrapped. */
        LONG_TEXT,
        /** A {@link java.time.LocalDate}, written as a date in UK format. */
        DATE,
        /** A {@link org.innovationportfolio.model.Money}, written as pounds in a currency format. */
        MONEY,
        /** A whole number. */
        INTEGER,
        /** A {@link java.math.BigDecimal}. */
        DECIMAL,
        /** Text from a fixed list, offered as a data-validation list. */
        CHOICE
    }

    /**
     * A column.
     *
     * @param header the header text
     * @param kind what its cells hold
     * @param width the width in characters
     * @param choices the allowed values of a {@link Kind#CHOICE} column, else empty
     */
    public record Column(String header, Kind kind, int width, List<String> choices) {
        public Column {
            choices = List.copyOf(choices);
        }

        public static Column of(String header, Kind kind, int width) {
            return new Column(header, kind, width, List.of());
        }

        public static Column choice(String header, int width, List<String> choices) {
            return new Column(header, Kind.CHOICE, width, choices);
        }
    }

    /**
     * A sheet: a header row of columns, then one row per record; each row has one value per column (null
     * for an empty cell).
     */
    public record Sheet(String name, List<Column> columns, List<List<Object>> rows) {
        public Sheet {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }
}
