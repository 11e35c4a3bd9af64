package org.innovationportfolio.logic.portfolio;

import java.util.List;
import java.util.Objects;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;

/**
 * A project as it was when deleted, with the records of its attached documents, so an undo can put
 * both back. The attached files themselves stay in the data folder while a delete can be undone.
 */
public record DeletedProject(Project project, List<ProjectDocument> documents) {

    public DeletedProject {
        Objects.requireNonNull(project, "project");
        documents = List.copyOf(documents);
    }

    public String title() {
        return project.title();
    }
}
