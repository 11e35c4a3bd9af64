package org.innovationportfolio.logic.ports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The briefing packs produced so far, each with its snapshot of the projects. */
public interface BriefingHistoryRepository {

    /** Records a pack and its snapshot. */
    void record(PackRecord pack);

    /**
     * The pack to compare with for a meeting: the last one produced for an earlier meeting of this board, or
     * else for an earlier meeting of any board. Packs re-made for the same meeting are not compared with.
     */
    Optional<PackRecord> latestBefore(String board, LocalDate meetingDate);

    /** Every pack, newest first, without snapshots' milestones trimmed. */
    List<PackRecord> findAll();
}
