package org.innovationportfolio.logic.briefing;

import org.innovationportfolio.logic.ports.PackRecord;

/** A briefing built and ready to render: the request, the document, and the record the pack leaves for the next one. */
public record PreparedBriefing(BriefingRequest request, BriefingDocument document, PackRecord record) {
}
