package org.innovationportfolio.logic.packs;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovationportfolio.model.Project;

/**
 * What an export remembers: each record it sent that has no base yet gets the version sent as its base,
 * since sending it is the last exchange of that record. Without this a project that started here came
 * back all in conflict, even when only one side had changed it (decision 0005).
 *
 * <p>A base kept from an import is never replaced: the receiver may never take what was sent, and a base
 * moved on to my version would then make their change to the older one look like theirs alone.
 */
final class SentBases {

    private final Map<UUID, Map<UUID, Instant>> sent = new LinkedHashMap<>();

    /** Notes the versions of the records sent for one project, as the pack carries them. */
    void add(Project sentProject, List<Attachment> sentDocuments) {
        sent.put(sentProject.id(), ProjectMerge.basesOf(sentProject, sentDocuments));
    }

    /** Records the bases the sent records lack, leaving every base already kept as it is. */
    void record(PackHistory history) {
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
    }
}
