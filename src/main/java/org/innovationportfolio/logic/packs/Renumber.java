package org.innovationportfolio.logic.packs;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.StatusUpdate;

/**
 * Gives a project's records new ids (child ids are global, decision 0002). New ids are derived from
 * the old, so importing the same pack again gives the same ids rather than more copies.
 */
final class Renumber {

    private Renumber() {
    }

    /** A stable new id for {@code id}, different for each {@code purpose}. */
    static UUID derived(String purpose, UUID id) {
        return UUID.nameUUIDFromBytes(("innovation-portfolio:" + purpose + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The project with every id passed through {@code ids}, and the title and provenance given. */
    static Project project(Project p, UnaryOperator<UUID> ids, String title, Provenance provenance) {
        return new Project(ids.apply(p.id()), title, p.innovationId(), p.stage(), p.leadOfficer(), p.sponsor(),
                p.governanceBoard(), p.startDate(), p.endDate(), p.targetCohort(), p.objectives(), p.tags(),
                p.partners().stream().map(x -> new Partner(ids.apply(x.id()), x.organisation(), x.role(),
                        x.lastModified())).toList(),
                p.statusHistory().stream().map(s -> new StatusUpdate(ids.apply(s.id()), s.date(), s.rag(),
                        s.commentary(), s.author(), s.lastModified())).toList(),
                p.milestones().stream().map(m -> new Milestone(ids.apply(m.id()), m.title(), m.baseline(),
                        m.forecast(), m.completed(), m.status(), m.owner(), m.lastModified())).toList(),
                p.funding().stream().map(f -> new FundingLine(ids.apply(f.id()), f.source(), f.type(), f.year(),
                        f.awarded(), f.spent(), f.forecast(), f.status(), f.reference(), f.conditions(),
                        f.lastModified())).toList(),
                p.outcomes().stream().map(o -> new OutcomeMeasure(ids.apply(o.id()), o.name(), o.unit(),
                        o.direction(), o.baseline(), o.baselineDate(), o.target(), o.targetDate(),
                        o.actuals().stream().map(a -> new OutcomeActual(ids.apply(a.id()), a.date(), a.value(),
                                a.note(), a.lastModified())).toList(), o.lastModified())).toList(),
                p.risks().stream().map(r -> new Risk(ids.apply(r.id()), r.description(), r.likelihood(), r.impact(),
                        r.owner(), r.mitigation(), r.status(), r.lastModified())).toList(),
                p.notes().stream().map(n -> new Note(ids.apply(n.id()), n.date(), n.kind(), n.text(), n.author(),
                        n.privateNote(), n.lastModified())).toList(),
                provenance, p.created(), p.lastModified());
    }
}
