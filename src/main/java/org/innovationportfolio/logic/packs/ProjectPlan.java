package org.innovationportfolio.logic.packs;

import java.util.List;
import java.util.UUID;

/**
 * What importing one project of a pack would do, and the officer's choice for it.
 *
 * @param title the title in the pack
 * @param records every record of theirs that differs from mine or is new (none listed for a new project)
 * @param notes plain remarks for the preview: a catalogue entry this portfolio lacks, ids that had to change
 */
public record ProjectPlan(UUID id, String title, ProjectStatus status, Resolution resolution,
        List<RecordPlan> records, List<String> notes) {

    public ProjectPlan {
        records = List.copyOf(records);
        notes = List.copyOf(notes);
    }

    /** The choice made when the officer makes none: add what is new, take updates, keep mine in a conflict. */
    static Resolution defaultFor(ProjectStatus status) {
        return switch (status) {
            case NEW, UPDATED -> Resolution.TAKE_THEIRS;
            case UNCHANGED, CONFLICT -> Resolution.KEEP_MINE;
        };
    }

    public ProjectPlan withResolution(Resolution chosen) {
        return new ProjectPlan(id, title, status, chosen, records, notes);
    }

    public long count(RecordStatus wanted) {
        return records.stream().filter(r -> r.status() == wanted).count();
    }

    /** True when applying this choice changes the portfolio. */
    public boolean changesPortfolio() {
        return switch (resolution) {
            case KEEP_MINE -> false;
            case KEEP_BOTH -> status != ProjectStatus.UNCHANGED;
            case TAKE_THEIRS -> status == ProjectStatus.NEW || records.stream().anyMatch(r -> r.status().theirsWins());
        };
    }
}
