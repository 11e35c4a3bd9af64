package org.innovationportfolio.logic.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.innovationportfolio.logic.sample.SamplePortfolio;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.Test;

/** The digest team migrate compares projects by: equal for equal content, different for any field anywhere. */
class ContentDigestTest {

    private static final List<Project> SAMPLE = SamplePortfolio.read(LocalDate.of(2026, 11, 23)).projects();

    @Test
    void theSameProjectGivesTheSameDigestAndEveryProjectItsOwn() {
        Project project = SAMPLE.get(0);
        Project copy = new Project(project.id(), project.title(), project.innovationId(), project.stage(),
                project.leadOfficer(), project.sponsor(), project.governanceBoard(), project.startDate(),
                project.endDate(), project.targetCohort(), project.objectives(), List.copyOf(project.tags()),
                project.partners(), project.statusHistory(), project.stageHistory(), project.milestones(),
                project.funding(), project.outcomes(), project.risks(), project.notes(), project.provenance(),
                project.created(), project.lastModified(), project.decisionSought());

        assertThat(ContentDigest.of(copy, List.of())).isEqualTo(ContentDigest.of(project, List.of())).hasSize(64);
        assertThat(SAMPLE.stream().map(p -> ContentDigest.of(p, List.of())).distinct()).hasSize(SAMPLE.size());
    }

    @Test
    void aChangeDeepInsideAProjectChangesItsDigest() {
        Project project = SAMPLE.stream().filter(p -> !p.milestones().isEmpty()).findFirst().orElseThrow();
        Milestone m = project.milestones().get(0);
        List<Milestone> changed = new ArrayList<>(project.milestones());
        changed.set(0, new Milestone(m.id(), m.title(), m.baseline(), m.forecast(), m.completed(), m.status(),
                m.owner() == null ? "Someone else" : m.owner() + ".", m.lastModified()));
        Project tampered = new Project(project.id(), project.title(), project.innovationId(), project.stage(),
                project.leadOfficer(), project.sponsor(), project.governanceBoard(), project.startDate(),
                project.endDate(), project.targetCohort(), project.objectives(), project.tags(), project.partners(),
                project.statusHistory(), project.stageHistory(), changed, project.funding(), project.outcomes(),
                project.risks(), project.notes(), project.provenance(), project.created(), project.lastModified(),
                project.decisionSought());

        assertThat(ContentDigest.of(tampered, List.of())).isNotEqualTo(ContentDigest.of(project, List.of()));
    }

    @Test
    void textIsDigestedUnambiguously() {
        assertThat(ContentDigest.ofValue(List.of("a,b"))).isNotEqualTo(ContentDigest.ofValue(List.of("a", "b")));
        assertThat(ContentDigest.ofValue("say \"hi\"")).isNotEqualTo(ContentDigest.ofValue("say \\\"hi\\\""));
    }
}
