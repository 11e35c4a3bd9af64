package org.innovationportfolio.logic;

import org.innovationportfolio.logic.packs.PackHistory;

/** The repositories, all bound to one transaction. */
public interface Repositories {

    ProjectRepository projects();

    CatalogueRepository catalogue();

    SettingsRepository settings();

    /** Record versions and imports kept for project packs. */
    PackHistory packHistory();
}
