package org.innovationportfolio.logic.tracker;

import java.util.List;
import java.util.Optional;

/**
 * A tracker file as read: its sheets, in order.
 *
 * @param name the file's name, for messages
 * @param sheets the sheets
 */
public record SpreadsheetFile(String name, List<SheetTable> sheets) {

    public SpreadsheetFile {
        sheets = List.copyOf(sheets);
    }

    public Optional<SheetTable> sheet(String sheetName) {
        return sheets.stream().filter(s -> s.name().equalsIgnoreCase(sheetName.strip())).findFirst();
    }
}
