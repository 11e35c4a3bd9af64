package org.innovationportfolio.logic.packs;

import java.nio.file.Path;

/**
 * What an applied import did.
 *
 * @param backup the backup taken just before, or null when nothing needed changing
 */
public record ImportResult(int added, int updated, int copied, int kept, Path backup) {

    public boolean changedAnything() {
        return added + updated + copied > 0;
    }

    /** One plain sentence. */
    public String summary() {
        if (!changedAnything()) {
            return "Nothing was changed: the portfolio already has everything in the pack that you chose to take.";
        }
        return "Imported: " + ExportSummary.count(added, "new project") + ", " + ExportSummary.count(updated,
                "project") + " updated, " + ExportSummary.count(copied, "copy") .replace("copys", "copies")
                + " kept beside yours, " + kept + " left as they were. A backup was taken first (" + backup
                + "): \"Undo last import\" puts everything back.";
    }
}
