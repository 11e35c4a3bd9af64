package org.innovationportfolio.logic.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.logic.ports.PackRecord;
import org.innovationportfolio.logic.ports.ProjectSnapshot;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.RagStaleness;

/**
 * What a briefing is built from, read from the portfolio in one transaction.
 *
 * @param council the council's name, or null when not set
 * @param projects the projects chosen for the pack
 * @param innovationTitles catalogue titles of the innovations the projects adopt, by id
 * @param previous the last pack recorded, to compare against
 * @param today the date the pack is as at (overdue and coming-up milestones count from here)
 * @param produced when the pack is made
 * @param staleness when an active project's RAG is too old to trust, as the officer set it
 */
public record BriefingInputs(String council, List<Project> projects, Map<UUID, String> innovationTitles,
        Optional<PackRecord> previous, LocalDate today, Instant produced, RagStaleness staleness) {

    public BriefingInputs {
        projects = List.copyOf(projects);
        innovationTitles = Map.copyOf(innovationTitles);
        previous = previous == null ? Optional.empty() : previous;
        staleness = staleness == null ? RagStaleness.DEFAULT : staleness;
    }

    /** Inputs with RAGs stale after the default six weeks. */
    public BriefingInputs(String council, List<Project> projects, Map<UUID, String> innovationTitles,
            Optional<PackRecord> previous, LocalDate today, Instant produced) {
        this(council, projects, innovationTitles, previous, today, produced, RagStaleness.DEFAULT);
    }

    /** True when {@code project}'s RAG is older than the threshold (only active projects can be). */
    public boolean isStale(Project project) {
        return staleness.isStale(project, today);
    }

    /** The snapshot this pack records for the next one. */
    public List<ProjectSnapshot> snapshot() {
        return projects.stream().map(ProjectSnapshot::of).toList();
    }
}
