package org.innovationportfolio.logic.briefing;

import java.util.List;
import java.util.Optional;

/** The briefing packs produced so far, each with its snapshot of the projects. */
public interface BriefingHistoryRepository {

    /** Records a pack and its snapshot. */
    void record(PackRecord pack);

    /** The most recent pack for this board (by production time), or else the most recent pack of any board. */
    Optional<PackRecord> latestFor(String board);

    /** Every pack, newest first, without snapshots' milestones trimmed. */
    List<PackRecord> findAll();
}
