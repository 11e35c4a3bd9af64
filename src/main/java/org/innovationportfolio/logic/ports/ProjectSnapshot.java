package org.innovationportfolio.logic.ports;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;

/** A project as a briefing pack showed it: title, stage, RAG (null when unrated) and milestones. */
public record ProjectSnapshot(UUID projectId, String title, Stage stage, Rag rag, List<MilestoneSnapshot> milestones) {

    public ProjectSnapshot {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stage, "stage");
        milestones = List.copyOf(milestones);
    }

    public static ProjectSnapshot of(Project project) {
        return new ProjectSnapshot(project.id(), project.title(), project.stage(), project.rag().orElse(null),
                project.milestones().stream().map(MilestoneSnapshot::of).toList());
    }

    /** A milestone as the pack showed it. */
    public record MilestoneSnapshot(UUID milestoneId, String title, java.time.LocalDate due, boolean done) {

        public MilestoneSnapshot {
            Objects.requireNonNull(milestoneId, "milestoneId");
            Objects.requireNonNull(title, "title");
        }

        public static MilestoneSnapshot of(Milestone milestone) {
            return new MilestoneSnapshot(milestone.id(), milestone.title(), milestone.due(), milestone.isDone());
        }
    }
}
