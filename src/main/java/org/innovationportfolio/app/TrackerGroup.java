package org.innovationportfolio.app;

import picocli.CommandLine.Command;

/** {@code tracker}: the officer's spreadsheet tracker, in and out. */
@Command(name = "tracker", description = "Spreadsheet trackers: export the portfolio as an Excel workbook, import an "
        + "officer's tracker (.xlsx, .xls or .csv), and undo the last import.")
final class TrackerGroup {
}
