package org.innovationportfolio.logic.project;

import java.util.List;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;

/**
 * A project as the record page opens it.
 *
 * @param innovationTitle the adopted catalogue entry's title, or null when not linked or not in this catalogue
 * @param documents the files attached to it, oldest first
 * @param version the project's stored version, read with it: the editor saves back with it
 *        ({@link ProjectEditing#save(Project, long)}) so that a save over someone else's is refused
 */
public record OpenedProject(Project project, String innovationTitle, List<ProjectDocument> documents, long version) {

    public OpenedProject {
        documents = List.copyOf(documents);
    }
}
