package org.innovationportfolio.logic.portfolio;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.StageChange;
import org.innovationportfolio.model.StatusUpdate;

/** The portfolio table's commands: add, duplicate, delete (handing back what was deleted) and restore. */
public final class PortfolioCommands {

    private final Store store;
    private final Clock clock;

    public PortfolioCommands(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Creates a blank project in Exploring called {@code title}, saved in one transaction. */
    public Project create(String title) {
        Project project = Project.create(title, null, clock.instant());
        store.writing(repositories -> repositories.projects().save(project));
        return project;
    }

    /**
     * Copies a project with everything in it under new ids, titled "Copy of …", created here now.
     *
     * @throws RefusedException when the project no longer exists
     */
    public Project duplicate(UUID projectId) {
        Instant now = clock.instant();
        return store.write(repositories -> {
            Project original = repositories.projects().find(projectId).orElseThrow(() -> gone());
            Project copy = copyOf(original, now);
            repositories.projects().save(copy);
            return copy;
        });
    }

    /**
     * Deletes a project and everything in it, and returns it whole, with its documents' records, so
     * {@link #restore} can put it back. The attached files are left in the data folder for that undo.
     *
     * @throws RefusedException when the project no longer exists
     */
    public DeletedProject delete(UUID projectId) {
        return store.write(repositories -> {
            Project project = repositories.projects().find(projectId).orElseThrow(() -> gone());
            List<ProjectDocument> documents = repositories.documents().findByProject(projectId);
            repositories.projects().delete(projectId);
            return new DeletedProject(project, documents);
        });
    }

    /** Puts a deleted project back exactly as it was, ids and times included, with its documents' records. */
    public void restore(DeletedProject deleted) {
        store.writing(repositories -> {
            repositories.projects().save(deleted.project());
            deleted.documents().forEach(repositories.documents()::save);
        });
    }

    /** A copy with new ids for the project and every record in it. */
    static Project copyOf(Project p, Instant now) {
        List<Partner> partners = p.partners().stream()
                .map(x -> new Partner(UUID.randomUUID(), x.organisation(), x.role(), now)).toList();
        List<StatusUpdate> history = p.statusHistory().stream()
                .map(x -> new StatusUpdate(UUID.randomUUID(), x.date(), x.rag(), x.commentary(), x.author(), now))
                .toList();
        List<StageChange> stages = p.stageHistory().stream()
                .map(x -> new StageChange(UUID.randomUUID(), x.from(), x.to(), x.changedOn(), now)).toList();
        List<Milestone> milestones = p.milestones().stream()
                .map(x -> new Milestone(UUID.randomUUID(), x.title(), x.baseline(), x.forecast(), x.completed(),
                        x.status(), x.owner(), now)).toList();
        List<FundingLine> funding = p.funding().stream()
                .map(x -> new FundingLine(UUID.randomUUID(), x.source(), x.type(), x.year(), x.awarded(), x.spent(),
                        x.forecast(), x.status(), x.reference(), x.conditions(), now)).toList();
        List<OutcomeMeasure> outcomes = p.outcomes().stream()
                .map(x -> new OutcomeMeasure(UUID.randomUUID(), x.name(), x.unit(), x.direction(), x.baseline(),
                        x.baselineDate(), x.target(), x.targetDate(), x.actuals().stream()
                                .map(a -> new OutcomeActual(UUID.randomUUID(), a.date(), a.value(), a.note(), now))
                                .toList(), now)).toList();
        List<Risk> risks = p.risks().stream()
                .map(x -> new Risk(UUID.randomUUID(), x.description(), x.likelihood(), x.impact(), x.owner(),
                        x.mitigation(), x.status(), now)).toList();
        List<Note> notes = p.notes().stream()
                .map(x -> new Note(UUID.randomUUID(), x.date(), x.kind(), x.text(), x.author(), x.privateNote(), now))
                .toList();
        return new Project(UUID.randomUUID(), "Copy of " + p.title(), p.innovationId(), p.stage(), p.leadOfficer(),
                p.sponsor(), p.governanceBoard(), p.startDate(), p.endDate(), p.targetCohort(), p.objectives(),
                p.tags(), partners, history, stages, milestones, funding, outcomes, risks, notes,
                Provenance.createdHere(now), now, now);
    }

    private static RefusedException gone() {
        return new RefusedException("The project is no longer in the portfolio: it may have been deleted elsewhere.");
    }
}
