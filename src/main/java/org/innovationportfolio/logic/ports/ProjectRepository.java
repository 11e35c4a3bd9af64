package org.innovationportfolio.logic.ports;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.logic.VersionedProject;
import org.innovationportfolio.model.ChangeEntry;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectSummary;

/** The portfolio's projects, each loaded and saved whole with its milestones, funding and the rest. */
public interface ProjectRepository {

    /** Every project, whole, ordered by title. */
    List<Project> findAll();

    /**
     * Every project as {@link #findAll} gives it, in the same order, summarised: only what the portfolio
     * list and its search show (the project's own headline fields, tags, partners, status updates, milestones
     * and funding lines). The store does not read risks, notes, outcome measures or the stage history, which
     * makes the portfolio's first read at start-up much cheaper. A summary is not a {@link Project}, so it
     * cannot be saved: read the project with {@link #find} before changing it.
     */
    List<ProjectSummary> findAllForListing();

    Optional<Project> find(UUID id);

    /**
     * The project with the version it was stored at, read together: what an editor keeps to save it back with
     * {@link #save(Project, long)}.
     */
    Optional<VersionedProject> findVersioned(UUID id);

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

    /**
     * Inserts or replaces the project and all its child records, moving its version on by one. When this
     * transaction read the project ({@link #find}, {@link #findAll}, {@link #findByIds}), the save is made from
     * that read: it is refused with a {@link ProjectConflictException} if someone else saved the project since.
     * A project this transaction did not read (a new one, one put back after a delete) is saved as it is.
     */
    void save(Project project);

    /**
     * Saves the project as {@link #save(Project)} does if its stored version is still {@code expectedVersion}
     * (0: the project must not be stored yet), checking and moving the version on in one statement that locks
     * only this project's row; returns the new version.
     *
     * @throws ProjectConflictException when someone else saved or deleted the project after that version;
     *         nothing is written, and the exception carries the project as stored now
     */
    long save(Project project, long expectedVersion);

    /**
     * Saves many projects at once (an import), as {@link #save} would one by one; stores may do it
     * faster for projects that are new.
     */
    default void saveAll(List<Project> projects) {
        projects.forEach(this::save);
    }

    /**
     * When each of these projects' own details (title, stage, lead officer, dates, tags… the fields a pack
     * exchanges) last changed, and that time as it was at the last exchange of them; ids with no project are
     * skipped. A save sets the first only when one of those fields changes: saving a child record (a milestone,
     * a risk) moves the project's last-modified time but not this.
     */
    Map<UUID, DetailsVersion> detailsVersions(Collection<UUID> ids);

    /**
     * Notes that the project's details, at {@code detailsModified}, were exchanged in a pack (sent, or found
     * equal to an imported pack's); null forgets any such note.
     */
    void markDetailsExchanged(UUID id, Instant detailsModified);

    /**
     * @param modified the last-modified time of the save that last changed a detail
     * @param exchanged {@code modified} as it was at the last exchange of the details; null when not known
     */
    record DetailsVersion(Instant modified, Instant exchanged) {
    }

    /** Deletes the project and its child records; false if there was none. */
    boolean delete(UUID id);

    int count();

    /**
     * Who changed what in this project and its records, newest first: every save, import and deletion that
     * changed something wrote its lines in its own transaction. Lines outlive a deleted project.
     */
    List<ChangeEntry> history(UUID projectId);
}
