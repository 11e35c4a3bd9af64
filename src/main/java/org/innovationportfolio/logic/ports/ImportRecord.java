package org.innovationportfolio.logic.ports;

import java.time.Instant;
import java.util.UUID;

/**
 * One applied import, kept so that it can be undone.
 *
 * @param backupFile the backup taken just before the import, which "Undo last import" restores
 */
public record ImportRecord(UUID id, UUID packId, String sender, String senderCouncil, Instant packCreatedAt,
        Instant importedAt, String backupFile, int projectsAdded, int projectsUpdated, int projectsCopied,
        int projectsKept) {
}
