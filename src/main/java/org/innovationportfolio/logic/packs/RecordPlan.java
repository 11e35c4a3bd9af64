package org.innovationportfolio.logic.packs;

import java.util.UUID;

/**
 * One record of a pack's project and how it compares with mine.
 *
 * @param kind what it is: "Project details", "Milestone", "Funding line"…
 * @param label how people know it: the milestone's title, the funder and year…
 */
public record RecordPlan(String kind, UUID id, String label, RecordStatus status) {
}
