package org.innovationportfolio.logic.packs;

import java.util.ArrayList;
import java.util.List;

/** Plain remarks about a whole pack for the preview: who sent it, what they kept back, what is not imported. */
final class PlanNotes {

    private PlanNotes() {
    }

    static List<String> about(Pack pack) {
        List<String> notes = new ArrayList<>();
        notes.add("From " + pack.from() + ", made " + pack.createdAt() + " (pack format " + pack.formatVersion()
                + ", Innovation Portfolio " + pack.appVersion() + ").");
        if (pack.fundingWithheld()) {
            notes.add("The sender withheld funding figures: your funding lines are not touched.");
        }
        if (pack.risksWithheld()) {
            notes.add("The sender withheld risks: your risks are not touched.");
        }
        if (!pack.documents().isEmpty()) {
            notes.add(ExportSummary.count(pack.documents().size(), "attached document") + " ("
                    + ExportSummary.size(pack.documentBytes()) + ") came with the pack and "
                    + (pack.documents().size() == 1 ? "was" : "were") + " checked; new and changed ones are copied "
                    + "into your data folder with the projects you take.");
        }
        notes.add("A pack never deletes anything: records only you have are kept, and private notes never travel.");
        return notes;
    }
}
