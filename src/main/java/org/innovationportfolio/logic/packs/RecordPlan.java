package org.innovationportfolio.logic.packs;

import java.util.List;
import java.util.UUID;

/**
 * One record of a pack's project and how it compares with mine.
 *
 * @param kind what it is: "Project details", "Milestone", "Funding line"…
 * @param label how people know it: the milestone's title, the funder and year…
 * @param fields the fields that differ, mine beside theirs; none for a new record
 */
public record RecordPlan(String kind, UUID id, String label, RecordStatus status, List<FieldDifference> fields) {

    public RecordPlan {
        fields = List.copyOf(fields);
    }

    /** A record with no fields to compare: a new one. */
    public RecordPlan(String kind, UUID id, String label, RecordStatus status) {
        this(kind, id, label, status, List.of());
    }
}
