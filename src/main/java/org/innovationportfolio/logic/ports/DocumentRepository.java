package org.innovationportfolio.logic.ports;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.model.ProjectDocument;

/** The records of files attached to projects; the files themselves live in the data folder. */
public interface DocumentRepository {

    /** A project's documents, oldest first. */
    List<ProjectDocument> findByProject(UUID projectId);

    /** The documents of these projects, each project's oldest first (a pack's export and import). */
    List<ProjectDocument> findByProjects(Collection<UUID> projectIds);

    Optional<ProjectDocument> find(UUID id);

    /** Inserts or replaces the record. */
    void save(ProjectDocument document);

    /** Deletes the record; false if there was none. */
    boolean delete(UUID id);
}
