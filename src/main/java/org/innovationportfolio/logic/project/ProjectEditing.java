package org.innovationportfolio.logic.project;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.Store;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Project;

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
            Project project = repositories.projects().find(projectId).orElseThrow(() -> new RefusedException(
                    "This project is no longer in the portfolio: it may have been deleted."));
            Optional<Innovation> innovation = project.innovationId() == null ? Optional.empty()
                    : repositories.catalogue().find(project.innovationId());
            return new OpenedProject(project, innovation.map(Innovation::title).orElse(null),
                    repositories.documents().findByProject(projectId));
        });
    }

    /** Saves the project whole in one write, with its last-modified time set to now; returns what was saved. */
    public Project save(Project project) {
        Project stamped = stamped(project, clock.instant());
        store.writing(repositories -> repositories.projects().save(stamped));
        return stamped;
    }

    /** The same project with a new last-modified time. */
    static Project stamped(Project p, java.time.Instant now) {
        return new Project(p.id(), p.title(), p.innovationId(), p.stage(), p.leadOfficer(), p.sponsor(),
                p.governanceBoard(), p.startDate(), p.endDate(), p.targetCohort(), p.objectives(), p.tags(),
                p.partners(), p.statusHistory(), p.milestones(), p.funding(), p.outcomes(), p.risks(), p.notes(),
                p.provenance(), p.created(), now);
    }
}
