package org.innovationportfolio.logic.tracker;

import java.util.List;

/**
 * A row of a tracker as read.
 *
 * @param number the row's number as the spreadsheet shows it (1-based)
 * @param hidden true when the row is hidden in the workbook
 * @param cells the cells from column A on; a missing cell is an empty one
 */
public record SheetRow(int number, boolean hidden, List<SheetCell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in column {@code column} (0-based), an empty one when the row is shorter. */
    public SheetCell cell(int column) {
        return column < cells.size() && cells.get(column) != null ? cells.get(column)
                : SheetCell.of(SheetCell.reference(column, number), null);
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
