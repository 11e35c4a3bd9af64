package org.innovationportfolio.logic.packs;

import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.innovationportfolio.logic.packs.Pack.PackDocument;
import org.innovationportfolio.model.ProjectDocument;

/**
 * An attached document as a pack compares it: what both sides can know about it. Where the copy is
 * kept here, and when it arrived, are not compared.
 */
record Attachment(UUID id, String fileName, long size, String sha256, Instant lastModified) {

    static Attachment of(ProjectDocument mine) {
        return new Attachment(mine.id(), mine.fileName(), mine.sizeBytes(), mine.sha256(), mine.lastModified());
    }

    static Attachment of(PackDocument theirs) {
        return new Attachment(theirs.id(), theirs.fileName(), theirs.size(), theirs.sha256(), theirs.lastModified());
    }

    Attachment withId(UnaryOperator<UUID> ids) {
        return new Attachment(ids.apply(id), fileName, size, sha256, lastModified);
    }

    /**
     * The record to keep here for their document in project {@code projectId}: its copy is {@code storedName},
     * or a new name made from the id and SHA-256 when null.
     */
    ProjectDocument record(UUID projectId, String storedName, Instant added) {
        return new ProjectDocument(id, projectId, fileName,
                storedName != null ? storedName : DocumentNames.storedName(id, sha256, fileName), size, sha256, added,
                lastModified);
    }
}
