package org.innovationportfolio.logic.packs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a pack holds and what stays behind, as the officer sees it before (and after) writing it.
 *
 * @param titles the projects' titles, in the order they are written
 * @param documents attached documents that go with the projects
 * @param documentBytes their total size
 * @param privateNotesWithheld private notes kept back (always)
 * @param fundingLinesWithheld funding lines kept back by choice
 * @param risksWithheld risks kept back by choice
 * @param documentsWithheld attached documents kept back by choice
 * @param documentBytesWithheld their total size
 */
public record ExportSummary(List<String> titles, int milestones, int fundingLines, int outcomes, int actuals,
        int risks, int notes, int statusUpdates, int partners, int documents, long documentBytes,
        int privateNotesWithheld, int fundingLinesWithheld, int risksWithheld, int documentsWithheld,
        long documentBytesWithheld) {

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
        if (documents > 0) {
            lines.add(count(documents, "attached document") + " (" + size(documentBytes) + ") will be included.");
        }
        lines.add(withheld(privateNotesWithheld, "private note") + " (private notes never leave this computer).");
        if (fundingLinesWithheld > 0) {
            lines.add(withheld(fundingLinesWithheld, "funding line") + ", as you chose.");
        }
        if (risksWithheld > 0) {
            lines.add(withheld(risksWithheld, "risk") + ", as you chose.");
        }
        if (documentsWithheld > 0) {
            lines.add(count(documentsWithheld, "attached document") + " (" + size(documentBytesWithheld) + ")"
                    + (documentsWithheld == 1 ? " is" : " are") + " withheld, as you chose.");
        }
        return lines;
    }

    private static String withheld(int n, String what) {
        return count(n, what) + (n == 1 ? " is" : " are") + " withheld";
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** "4.2 MB", "12 KB", "512 bytes". */
    static String size(long bytes) {
        if (bytes >= 1024L * 1024) {
            return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.UK, "%.0f KB", bytes / 1024.0);
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }
}
