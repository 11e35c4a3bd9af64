package org.innovationportfolio.logic;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.model.ProjectDocument;

/** The records of files attached to projects; the files themselves live in the data folder. */
public interface DocumentRepository {

    /** A project's documents, oldest first. */
    List<ProjectDocument> findByProject(UUID projectId);

    Optional<ProjectDocument> find(UUID id);

    /** Inserts or replaces the record. */
    void save(ProjectDocument document);

    /** Deletes the record; false if there was none. */
    boolean delete(UUID id);
}
