package org.innovationportfolio.logic.packs;

import java.util.ArrayList;
import java.util.List;

/**
 * What a pack holds and what stays behind, as the officer sees it before (and after) writing it.
 *
 * @param titles the projects' titles, in the order they are written
 * @param privateNotesWithheld private notes kept back (always)
 * @param fundingLinesWithheld funding lines kept back by choice
 * @param risksWithheld risks kept back by choice
 */
public record ExportSummary(List<String> titles, int milestones, int fundingLines, int outcomes, int actuals,
        int risks, int notes, int statusUpdates, int partners, int documents, int privateNotesWithheld,
        int fundingLinesWithheld, int risksWithheld) {

    public ExportSummary {
        titles = List.copyOf(titles);
    }

    public int projects() {
        return titles.size();
    }

    /** Plain sentences: what will leave, then what will not. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(count(projects(), "project") + ", with " + count(milestones, "milestone") + ", "
                + count(fundingLines, "funding line") + ", " + count(outcomes, "outcome measure") + " ("
                + count(actuals, "actual") + "), " + count(risks, "risk") + ", " + count(notes, "shared note") + " and "
                + count(statusUpdates, "status update") + ".");
        lines.add(withheld(privateNotesWithheld, "private note") + " (private notes never leave this computer).");
        if (fundingLinesWithheld > 0) {
            lines.add(withheld(fundingLinesWithheld, "funding line") + ", as you chose.");
        }
        if (risksWithheld > 0) {
            lines.add(withheld(risksWithheld, "risk") + ", as you chose.");
        }
        return lines;
    }

    private static String withheld(int n, String what) {
        return count(n, what) + (n == 1 ? " is" : " are") + " withheld";
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
