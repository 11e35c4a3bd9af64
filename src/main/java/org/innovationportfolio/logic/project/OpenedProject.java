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
 * @param version the project's stored version, read with it: the editor saves back with it
 *        ({@link ProjectEditing#save(Project, long)}) so that a save over someone else's is refused
 * @param history who changed what in it, newest first
 */
public record OpenedProject(Project project, String innovationTitle, List<ProjectDocument> documents, long version,
        List<ChangeEntry> history) {

    public OpenedProject {
        documents = List.copyOf(documents);
        history = List.copyOf(history);
    }

    public OpenedProject(Project project, String innovationTitle, List<ProjectDocument> documents) {
        this(project, innovationTitle, documents, 0, List.of());
    }

    public OpenedProject(Project project, String innovationTitle, List<ProjectDocument> documents, long version) {
        this(project, innovationTitle, documents, version, List.of());
    }

    public OpenedProject(Project project, String innovationTitle, List<ProjectDocument> documents,
            List<ChangeEntry> history) {
        this(project, innovationTitle, documents, 0, history);
    }
}
