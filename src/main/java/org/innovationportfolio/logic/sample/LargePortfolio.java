package org.innovationportfolio.logic.sample;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.StatusUpdate;

/**
 * A portfolio of any size made from the sample by cloning its projects with new, repeatable ids and numbered
 * titles: the same input every run, for benchmarks and load tests.
 */
public final class LargePortfolio {

    private LargePortfolio() {
    }

    /** {@code size} projects: the sample's, then numbered copies of them, each with its own ids. */
    public static List<Project> of(int size, LocalDate today) {
        List<Project> sample = SamplePortfolio.read(today).projects();
        List<Project> projects = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Project original = sample.get(i % sample.size());
            int copy = i / sample.size();
            projects.add(copy == 0 ? original : clone(original, copy));
        }
        return projects;
    }

    private static Project clone(Project p, int copy) {
        String salt = "copy-" + copy + "-";
        return new Project(id(salt, p.id()), p.title() + " (" + (copy + 1) + ")", p.innovationId(), p.stage(), p.leadOfficer(),
                p.sponsor(), p.governanceBoard(), p.startDate(), p.endDate(), p.targetCohort(), p.objectives(), p.tags(),
                p.partners().stream().map(x -> new Partner(id(salt, x.id()), x.organisation(), x.role(), x.lastModified())).toList(),
                p.statusHistory().stream().map(x -> new StatusUpdate(id(salt, x.id()), x.date(), x.rag(), x.commentary(),
                        x.author(), x.lastModified())).toList(),
                p.milestones().stream().map(x -> new Milestone(id(salt, x.id()), x.title(), x.baseline(), x.forecast(),
                        x.completed(), x.status(), x.owner(), x.lastModified())).toList(),
                p.funding().stream().map(x -> new FundingLine(id(salt, x.id()), x.source(), x.type(), x.year(), x.awarded(),
                        x.spent(), x.forecast(), x.status(), x.reference(), x.conditions(), x.lastModified())).toList(),
                p.outcomes().stream().map(x -> new OutcomeMeasure(id(salt, x.id()), x.name(), x.unit(), x.direction(),
                        x.baseline(), x.baselineDate(), x.target(), x.targetDate(),
                        x.actuals().stream().map(a -> new OutcomeActual(id(salt, a.id()), a.date(), a.value(), a.note(),
                                a.lastModified())).toList(), x.lastModified())).toList(),
                p.risks().stream().map(x -> new Risk(id(salt, x.id()), x.description(), x.likelihood(), x.impact(), x.owner(),
                        x.mitigation(), x.status(), x.lastModified())).toList(),
                p.notes().stream().map(x -> new Note(id(salt, x.id()), x.date(), x.kind(), x.text(), x.author(), x.privateNote(),
                        x.lastModified())).toList(),
                p.provenance(), p.created(), p.lastModified());
    }

    private static UUID id(String salt, UUID original) {
        return UUID.nameUUIDFromBytes((salt + original).getBytes(StandardCharsets.UTF_8));
    }
}
