package org.innovationportfolio.logic.packs;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.innovationportfolio.logic.packs.Pack.PackDocument;
import org.innovationportfolio.logic.project.DocumentType;
import org.innovationportfolio.model.ProjectDocument;

/**
 * An attached document as a pack compares it: what both sides can know about it. Where the copy is
 * kept here, when it arrived, and the type its content was found to be (which follows from its bytes)
 * are not compared.
 *
 * @param type the type its content was found to be, which decides its stored name's extension
 */
record Attachment(UUID id, String fileName, long size, String sha256, Instant lastModified, DocumentType type) {

    static Attachment of(ProjectDocument mine) {
        return new Attachment(mine.id(), mine.fileName(), mine.sizeBytes(), mine.sha256(), mine.lastModified(),
                DocumentType.ofStored(mine.storedName()));
    }

    static Attachment of(PackDocument theirs) {
        return new Attachment(theirs.id(), theirs.fileName(), theirs.size(), theirs.sha256(), theirs.lastModified(),
                theirs.type());
    }

    Attachment withId(UnaryOperator<UUID> ids) {
        return new Attachment(ids.apply(id), fileName, size, sha256, lastModified, type);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment a && id.equals(a.id) && fileName.equals(a.fileName) && size == a.size
                && sha256.equals(a.sha256) && lastModified.equals(a.lastModified);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, fileName, size, sha256, lastModified);
    }

    /**
     * The record to keep here for their document in project {@code projectId}: its copy is {@code storedName},
     * or a new name made from the id and SHA-256 when null.
     */
    ProjectDocument record(UUID projectId, String storedName, Instant added) {
        return new ProjectDocument(id, projectId, fileName,
                storedName != null ? storedName : DocumentNames.storedName(id, sha256, type), size, sha256, added,
                lastModified);
    }
}
