package org.innovationportfolio.logic.packs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovationportfolio.logic.project.DocumentType;
import org.innovationportfolio.model.Project;

/**
 * A pack file read and checked whole: who sent it, what they kept back, and its projects as model
 * records (provenance says which pack they came from).
 *
 * @param innovations the catalogue entry each adopting project names, by project id
 * @param documents the attached documents the projects list, checked against their entries
 * @param file the pack file it was read from; an import copies the documents' bytes from it, checking
 *     them again as it does
 */
public record Pack(UUID packId, String formatVersion, String appVersion, Instant createdAt, String senderName,
        String senderCouncil, int privateNotesWithheld, boolean fundingWithheld, boolean risksWithheld,
        List<Project> projects, Map<UUID, CatalogueLink> innovations, List<PackDocument> documents, Path file) {

    public Pack {
        projects = List.copyOf(projects);
        innovations = Map.copyOf(innovations);
        documents = List.copyOf(documents);
    }

    /** "Sam Patel, Anyshire County Council", or just the name. */
    public String from() {
        return senderCouncil == null ? senderName : senderName + ", " + senderCouncil;
    }

    /** The catalogue entry a project adopts as the sender's catalogue named it; key and title may be null. */
    public record CatalogueLink(UUID id, String key, String title) {
    }

    /** The documents attached to one project, in the pack's order. */
    public List<PackDocument> documentsOf(UUID projectId) {
        return documents.stream().filter(d -> d.projectId().equals(projectId)).toList();
    }

    /** The documents' total size in bytes. */
    public long documentBytes() {
        return documents.stream().mapToLong(PackDocument::size).sum();
    }

    /**
     * An attached document a project lists; its bytes are the entry {@code documents/<sha256>}.
     *
     * @param fileName the name people know it by: a checked label, never a path
     * @param type what its content was found to be (what the pack says its media type is goes unused)
     */
    public record PackDocument(UUID projectId, UUID id, String fileName, DocumentType type, long size, String sha256,
            Instant lastModified) {
    }
}
