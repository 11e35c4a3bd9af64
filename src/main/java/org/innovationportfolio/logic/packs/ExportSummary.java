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
        List<String> parts = new ArrayList<>();
        parts.add(count(milestones, "milestone"));
        if (fundingLines > 0 || fundingLinesWithheld == 0) {
            parts.add(count(fundingLines, "funding line"));
        }
        parts.add(count(outcomes, "outcome measure") + " (" + count(actuals, "actual") + ")");
        if (risks > 0 || risksWithheld == 0) {
            parts.add(count(risks, "risk"));
        }
        parts.add(count(notes, "shared note"));
        parts.add(count(statusUpdates, "status update"));
        // Withheld kinds are left out of this sentence: "0 funding lines" would read as if there were none.
        lines.add(count(projects(), "project") + ", with " + String.join(", ", parts.subList(0, parts.size() - 1))
                + " and " + parts.get(parts.size() - 1) + ".");
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
