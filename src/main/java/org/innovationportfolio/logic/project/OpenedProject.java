package org.innovationportfolio.logic.project;

import java.util.List;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;

/**
 * A project as the record page opens it.
 *
 * @param innovationTitle the adopted catalogue entry's title, or null when not linked or not in this catalogue
 * @param documents the files attached to it, oldest first
 */
public record OpenedProject(Project project, String innovationTitle, List<ProjectDocument> documents) {

    public OpenedProject {
        documents = List.copyOf(documents);
    }
}
