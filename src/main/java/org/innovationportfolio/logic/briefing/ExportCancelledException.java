package org.innovationportfolio.logic.briefing;

import org.innovationportfolio.logic.RefusedException;

/** The user cancelled an export; no file was written. */
public class ExportCancelledException extends RefusedException {
    private static final long serialVersionUID = 1L;

    public ExportCancelledException() {
        super("The briefing pack was cancelled. No file was written.");
    }
}
