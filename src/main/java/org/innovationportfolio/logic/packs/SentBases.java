package org.innovationportfolio.logic.packs;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovationportfolio.logic.ports.PackHistory;
import org.innovationportfolio.logic.ports.ProjectRepository;
import org.innovationportfolio.logic.ports.ProjectRepository.DetailsVersion;
import org.innovationportfolio.model.Project;

/**
 * What an export remembers: each record it sent that has no base yet gets the version sent as its base,
 * since sending it is the last exchange of that record. Without this a project that started here came
 * back all in conflict, even when only one side had changed it (decision 0005).
 *
 * <p>A base kept from an import is never replaced: the receiver may never take what was sent, and a base
 * moved on to my version would then make their change to the older one look like theirs alone.
 *
 * <p>A project's details are sent at its last-modified time, which saving any child record moves; when their
 * base is first recorded, the time the details themselves last changed is noted as exchanged too, so that a
 * milestone saved here after the export is not taken for a change of my details.
 */
final class SentBases {

    private final Map<UUID, Map<UUID, Instant>> sent = new LinkedHashMap<>();
    private final Map<UUID, DetailsVersion> details = new HashMap<>();

    /**
     * Notes the versions of the records sent for one project, as the pack carries them.
     *
     * @param sentDetails when the project's details last changed, read with the project sent; null if unknown
     */
    void add(Project sentProject, DetailsVersion sentDetails, List<Attachment> sentDocuments) {
        sent.put(sentProject.id(), ProjectMerge.basesOf(sentProject, sentDocuments));
        if (sentDetails != null) {
            details.put(sentProject.id(), sentDetails);
        }
    }

    /**
     * Records the bases the sent records lack, leaving every base already kept as it is, and notes the
     * details as exchanged where their base is new and they have not changed since they were read.
     */
    void record(PackHistory history, ProjectRepository projects) {
        Map<UUID, Instant> known = history.bases(sent.keySet());
        Map<UUID, Map<UUID, Instant>> changed = new HashMap<>();
        sent.forEach((projectId, versions) -> {
            if (!known.keySet().containsAll(versions.keySet())) {
                Map<UUID, Instant> bases = new HashMap<>(versions);
                bases.putAll(history.bases(List.of(projectId)));
                changed.put(projectId, bases);
            }
        });
        history.saveBases(changed);
        List<UUID> newDetailsBases = sent.keySet().stream()
                .filter(id -> !known.containsKey(id) && details.containsKey(id)).toList();
        Map<UUID, DetailsVersion> now = projects.detailsVersions(newDetailsBases);
        for (UUID id : newDetailsBases) {
            Instant sentAt = details.get(id).modified();
            if (now.containsKey(id) && now.get(id).modified().equals(sentAt)) {
                projects.markDetailsExchanged(id, sentAt);
            }
        }
    }
}
