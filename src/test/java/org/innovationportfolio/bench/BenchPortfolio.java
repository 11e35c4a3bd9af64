package org.innovationportfolio.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
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
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.RiskStatus;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StatusUpdate;

/**
 * The benchmark's portfolio: projects each with 10 milestones, 6 funding lines, 4 outcomes with 4
 * actuals, 5 risks, 5 notes (one private) and 8 status updates, made the same way every run.
 */
final class BenchPortfolio {

    private BenchPortfolio() {
    }

    static List<Project> projects(int count) {
        Random random = new Random(42);
        Instant t = Instant.parse("2025-01-01T00:00:00.123456789Z");
        List<Project> projects = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            List<Milestone> milestones = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                LocalDate baseline = LocalDate.of(2024, 4, 1).plusDays(random.nextInt(700));
                milestones.add(new Milestone(UUID.randomUUID(), "Milestone " + i + " of project " + p, baseline,
                        baseline.plusDays(random.nextInt(60)), null, MilestoneStatus.IN_PROGRESS, "Officer " + i,
                        t.plusSeconds(i)));
            }
            List<FundingLine> funding = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                funding.add(new FundingLine(UUID.randomUUID(), "Funder " + i, FundingType.values()[i % 4],
                        new FinancialYear(2023 + i % 3), Money.ofPence(random.nextInt(10_000_000)),
                        Money.ofPence(random.nextInt(5_000_000)), Money.ofPence(random.nextInt(9_000_000)),
                        FundingStatus.AWARDED, "REF-" + p + "-" + i, "Spend by year end.", t.plusSeconds(i)));
            }
            List<OutcomeMeasure> outcomes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                List<OutcomeActual> actuals = new ArrayList<>();
                for (int a = 0; a < 4; a++) {
                    actuals.add(new OutcomeActual(UUID.randomUUID(), LocalDate.of(2021 + a, 3, 31),
                            BigDecimal.valueOf(random.nextInt(1000), 1), null, t.plusSeconds(a)));
                }
                outcomes.add(new OutcomeMeasure(UUID.randomUUID(), "Outcome " + i, "children",
                        OutcomeDirection.HIGHER_IS_BETTER, BigDecimal.valueOf(40), LocalDate.of(2020, 3, 31),
                        BigDecimal.valueOf(60), LocalDate.of(2026, 3, 31), actuals, t.plusSeconds(i)));
            }
            List<Risk> risks = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                risks.add(new Risk(UUID.randomUUID(), "Risk " + i + " to project " + p, 1 + random.nextInt(5),
                        1 + random.nextInt(5), "Owner " + i, "Mitigation for risk " + i + ".", RiskStatus.OPEN,
                        t.plusSeconds(i)));
            }
            List<Note> notes = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                notes.add(new Note(UUID.randomUUID(), LocalDate.of(2025, 1, 1 + i), NoteKind.NOTE,
                        "Note " + i + " on project " + p + ": the board asked for an update on recruitment.",
                        "Officer", i == 4, t.plusSeconds(i)));
            }
            List<StatusUpdate> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                statuses.add(new StatusUpdate(UUID.randomUUID(), LocalDate.of(2024, 1 + i, 15),
                        Rag.values()[i % 3], "Commentary for quarter " + i + ".", "Officer", t.plusSeconds(i)));
            }
            projects.add(new Project(UUID.randomUUID(), "Project " + p, null, Stage.DELIVERING, "Lead " + p,
                    "Sponsor", "Improvement Board", LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31),
                    "Adolescents on the edge of care", "Keep children safely at home.", List.of(), List.of(),
                    statuses, milestones, funding, outcomes, risks, notes, Provenance.createdHere(t), t, t));
        }
        return projects;
    }
}
