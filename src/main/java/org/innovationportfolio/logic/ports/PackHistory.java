package org.innovationportfolio.logic.ports;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the portfolio remembers about packs: each record's version as last imported, and each import made. */
public interface PackHistory {

    /** The base version (their last-modified time when last imported) of every record that has one, by record id. */
    Map<UUID, Instant> bases();

    /** The base versions kept for the records of these projects only, by record id. */
    Map<UUID, Instant> bases(Collection<UUID> projectIds);

    /** Replaces the base versions kept for each project's records: project id to (record id to base version). */
    void saveBases(Map<UUID, Map<UUID, Instant>> basesByProject);

    void recordImport(ImportRecord record);

    /** The most recent import, if any. */
    Optional<ImportRecord> lastImport();

    /** True when a pack with this id has been imported before. */
    boolean imported(UUID packId);
}
