package org.innovationportfolio.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StatusUpdate;

/** Small, made-up projects for window tests, saved through the real store. */
final class TestProjects {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private TestProjects() {
    }

    /** A project with a RAG, a milestone due on {@code due} and {@code pounds} awarded in the year of {@code due}. */
    static Project project(String title, Stage stage, Rag rag, String lead, String milestone, LocalDate due,
            long pounds) {
        return new Project(UUID.randomUUID(), title, null, stage, lead, "Director of Children's Services", null,
                LocalDate.of(2024, 4, 1), null, null, null, List.of(), List.of(),
                List.of(new StatusUpdate(UUID.randomUUID(), LocalDate.of(2026, 10, 1), rag, "Commentary", lead, NOW)),
                List.of(new Milestone(UUID.randomUUID(), milestone, due, null, null, MilestoneStatus.NOT_STARTED, lead,
                        NOW)),
                List.of(new FundingLine(UUID.randomUUID(), "DfE", FundingType.GRANT, FinancialYear.of(due),
                        Money.ofPounds(pounds), Money.ZERO, Money.ofPounds(pounds), FundingStatus.AWARDED, null, null,
                        NOW)),
                List.of(), List.of(), List.of(), Provenance.createdHere(NOW), NOW, NOW);
    }

    static List<Project> two() {
        return List.of(
                project("Family Safeguarding in Westfield", Stage.DELIVERING, Rag.AMBER, "Priya Shah",
                        "Second cohort starts", LocalDate.of(2027, 1, 12), 1_234_567),
                project("Staying Close pilot", Stage.MOBILISING, Rag.RED, "Tom Evans",
                        "Recruit support workers", LocalDate.of(2026, 12, 1), 250_000));
    }
}
