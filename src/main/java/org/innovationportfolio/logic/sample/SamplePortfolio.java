package org.innovationportfolio.logic.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.logic.sample.PortfolioJson.ProjectJson;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Innovation;
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
import org.innovationportfolio.model.StageChange;
import org.innovationportfolio.model.StatusUpdate;

/**
 * The fictional sample portfolio that ships with the application, read from {@code /sample-data/portfolio.json}
 * and moved forward by whole years so that it always looks current.
 *
 * @param council the fictional council's name, which says it is fictional
 * @param notice the notice that the data is invented
 * @param asOf the day the data describes ("today" in the data), after the shift
 * @param projects every project, with adopted catalogue entries resolved to their stable ids
 */
public record SamplePortfolio(String council, String notice, LocalDate asOf, List<Project> projects) {

    public static final String RESOURCE = "/sample-data/portfolio.json";
    public static final String SCHEMA = "/schema/portfolio.schema.json";

    private static final String WHAT = "the sample portfolio";

    public SamplePortfolio {
        projects = List.copyOf(projects);
    }

    /** Reads and validates the bundled sample, shifted by the full years from its own date to {@code today}. */
    public static SamplePortfolio read(LocalDate today) {
        PortfolioJson.File file = BundledJson.bind(BundledJson.readValid(RESOURCE, SCHEMA, WHAT),
                PortfolioJson.File.class, RESOURCE, WHAT);
        YearShift shift = YearShift.between(file.asOf(), today);
        try {
            return new SamplePortfolio(file.council(), file.notice(), shift.shift(file.asOf()),
                    file.projects().stream().map(p -> project(p, shift)).toList());
        } catch (IllegalArgumentException e) {
            throw new BundledDataException("The sample portfolio (" + RESOURCE + ") has a bad record: "
                    + e.getMessage() + " Reinstall Innovation Portfolio.", e);
        }
    }

    private static Project project(ProjectJson p, YearShift s) {
        UUID innovationId = p.innovationKey() == null ? null : Innovation.stableId(p.innovationKey());
        return new Project(UUID.fromString(p.id()), p.title(), innovationId, Stage.valueOf(p.stage()),
                p.leadOfficer(), p.sponsor(), p.governanceBoard(), s.shift(p.startDate()), s.shift(p.endDate()),
                p.targetCohort(), p.objectives(), p.tags(),
                p.partners().stream().map(x -> new Partner(UUID.fromString(x.id()), x.organisation(), x.role(),
                        s.shift(x.lastModified()))).toList(),
                p.statusHistory().stream().map(x -> new StatusUpdate(UUID.fromString(x.id()), s.shift(x.date()),
                        Rag.valueOf(x.rag()), x.commentary(), x.author(), s.shift(x.lastModified()))).toList(),
                p.stageHistory().stream().map(x -> new StageChange(UUID.fromString(x.id()), Stage.valueOf(x.from()),
                        Stage.valueOf(x.to()), s.shift(x.changedOn()), s.shift(x.lastModified()))).toList(),
                p.milestones().stream().map(x -> new Milestone(UUID.fromString(x.id()), x.title(),
                        s.shift(x.baseline()), s.shift(x.forecast()), s.shift(x.completed()),
                        MilestoneStatus.valueOf(x.status()), x.owner(), s.shift(x.lastModified()))).toList(),
                p.funding().stream().map(x -> new FundingLine(UUID.fromString(x.id()), x.source(),
                        FundingType.valueOf(x.type()), s.shift(FinancialYear.parse(x.financialYear())),
                        Money.ofPence(x.awarded()), Money.ofPence(x.spent()), Money.ofPence(x.forecast()),
                        FundingStatus.valueOf(x.status()), x.reference(), x.conditions(),
                        s.shift(x.lastModified()))).toList(),
                p.outcomes().stream().map(x -> new OutcomeMeasure(UUID.fromString(x.id()), x.name(), x.unit(),
                        OutcomeDirection.valueOf(x.direction()), x.baseline(), s.shift(x.baselineDate()), x.target(),
                        s.shift(x.targetDate()),
                        x.actuals().stream().map(a -> new OutcomeActual(UUID.fromString(a.id()), s.shift(a.date()),
                                a.value(), a.note(), s.shift(a.lastModified()))).toList(),
                        s.shift(x.lastModified()))).toList(),
                p.risks().stream().map(x -> new Risk(UUID.fromString(x.id()), x.description(), x.likelihood(),
                        x.impact(), x.owner(), x.mitigation(), RiskStatus.valueOf(x.status()),
                        s.shift(x.lastModified()))).toList(),
                p.notes().stream().map(x -> new Note(UUID.fromString(x.id()), s.shift(x.date()),
                        NoteKind.valueOf(x.kind()), x.text(), x.author(), x.privateNote(),
                        s.shift(x.lastModified()))).toList(),
                Provenance.createdHere(s.shift(p.created())), s.shift(p.created()), s.shift(p.lastModified()));
    }
}
