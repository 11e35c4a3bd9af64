package org.innovationportfolio.logic.tracker;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link TrackerWorkbook} as a spreadsheet file; the app wires in the one that knows the format. */
public interface TrackerWriter {

    void write(TrackerWorkbook workbook, OutputStream out) throws IOException;
}
