package org.innovationportfolio.logic.tracker;

import java.nio.file.Path;

/** Reads a tracker file (.xlsx, .xls or .csv); the app wires in the one that knows the formats. */
public interface SpreadsheetReader {

    /**
     * Reads every sheet's values, never running a formula or a macro.
     *
     * @throws org.innovationportfolio.logic.RefusedException saying in plain words why the file cannot be read
     */
    SpreadsheetFile read(Path file);
}
