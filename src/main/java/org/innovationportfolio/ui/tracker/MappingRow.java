package org.innovationportfolio.ui.tracker;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One column of the tracker on the mapping step: its letter and header, a few of its values, and what the
 * officer says it is imported as.
 *
 * @param index the 0-based column index
 * @param letter the column's letter ("C")
 * @param header the header text as written
 * @param sample the first few values under the header, to recognise the column by
 * @param hidden true when the column is hidden in the workbook
 */
public record MappingRow(int index, String letter, String header, String sample, boolean hidden,
        ObjectProperty<FieldChoice> choice) {

    MappingRow(int index, String letter, String header, String sample, boolean hidden, FieldChoice initial) {
        this(index, letter, header, sample, hidden, new SimpleObjectProperty<>(initial));
    }

    /** "C  Phase", as the row's name. */
    public String name() {
        return letter + "  " + (header.isBlank() ? "(no heading)" : header) + (hidden ? " (hidden)" : "");
    }
}
