package org.innovationportfolio.store;

import java.util.ArrayList;
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

    /** Above this many ids, reading every (id, project) pair once is cheaper than probing the indexes. */
    static final int SCAN_ABOVE = 5_000;

    /** Each query's "id, owning project id", with {@code <where>} replaced by the filter on the record's id. */
    private static final List<String> QUERIES = List.of(
            "SELECT id, id AS owner FROM project<where>",
            "SELECT id, project_id AS owner FROM partner<where>",
            "SELECT id, project_id AS owner FROM status_update<where>",
            "SELECT id, project_id AS owner FROM milestone<where>",
            "SELECT id, project_id AS owner FROM funding_line<where>",
            "SELECT id, project_id AS owner FROM outcome_measure<where>",
            "SELECT a.id, m.project_id AS owner FROM outcome_actual a JOIN outcome_measure m ON m.id = a.measure_id"
                    + "<where a>",
            "SELECT id, project_id AS owner FROM risk<where>",
            "SELECT id, project_id AS owner FROM note<where>",
            "SELECT id, project_id AS owner FROM project_document<where>");

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
        if (wanted.size() > SCAN_ABOVE) {
            for (String sql : QUERIES) {
                collect(sql(sql, false), null, wanted, owners);
            }
            return owners;
        }
        List<String> list = new ArrayList<>(wanted);
        for (int from = 0; from < list.size(); from += ProjectLoader.BATCH) {
            List<String> batch = list.subList(from, Math.min(list.size(), from + ProjectLoader.BATCH));
            for (String sql : QUERIES) {
                collect(sql(sql, true), batch, wanted, owners);
            }
        }
        return owners;
    }

    private static String sql(String template, boolean filtered) {
        return template.replace("<where>", filtered ? " WHERE id IN (<ids>)" : "")
                .replace("<where a>", filtered ? " WHERE a.id IN (<ids>)" : "");
    }

    private void collect(String sql, List<String> batch, Set<String> wanted, Map<UUID, UUID> owners) {
        try (Query query = handle.createQuery(sql)) {
            if (batch != null) {
                query.bindList("ids", batch);
            }
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
