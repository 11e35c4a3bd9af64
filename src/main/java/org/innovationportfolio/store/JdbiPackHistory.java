package org.innovationportfolio.store;

import static org.innovationportfolio.store.SqlValues.instant;
import static org.innovationportfolio.store.SqlValues.uuid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.logic.ports.ImportRecord;
import org.innovationportfolio.logic.ports.PackHistory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Pack bases and the import log in the {@code pack_base} and {@code pack_import} tables. */
final class JdbiPackHistory implements PackHistory {

    private final Handle handle;

    JdbiPackHistory(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Map<UUID, Instant> bases() {
        Map<UUID, Instant> bases = new HashMap<>();
        handle.createQuery("SELECT record_id, their_last_modified FROM pack_base")
                .map((rs, ctx) -> {
                    bases.put(uuid(rs, "record_id"), instant(rs, "their_last_modified"));
                    return null;
                })
                .forEach(row -> { });
        return bases;
    }

    @Override
    public Map<UUID, Instant> bases(Collection<UUID> projectIds) {
        Set<String> wanted = new HashSet<>();
        projectIds.forEach(id -> wanted.add(uuid(id)));
        Map<UUID, Instant> bases = new HashMap<>();
        if (wanted.isEmpty()) {
            return bases;
        }
        // One narrow pass filtered here: Derby runs this faster than IN lists of the project ids.
        handle.createQuery("SELECT record_id, project_id, their_last_modified FROM pack_base")
                .map((rs, ctx) -> {
                    if (wanted.contains(rs.getString("project_id"))) {
                        bases.put(uuid(rs, "record_id"), instant(rs, "their_last_modified"));
                    }
                    return null;
                })
                .forEach(row -> { });
        return bases;
    }

    @Override
    public void saveBases(Map<UUID, Map<UUID, Instant>> basesByProject) {
        if (basesByProject.isEmpty()) {
            return;
        }
        // One statement per table for the whole import, in plain JDBC: an import of a thousand projects
        // writes as many base rows as data rows.
        Connection connection = handle.getConnection();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM pack_base WHERE project_id = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO pack_base (record_id, project_id, "
                        + "their_last_modified) VALUES (?, ?, ?)")) {
            for (UUID projectId : basesByProject.keySet()) {
                delete.setString(1, uuid(projectId));
                delete.addBatch();
            }
            delete.executeBatch();
            for (Map.Entry<UUID, Map<UUID, Instant>> project : basesByProject.entrySet()) {
                for (Map.Entry<UUID, Instant> base : project.getValue().entrySet()) {
                    insert.setString(1, uuid(base.getKey()));
                    insert.setString(2, uuid(project.getKey()));
                    insert.setString(3, instant(base.getValue()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException("Could not save the pack bases", e, null);
        }
    }

    @Override
    public void recordImport(ImportRecord r) {
        int number = handle.createQuery("SELECT COALESCE(MAX(import_number), 0) + 1 FROM pack_import")
                .mapTo(Integer.class).one();
        handle.createUpdate("INSERT INTO pack_import (id, import_number, pack_id, sender, sender_council, pack_created_at, "
                + "imported_at, backup_file, projects_added, projects_updated, projects_copied, projects_kept) VALUES "
                + "(:id, :number, :packId, :sender, :council, :createdAt, :importedAt, :backup, :added, :updated, :copied, :kept)")
                .bind("id", uuid(r.id()))
                .bind("number", number)
                .bind("packId", uuid(r.packId()))
                .bind("sender", r.sender())
                .bind("council", r.senderCouncil())
                .bind("createdAt", instant(r.packCreatedAt()))
                .bind("importedAt", instant(r.importedAt()))
                .bind("backup", r.backupFile())
                .bind("added", r.projectsAdded())
                .bind("updated", r.projectsUpdated())
                .bind("copied", r.projectsCopied())
                .bind("kept", r.projectsKept())
                .execute();
    }

    @Override
    public Optional<ImportRecord> lastImport() {
        return handle.createQuery("SELECT * FROM pack_import ORDER BY import_number DESC "
                + "FETCH FIRST 1 ROWS ONLY")
                .map((rs, ctx) -> new ImportRecord(uuid(rs, "id"), uuid(rs, "pack_id"), rs.getString("sender"),
                        rs.getString("sender_council"), instant(rs, "pack_created_at"), instant(rs, "imported_at"),
                        rs.getString("backup_file"), rs.getInt("projects_added"), rs.getInt("projects_updated"),
                        rs.getInt("projects_copied"), rs.getInt("projects_kept")))
                .findOne();
    }

    @Override
    public boolean imported(UUID packId) {
        return handle.createQuery("SELECT COUNT(*) FROM pack_import WHERE pack_id = :id").bind("id", uuid(packId))
                .mapTo(Integer.class).one() > 0;
    }
}
