package org.innovationportfolio.logic.briefing;

import java.io.IOException;
import java.io.OutputStream;

/** Translates a {@link BriefingDocument} into one file format. It lays out what it is given and never computes a figure. */
public interface DocumentRenderer {

    /** The format this renderer writes. */
    BriefingFormat format();

    /**
     * Writes {@code document} to {@code out} in the given print size, reporting progress and stopping when asked.
     *
     * @throws ExportCancelledException when {@code progress} says the user cancelled
     */
    void render(BriefingDocument document, PrintSize size, OutputStream out, RenderProgress progress) throws IOException;

    /** Writes {@code document} in standard print. */
    default void render(BriefingDocument document, OutputStream out, RenderProgress progress) throws IOException {
        render(document, PrintSize.STANDARD, out, progress);
    }
}
