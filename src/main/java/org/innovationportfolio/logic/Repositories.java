package org.innovationportfolio.logic;

import org.innovationportfolio.logic.briefing.BriefingHistoryRepository;
import org.innovationportfolio.logic.packs.PackHistory;

/** The repositories, all bound to one transaction. */
public interface Repositories {

    ProjectRepository projects();

    CatalogueRepository catalogue();

    SettingsRepository settings();

    /** Records of the files attached to projects. */
    DocumentRepository documents();

    /** The briefing packs produced, for "changes since the last pack". */
    BriefingHistoryRepository briefingHistory();

    /** Record versions and imports kept for project packs. */
    PackHistory packHistory();
}
