package org.innovationportfolio.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A project as the portfolio list and its search show it: its own headline fields, tags, partners, status updates,
 * milestones and funding lines, without its risks, notes, outcome measures or stage history. A summary is read
 * cheaply for listings and is not a {@link Project}, so it can never be saved over the whole record.
 *
 * @param statusHistory newest first, as {@link Project#statusHistory()}
 * @param milestones by due date (undated last), as {@link Project#milestones()}
 * @param funding by year then source, as {@link Project#funding()}
 */
public record ProjectSummary(UUID id, String title, UUID innovationId, Stage stage, String leadOfficer,
        String sponsor, String governanceBoard, LocalDate startDate, LocalDate endDate, List<String> tags,
        List<Partner> partners, List<StatusUpdate> statusHistory, List<Milestone> milestones,
        List<FundingLine> funding) implements ProjectHeadlines {

    public ProjectSummary {
        Checks.required(id, "A project's id");
        Checks.required(title, "The project title");
        Checks.required(stage, "The stage");
        tags = Checks.list(tags);
        partners = Checks.list(partners);
        statusHistory = Checks.list(statusHistory);
        milestones = Checks.list(milestones);
        funding = Checks.list(funding);
    }

    /** The summary of a whole (or lean) project: its lists come already in the project's order. */
    public static ProjectSummary of(Project project) {
        return new ProjectSummary(project.id(), project.title(), project.innovationId(), project.stage(),
                project.leadOfficer(), project.sponsor(), project.governanceBoard(), project.startDate(),
                project.endDate(), project.tags(), project.partners(), project.statusHistory(), project.milestones(),
                project.funding());
    }
}
