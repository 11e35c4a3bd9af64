package org.innovationportfolio.logic.packs;

import java.util.List;
import java.util.UUID;

/**
 * What to put in a pack.
 *
 * @param projectIds the projects to send; empty for all of them
 * @param withoutFunding true to keep funding figures back
 * @param withoutRisks true to keep risks back
 * @param senderName who is sending it, shown to the colleague who imports it
 * @param senderCouncil the sender's council, or null to use the portfolio's council setting
 * @param withoutDocuments true to keep attached documents back (they go by default)
 */
public record ExportRequest(List<UUID> projectIds, boolean withoutFunding, boolean withoutRisks, String senderName,
        String senderCouncil, boolean withoutDocuments) {

    public ExportRequest {
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
    }

    /** The request with attached documents included. */
    public ExportRequest(List<UUID> projectIds, boolean withoutFunding, boolean withoutRisks, String senderName,
            String senderCouncil) {
        this(projectIds, withoutFunding, withoutRisks, senderName, senderCouncil, false);
    }

    /** Every project, with everything that may leave. */
    public static ExportRequest all(String senderName) {
        return new ExportRequest(List.of(), false, false, senderName, null, false);
    }
}
