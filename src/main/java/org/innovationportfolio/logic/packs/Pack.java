package org.innovationportfolio.logic.packs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovationportfolio.model.Project;

/**
 * A pack file read and checked whole: who sent it, what they kept back, and its projects as model
 * records (provenance says which pack they came from).
 *
 * @param innovations the catalogue entry each adopting project names, by project id
 * @param documents the attached documents the projects list, checked against their entries
 */
public record Pack(UUID packId, String formatVersion, String appVersion, Instant createdAt, String senderName,
        String senderCouncil, int privateNotesWithheld, boolean fundingWithheld, boolean risksWithheld,
        List<Project> projects, Map<UUID, CatalogueLink> innovations, List<PackDocument> documents) {

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

    /** An attached document a project lists; its bytes are the entry {@code documents/<sha256>}. */
    public record PackDocument(UUID projectId, UUID id, String fileName, String mediaType, long size, String sha256) {
    }
}
