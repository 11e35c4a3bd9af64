package org.innovationportfolio.store;

import static org.innovationportfolio.store.SqlValues.date;
import static org.innovationportfolio.store.SqlValues.instant;
import static org.innovationportfolio.store.SqlValues.name;
import static org.innovationportfolio.store.SqlValues.parseInstant;
import static org.innovationportfolio.store.SqlValues.uuid;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.logic.ports.ProjectRepository.DetailsVersion;
import org.innovationportfolio.model.Project;
import org.jdbi.v3.core.Handle;

/**
 * A project's own details as stored, and when they last changed (schema 8): the fields a pack exchanges,
 * compared field by field, so that saving a milestone or a risk, which moves the project's last-modified time,
 * does not move the details' time. A NULL details time (a row written without it) reads as last_modified.
 */
final class StoredDetails {

    private static final String DETAILS_MODIFIED = "COALESCE(details_modified, last_modified)";

    private final Handle handle;

    StoredDetails(Handle handle) {
        this.handle = handle;
    }

    /** The stored details' time, when the project is stored and its details are the same as {@code project}'s. */
    Optional<String> unchangedSince(Project project) {
        String id = uuid(project.id());
        Optional<String> stored = handle.createQuery("SELECT " + DETAILS_MODIFIED + " AS details, title, innovation_id, "
                + "stage, lead_officer, sponsor, governance_board, start_date, end_date, target_cohort, objectives, "
                + "created FROM project WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> Objects.equals(rs.getString("title"), project.title())
                        && Objects.equals(rs.getString("innovation_id"), uuid(project.innovationId()))
                        && Objects.equals(rs.getString("stage"), name(project.stage()))
                        && Objects.equals(rs.getString("lead_officer"), project.leadOfficer())
                        && Objects.equals(rs.getString("sponsor"), project.sponsor())
                        && Objects.equals(rs.getString("governance_board"), project.governanceBoard())
                        && Objects.equals(date(rs, "start_date"), project.startDate())
                        && Objects.equals(date(rs, "end_date"), project.endDate())
                        && Objects.equals(rs.getString("target_cohort"), project.targetCohort())
                        && Objects.equals(rs.getString("objectives"), project.objectives())
                        && Objects.equals(rs.getString("created"), instant(project.created()))
                        ? rs.getString("details") : null)
                .findOne();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        List<String> tags = handle.createQuery("SELECT tag FROM project_tag WHERE project_id = :id ORDER BY list_index")
                .bind("id", id).mapTo(String.class).list();
        return tags.equals(project.tags()) ? stored : Optional.empty();
    }

    Map<UUID, DetailsVersion> versions(Collection<UUID> ids) {
        Map<UUID, DetailsVersion> versions = new HashMap<>();
        if (ids.isEmpty()) {
            return versions;
        }
        handle.createQuery("SELECT id, " + DETAILS_MODIFIED + " AS details, details_exchanged FROM project "
                + "WHERE id IN (<ids>)")
                .bindList("ids", ids.stream().map(UUID::toString).distinct().toList())
                .map((rs, ctx) -> Map.entry(uuid(rs, "id"), new DetailsVersion(parseInstant(rs.getString("details")),
                        instant(rs, "details_exchanged"))))
                .forEach(e -> versions.put(e.getKey(), e.getValue()));
        return versions;
    }
}
