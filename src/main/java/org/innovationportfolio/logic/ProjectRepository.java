package org.innovationportfolio.logic;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.model.Project;

/** The portfolio's projects, each loaded and saved whole with its milestones, funding and the rest. */
public interface ProjectRepository {

    /** Every project, whole, ordered by title. */
    List<Project> findAll();

    Optional<Project> find(UUID id);

    /** Inserts or replaces the project and all its child records. */
    void save(Project project);

    /**
     * Saves many projects at once (an import), as {@link #save} would one by one; stores may do it
     * faster for projects that are new.
     */
    default void saveAll(List<Project> projects) {
        projects.forEach(this::save);
    }

    /** Deletes the project and its child records; false if there was none. */
    boolean delete(UUID id);

    int count();
}
