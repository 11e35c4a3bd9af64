package org.innovationportfolio.logic.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.model.Project;

/**
 * What a briefing is built from, read from the portfolio in one transaction.
 *
 * @param council the council's name, or null when not set
 * @param projects the projects chosen for the pack
 * @param innovationTitles catalogue titles of the innovations the projects adopt, by id
 * @param previous the last pack recorded, to compare against
 * @param today the date the pack is as at (overdue and coming-up milestones count from here)
 * @param produced when the pack is made
 */
public record BriefingInputs(String council, List<Project> projects, Map<UUID, String> innovationTitles,
        Optional<PackRecord> previous, LocalDate today, Instant produced) {

    public BriefingInputs {
        projects = List.copyOf(projects);
        innovationTitles = Map.copyOf(innovationTitles);
        previous = previous == null ? Optional.empty() : previous;
    }

    /** The snapshot this pack records for the next one. */
    public List<ProjectSnapshot> snapshot() {
        return projects.stream().map(ProjectSnapshot::of).toList();
    }
}
