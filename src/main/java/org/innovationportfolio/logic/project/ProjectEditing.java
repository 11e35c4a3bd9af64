package org.innovationportfolio.logic.project;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.logic.ProjectConflictException;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.VersionedProject;
import org.innovationportfolio.model.ChangeEntry;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.StageChange;

/** Opens one project for editing and saves it back whole, in one transaction, stamped with the time of saving. */
public final class ProjectEditing {

    private final Store store;
    private final Clock clock;

    public ProjectEditing(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The project with the title of the innovation it adopts, and its attached documents. */
    public OpenedProject open(UUID projectId) {
        return store.read(repositories -> {
            VersionedProject read = repositories.projects().findVersioned(projectId).orElseThrow(() ->
                    new RefusedException("This project is no longer in the portfolio: it may have been deleted."));
            Project project = read.project();
            Optional<Innovation> innovation = project.innovationId() == null ? Optional.empty()
                    : repositories.catalogue().find(project.innovationId());
            return new OpenedProject(project, innovation.map(Innovation::title).orElse(null),
                    repositories.documents().findByProject(projectId), read.version(),
                    repositories.projects().history(projectId));
        });
    }

    /** Who changed what in the project, newest first. */
    public List<ChangeEntry> history(UUID projectId) {
        return store.read(repositories -> repositories.projects().history(projectId));
    }

    /** Why this user may only read projects (a team portfolio's viewer), in words; empty when they may edit. */
    public Optional<String> readOnlyReason() {
        return store.readOnlyReason();
    }

    /**
     * Saves the project whole in one write, with its last-modified time set to now; returns what was saved.
     * The stage history is the stored one, whatever {@code project} carries, with a change dated today
     * added when the stage differs from the stored project's.
     */
    public Project save(Project project) {
        return write(project, null).project();
    }

    /**
     * Saves the project as {@link #save(Project)} does, if nobody else saved it after {@code expectedVersion}
     * (the version it was opened at, or the stored one the user chose to save over); returns what was saved, with
     * its new version.
     *
     * @throws ProjectConflictException when someone else saved or deleted the project since; nothing was saved
     */
    public VersionedProject save(Project project, long expectedVersion) {
        return write(project, expectedVersion);
    }

    private VersionedProject write(Project project, Long expectedVersion) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        return store.write(repositories -> {
            Optional<VersionedProject> read = repositories.projects().findVersioned(project.id());
            Optional<Project> stored = read.map(VersionedProject::project);
            List<StageChange> history = stored.map(Project::stageHistory).orElse(project.stageHistory());
            Project saved = stamped(project, history, now);
            if (stored.isPresent() && stored.get().stage() != project.stage()) {
                saved = saved.withStage(stored.get().stage(), now).movedTo(project.stage(), today, now);
            }
            // Without a version of the caller's, over what was stored when this transaction read it.
            long from = expectedVersion != null ? expectedVersion : read.map(VersionedProject::version).orElse(0L);
            return new VersionedProject(saved, repositories.projects().save(saved, from));
        });
    }

    /** The same project with a new last-modified time and the given stage history. */
    static Project stamped(Project p, List<StageChange> stageHistory, Instant now) {
        return new Project(p.id(), p.title(), p.innovationId(), p.stage(), p.leadOfficer(), p.sponsor(),
                p.governanceBoard(), p.startDate(), p.endDate(), p.targetCohort(), p.objectives(), p.tags(),
                p.partners(), p.statusHistory(), stageHistory, p.milestones(), p.funding(), p.outcomes(), p.risks(),
                p.notes(), p.provenance(), p.created(), now, p.decisionSought());
    }
}
