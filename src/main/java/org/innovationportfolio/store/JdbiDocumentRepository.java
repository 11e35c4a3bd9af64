package org.innovationportfolio.store;

import static org.innovationportfolio.store.SqlValues.instant;
import static org.innovationportfolio.store.SqlValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.logic.ports.DocumentRepository;
import org.innovationportfolio.model.ProjectDocument;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Attached documents' records in the {@code project_document} table, within the caller's transaction. */
final class JdbiDocumentRepository implements DocumentRepository {

    private static final String COLUMNS = "id, project_id, file_name, stored_name, size_bytes, sha256, added, last_modified";

    private final Handle handle;

    JdbiDocumentRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public List<ProjectDocument> findByProject(UUID projectId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM project_document WHERE project_id = :projectId "
                        + "ORDER BY added, file_name, id")
                .bind("projectId", uuid(projectId))
                .map(JdbiDocumentRepository::map)
                .list();
    }

    @Override
    public List<ProjectDocument> findByProjects(Collection<UUID> projectIds) {
        Set<UUID> wanted = new HashSet<>(projectIds);
        if (wanted.isEmpty()) {
            return List.of();
        }
        // One pass filtered here (few rows per project): Derby runs this faster than IN lists of the ids.
        return handle.createQuery("SELECT " + COLUMNS + " FROM project_document ORDER BY project_id, added, file_name, id")
                .map(JdbiDocumentRepository::map)
                .list().stream()
                .filter(d -> wanted.contains(d.projectId()))
                .toList();
    }

    @Override
    public Optional<ProjectDocument> find(UUID id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM project_document WHERE id = :id")
                .bind("id", uuid(id))
                .map(JdbiDocumentRepository::map)
                .findOne();
    }

    @Override
    public void save(ProjectDocument document) {
        delete(document.id());
        handle.createUpdate("INSERT INTO project_document (" + COLUMNS + ") VALUES (:id, :projectId, :fileName, "
                        + ":storedName, :sizeBytes, :sha256, :added, :lastModified)")
                .bind("id", uuid(document.id()))
                .bind("projectId", uuid(document.projectId()))
                .bind("fileName", document.fileName())
                .bind("storedName", document.storedName())
                .bind("sizeBytes", document.sizeBytes())
                .bind("sha256", document.sha256())
                .bind("added", instant(document.added()))
                .bind("lastModified", instant(document.lastModified()))
                .execute();
    }

    @Override
    public boolean delete(UUID id) {
        return handle.createUpdate("DELETE FROM project_document WHERE id = :id").bind("id", uuid(id)).execute() > 0;
    }

    private static ProjectDocument map(ResultSet rs, StatementContext context) throws SQLException {
        return new ProjectDocument(uuid(rs, "id"), uuid(rs, "project_id"), rs.getString("file_name"),
                rs.getString("stored_name"), rs.getLong("size_bytes"), rs.getString("sha256").strip(),
                instant(rs, "added"), instant(rs, "last_modified"));
    }
}
