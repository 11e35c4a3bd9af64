package org.innovationportfolio.logic;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.model.Project;

/** The portfolio's projects, each loaded and saved whole with its milestones, funding and the rest. */
public interface ProjectRepository {

    /** Every project, whole, ordered by title. */
    List<Project> findAll();

    /**
     * Every project as {@link #findAll} gives it, in the same order, but with only what the portfolio
     * list and its search show: the project's own fields, tags, partners, status updates, milestones and
     * funding lines. Risks, notes, outcome measures and the stage history come back EMPTY (the store
     * does not read them), which makes the portfolio's first read at start-up much cheaper.
     *
     * <p><b>For lists and search only. NEVER save a project read this way</b>, nor anything made from
     * one with a {@code with…} method: {@link #save} replaces a project's child records whole, so it
     * would erase the risks, notes and outcome measures this read left out. Read the project with
     * {@link #find} before changing it.
     */
    List<Project> findAllForListing();

    Optional<Project> find(UUID id);

    /**
     * The projects with these ids that exist, whole, ordered by title; ids with no project are skipped.
     * Stores load only these projects' records (a pack's dry run need not read the whole portfolio).
     */
    List<Project> findByIds(Collection<UUID> ids);

    /**
     * For each of these ids that a project or any of its records (partner, status update, milestone,
     * funding line, outcome measure or actual, risk, note, attached document) has here, the project's id.
     */
    Map<UUID, UUID> owners(Collection<UUID> ids);

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
