package org.innovationportfolio.store;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.innovationportfolio.logic.ports.CatalogueRepository;
import org.innovationportfolio.logic.ports.DocumentRepository;
import org.innovationportfolio.logic.ports.ProjectRepository;
import org.innovationportfolio.logic.ports.Repositories;
import org.innovationportfolio.logic.ports.SettingsRepository;
import org.innovationportfolio.logic.ports.BriefingHistoryRepository;
import org.innovationportfolio.logic.ports.PackHistory;
import org.jdbi.v3.core.Handle;

/** The repositories bound to one open transaction. */
final class JdbiRepositories implements Repositories {

    private final Handle handle;
    // The version of each project this transaction read whole: its saves of them are checked against these.
    private final Map<UUID, Long> versionsRead = new HashMap<>();

    /** The transaction's handle, for the store's own reads across tables (a restore's preview). */
    Handle handle() {
        return handle;
    }

    JdbiRepositories(Handle handle) {
        this.handle = handle;
    }

    @Override
    public ProjectRepository projects() {
        return new JdbiProjectRepository(handle, versionsRead);
    }

    @Override
    public CatalogueRepository catalogue() {
        return new JdbiCatalogueRepository(handle);
    }

    @Override
    public SettingsRepository settings() {
        return new JdbiSettingsRepository(handle);
    }

    @Override
    public BriefingHistoryRepository briefingHistory() {
        return new JdbiBriefingHistoryRepository(handle);
    }

    @Override
    public PackHistory packHistory() {
        return new JdbiPackHistory(handle);
    }

    @Override
    public DocumentRepository documents() {
        return new JdbiDocumentRepository(handle);
    }
}
