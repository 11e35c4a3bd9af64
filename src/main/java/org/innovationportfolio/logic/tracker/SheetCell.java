package org.innovationportfolio.logic.tracker;

import java.time.LocalDate;

/**
 * One cell as read from a tracker: its reference ("C14") and its value, which is a {@link String}, a
 * {@link Double}, a {@link LocalDate} (a number formatted as a date), a {@link Boolean} or null for an empty
 * cell. A formula's value is the one the spreadsheet last saved; formulas are never evaluated.
 *
 * @param reference the cell's A1 reference
 * @param value the value, as above
 * @param error the spreadsheet's error text (such as "#REF!") when the cell or its formula holds an error, else null
 * @param fill a RAG read from a solid cell colour ("Red", "Amber", "Green"), else null
 */
public record SheetCell(String reference, Object value, String error, String fill) {

    public static SheetCell of(String reference, Object value) {
        return new SheetCell(reference, value, null, null);
    }

    /** True when the cell holds nothing (no value, no error, no colour) or only spaces. */
    public boolean isBlank() {
        return error == null && fill == null && (value == null || value instanceof String s && s.isBlank());
    }

    /** The value as text, as a person reads it: numbers without a needless ".0". */
    public String text() {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return java.math.BigDecimal.valueOf(d).toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        }
        return value.toString().strip();
    }

    /** The A1 reference of column {@code column} (0-based) in row {@code row} (1-based). */
    public static String reference(int column, int row) {
        StringBuilder letters = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return letters.toString() + row;
    }
}
