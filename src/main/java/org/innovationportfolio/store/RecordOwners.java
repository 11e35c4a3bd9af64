package org.innovationportfolio.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Which project each of some ids belongs to, whatever kind of record holds it here: a project, or
 * one of its partners, status updates, milestones, funding lines, outcome measures and actuals,
 * risks, notes or attached documents. Record ids are global, so a pack's record that reuses one of
 * them must be given a new id; this says which do without loading the projects.
 */
final class RecordOwners {

    /** Each query's "id, owning project id" for one kind of record. */
    private static final List<String> QUERIES = List.of(
            "SELECT id, id AS owner FROM project",
            "SELECT id, project_id AS owner FROM partner",
            "SELECT id, project_id AS owner FROM status_update",
            "SELECT id, project_id AS owner FROM milestone",
            "SELECT id, project_id AS owner FROM funding_line",
            "SELECT id, project_id AS owner FROM outcome_measure",
            "SELECT a.id, m.project_id AS owner FROM outcome_actual a JOIN outcome_measure m ON m.id = a.measure_id",
            "SELECT id, project_id AS owner FROM risk",
            "SELECT id, project_id AS owner FROM note",
            "SELECT id, project_id AS owner FROM project_document");

    private final Handle handle;

    RecordOwners(Handle handle) {
        this.handle = handle;
    }

    /** The owning project of each id that is here; ids that are nowhere are left out. */
    Map<UUID, UUID> of(Collection<UUID> ids) {
        Set<String> wanted = new LinkedHashSet<>();
        ids.forEach(id -> wanted.add(id.toString()));
        Map<UUID, UUID> owners = new HashMap<>();
        if (wanted.isEmpty()) {
            return owners;
        }
        // Every (id, project) pair read once, narrow and unsorted: Derby answers this far faster than IN lists
        // of the ids, and the cost grows with the portfolio, not the pack.
        for (String sql : QUERIES) {
            collect(sql, wanted, owners);
        }
        return owners;
    }

    private void collect(String sql, Set<String> wanted, Map<UUID, UUID> owners) {
        try (Query query = handle.createQuery(sql)) {
            query.map((rs, ctx) -> {
                String id = rs.getString(1);
                if (wanted.contains(id)) {
                    owners.put(UUID.fromString(id), UUID.fromString(rs.getString(2)));
                }
                return null;
            }).forEach(row -> { });
        }
    }
}
