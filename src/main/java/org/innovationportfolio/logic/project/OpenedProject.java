package org.innovationportfolio.logic.project;

import java.util.List;
import org.innovationportfolio.model.ChangeEntry;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;

/**
 * A project as the record page opens it.
 *
 * @param innovationTitle the adopted catalogue entry's title, or null when not linked or not in this catalogue
 * @param documents the files attached to it, oldest first
 * @param history who changed what in it, newest first
 */
public record OpenedProject(Project project, String innovationTitle, List<ProjectDocument> documents,
        List<ChangeEntry> history) {

    public OpenedProject {
        documents = List.copyOf(documents);
        history = List.copyOf(history);
    }

    public OpenedProject(Project project, String innovationTitle, List<ProjectDocument> documents) {
        this(project, innovationTitle, documents, List.of());
    }
}
