package org.innovationportfolio.logic.ports;


/** The repositories, all bound to one transaction. */
public interface Repositories {

    ProjectRepository projects();

    CatalogueRepository catalogue();

    SettingsRepository settings();

    /** The briefing packs produced, for "changes since the last pack". */
    BriefingHistoryRepository briefingHistory();

    /** Record versions and imports kept for project packs. */
    PackHistory packHistory();

    /** Records of the files attached to projects. */
    DocumentRepository documents();
}
