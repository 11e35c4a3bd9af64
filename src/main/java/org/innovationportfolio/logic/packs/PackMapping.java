package org.innovationportfolio.logic.packs;

import java.util.List;
import java.util.UUID;
import org.innovationportfolio.logic.packs.PackJson.ActualJson;
import org.innovationportfolio.logic.packs.PackJson.DocumentJson;
import org.innovationportfolio.logic.packs.PackJson.FundingJson;
import org.innovationportfolio.logic.packs.PackJson.InnovationRef;
import org.innovationportfolio.logic.packs.PackJson.MilestoneJson;
import org.innovationportfolio.logic.packs.PackJson.NoteJson;
import org.innovationportfolio.logic.packs.PackJson.OutcomeJson;
import org.innovationportfolio.logic.packs.PackJson.PartnerJson;
import org.innovationportfolio.logic.packs.PackJson.ProjectJson;
import org.innovationportfolio.logic.packs.PackJson.RiskJson;
import org.innovationportfolio.logic.packs.PackJson.StatusJson;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.NoteKind;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeDirection;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.RiskStatus;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StatusUpdate;

/** Turns a project into its pack JSON and back; private notes are dropped on the way out, always. */
final class PackMapping {

    private PackMapping() {
    }

    static ProjectJson toJson(Project p, InnovationRef innovation, boolean withFunding, boolean withRisks,
            List<DocumentJson> documents) {
        return new ProjectJson(text(p.id()), p.title(), innovation, p.stage().name(), p.leadOfficer(), p.sponsor(),
                p.governanceBoard(), p.startDate(), p.endDate(), p.targetCohort(), p.objectives(), p.tags(),
                p.partners().stream().map(x -> new PartnerJson(text(x.id()), x.organisation(), x.role(),
                        x.lastModified())).toList(),
                p.statusHistory().stream().map(s -> new StatusJson(text(s.id()), s.date(), s.rag().name(),
                        s.commentary(), s.author(), s.lastModified())).toList(),
                p.milestones().stream().map(m -> new MilestoneJson(text(m.id()), m.title(), m.baseline(),
                        m.forecast(), m.completed(), m.status().name(), m.owner(), m.lastModified())).toList(),
                withFunding ? p.funding().stream().map(PackMapping::fundingJson).toList() : List.of(),
                p.outcomes().stream().map(PackMapping::outcomeJson).toList(),
                withRisks ? p.risks().stream().map(r -> new RiskJson(text(r.id()), r.description(), r.likelihood(),
                        r.impact(), r.owner(), r.mitigation(), r.status().name(), r.lastModified())).toList() : List.of(),
                p.notes().stream().filter(n -> !n.privateNote()).map(n -> new NoteJson(text(n.id()), n.date(),
                        n.kind().name(), n.text(), n.author(), n.lastModified())).toList(),
                documents, p.created(), p.lastModified());
    }

    private static FundingJson fundingJson(FundingLine f) {
        return new FundingJson(text(f.id()), f.source(), f.type().name(), f.year().toString(), f.awarded().pence(),
                f.spent().pence(), f.forecast().pence(), f.status().name(), f.reference(), f.conditions(),
                f.lastModified());
    }

    private static OutcomeJson outcomeJson(OutcomeMeasure o) {
        return new OutcomeJson(text(o.id()), o.name(), o.unit(), o.direction().name(), o.baseline(), o.baselineDate(),
                o.target(), o.targetDate(), o.actuals().stream().map(a -> new ActualJson(text(a.id()), a.date(),
                        a.value(), a.note(), a.lastModified())).toList(), o.lastModified());
    }

    /**
     * The model project a pack entry describes, validated by the records' own rules.
     *
     * @throws org.innovationportfolio.model.InvalidValueException for a value the domain does not allow
     */
    static Project toModel(ProjectJson j, Provenance provenance) {
        return new Project(uuid(j.id()), j.title(), j.innovation() == null ? null : uuid(j.innovation().id()),
                Stage.valueOf(j.stage()), j.leadOfficer(), j.sponsor(), j.governanceBoard(), j.startDate(),
                j.endDate(), j.targetCohort(), j.objectives(), j.tags(),
                j.partners().stream().map(x -> new Partner(uuid(x.id()), x.organisation(), x.role(),
                        x.lastModified())).toList(),
                j.statusHistory().stream().map(s -> new StatusUpdate(uuid(s.id()), s.date(), Rag.valueOf(s.rag()),
                        s.commentary(), s.author(), s.lastModified())).toList(),
                j.milestones().stream().map(m -> new Milestone(uuid(m.id()), m.title(), m.baseline(), m.forecast(),
                        m.completed(), MilestoneStatus.valueOf(m.status()), m.owner(), m.lastModified())).toList(),
                j.funding().stream().map(f -> new FundingLine(uuid(f.id()), f.source(), FundingType.valueOf(f.type()),
                        FinancialYear.parse(f.financialYear()), Money.ofPence(f.awardedPence()),
                        Money.ofPence(f.spentPence()), Money.ofPence(f.forecastPence()),
                        FundingStatus.valueOf(f.status()), f.reference(), f.conditions(), f.lastModified())).toList(),
                j.outcomes().stream().map(PackMapping::outcome).toList(),
                j.risks().stream().map(r -> new Risk(uuid(r.id()), r.description(), r.likelihood(), r.impact(),
                        r.owner(), r.mitigation(), RiskStatus.valueOf(r.status()), r.lastModified())).toList(),
                j.notes().stream().map(n -> new Note(uuid(n.id()), n.date(), NoteKind.valueOf(n.kind()), n.text(),
                        n.author(), false, n.lastModified())).toList(),
                provenance, j.created(), j.lastModified());
    }

    private static OutcomeMeasure outcome(OutcomeJson o) {
        return new OutcomeMeasure(uuid(o.id()), o.name(), o.unit(), OutcomeDirection.valueOf(o.direction()),
                o.baseline(), o.baselineDate(), o.target(), o.targetDate(),
                o.actuals().stream().map(a -> new OutcomeActual(uuid(a.id()), a.date(), a.value(), a.note(),
                        a.lastModified())).toList(), o.lastModified());
    }

    static String text(UUID id) {
        return id.toString();
    }

    static UUID uuid(String text) {
        return UUID.fromString(text);
    }
}
