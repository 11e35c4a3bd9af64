package org.innovationportfolio.logic.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.ports.PackRecord;
import org.innovationportfolio.logic.ports.ProjectSnapshot.MilestoneSnapshot;
import org.innovationportfolio.logic.ports.ProjectSnapshot;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.junit.jupiter.api.Test;

/** What changed since the last pack: milestones that became overdue, new and closed projects, every stage move counted. */
class ChangesBetweenPacksTest {

    static final LocalDate LAST_PACK = LocalDate.of(2026, 11, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final Instant AT = Instant.parse("2026-12-03T09:00:00Z");

    private static MilestoneSnapshot milestone(UUID id, String title, LocalDate due, boolean done) {
        return new MilestoneSnapshot(id, title, due, done);
    }

    @Test
    void aMilestonePastItsDateSinceTheLastPackIsNowOverdueAndOneOverdueThenIsNotListedAgain() {
        UUID passed = UUID.randomUUID();
        UUID already = UUID.randomUUID();
        UUID done = UUID.randomUUID();
        UUID added = UUID.randomUUID();
        ProjectSnapshot before = new ProjectSnapshot(UUID.randomUUID(), "Pause", Stage.DELIVERING, Rag.GREEN, List.of(
                milestone(passed, "Needs analysis", LocalDate.of(2026, 11, 20), false),
                milestone(already, "Cohort starts", LocalDate.of(2026, 10, 1), false),
                milestone(done, "Report", LocalDate.of(2026, 11, 10), false)));
        ProjectSnapshot now = new ProjectSnapshot(before.projectId(), "Pause", Stage.DELIVERING, Rag.GREEN, List.of(
                milestone(passed, "Needs analysis", LocalDate.of(2026, 11, 20), false),
                milestone(already, "Cohort starts", LocalDate.of(2026, 10, 1), false),
                milestone(done, "Report", LocalDate.of(2026, 11, 10), true),
                milestone(added, "Board paper", LocalDate.of(2026, 12, 1), false)));

        List<Change> changes = ChangesSinceLastPack.between(List.of(before), LAST_PACK, List.of(now), TODAY);

        assertThat(changes).filteredOn(c -> c.kind() == Change.Kind.MILESTONE_OVERDUE).extracting(Change::description)
                .containsExactly("Board paper: due 1 Dec 2026, 2 days overdue.",
                        "Needs analysis: due 20 Nov 2026, 13 days overdue.");
        assertThat(changes).filteredOn(c -> c.kind() == Change.Kind.MILESTONE_COMPLETED).extracting(Change::description)
                .containsExactly("Report.");
    }

    @Test
    void theSummaryCountsEveryStageMoveIncludingIntoClosedAndStoppedAndNewAndClosedProjects() {
        Project moved = project("Kinship Connect", Stage.DELIVERING);
        Project closed = project("Positive Choices", Stage.CLOSED);
        Project stopped = project("Family Time app", Stage.STOPPED);
        Project fresh = project("Lifelong Links", Stage.EXPLORING);
        Project slipping = project("No Wrong Door", Stage.DELIVERING).withMilestones(List.of(new Milestone(UUID.randomUUID(),
                "Interim report", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 25), null, MilestoneStatus.IN_PROGRESS,
                null, AT)), AT);
        List<ProjectSnapshot> before = List.of(snapshot(moved, Stage.MOBILISING), snapshot(closed, Stage.EMBEDDING),
                snapshot(stopped, Stage.DELIVERING), new ProjectSnapshot(slipping.id(), slipping.title(), Stage.DELIVERING,
                        null, List.of(milestone(slipping.milestones().get(0).id(), "Interim report",
                                LocalDate.of(2026, 11, 25), false))));
        PackRecord previous = new PackRecord(UUID.randomUUID(), LAST_PACK.atTime(10, 0).toInstant(ZoneOffset.UTC),
                "Improvement Board", LAST_PACK, Marking.OFFICIAL, before);
        BriefingRequest request = new BriefingRequest("Improvement Board", TODAY, null, Marking.OFFICIAL, List.of(),
                Set.of(BriefingSection.EXECUTIVE_SUMMARY, BriefingSection.CHANGES));

        BriefingDocument document = BriefingPackBuilder.build(request, new BriefingInputs("Northbrook",
                List.of(moved, closed, stopped, fresh, slipping), Map.of(), Optional.of(previous), TODAY, AT));

        List<String> bullets = document.blocks().stream().filter(b -> b instanceof Block.Bullets)
                .flatMap(b -> ((Block.Bullets) b).items().stream()).toList();
        assertThat(bullets).contains("Since the last pack (2 Nov 2026): 0 RAG movements (0 improved, 0 worsened), "
                + "3 stage moves, 1 new project, 2 projects closed, stopped or removed; 0 milestones completed, 0 slipped "
                + "and 1 now overdue.");
        List<String> kinds = document.blocks().stream().filter(b -> b instanceof Block.Table t
                && t.caption().startsWith("Changes since")).flatMap(b -> ((Block.Table) b).rows().stream())
                .map(row -> row.get(0).text() + " / " + row.get(1).text()).toList();
        assertThat(kinds).containsExactly("Lifelong Links / New to the pack",
                "Family Time app / Closed, stopped or removed", "Positive Choices / Closed, stopped or removed",
                "Kinship Connect / Stage moved", "No Wrong Door / Milestone now overdue");
    }

    private static Project project(String title, Stage stage) {
        Project project = Project.create(title, null, AT);
        return stage == Stage.EXPLORING ? project : project.withStage(stage, AT);
    }

    private static ProjectSnapshot snapshot(Project project, Stage stage) {
        return new ProjectSnapshot(project.id(), project.title(), stage, null, List.of());
    }
}
