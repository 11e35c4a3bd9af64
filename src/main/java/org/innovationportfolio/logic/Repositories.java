package org.innovationportfolio.logic;

/** The repositories, all bound to one transaction. */
public interface Repositories {

    ProjectRepository projects();

    CatalogueRepository catalogue();

    SettingsRepository settings();

    /** Records of the files attached to projects. */
    DocumentRepository documents();
}
