package org.innovationportfolio.logic.tracker;

import java.util.List;
import java.util.Set;

/**
 * One sheet of a tracker as read: its rows (blank rows may be missing) and which columns are hidden.
 *
 * @param name the sheet's name (a CSV file has one sheet, named for the file)
 * @param hidden true when the whole sheet is hidden
 * @param rows the rows in order
 * @param hiddenColumns 0-based indexes of hidden columns
 */
public record SheetTable(String name, boolean hidden, List<SheetRow> rows, Set<Integer> hiddenColumns) {

    public SheetTable {
        rows = List.copyOf(rows);
        hiddenColumns = Set.copyOf(hiddenColumns);
    }
}
