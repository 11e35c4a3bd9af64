package org.innovationportfolio.logic;

import java.util.Objects;
import org.innovationportfolio.model.Project;

/**
 * A project as stored, with the version its last save gave it (1 for the first save, one more at each save after):
 * what an editor holds so that saving it back can be refused when someone else saved the project in between.
 */
public record VersionedProject(Project project, long version) {

    public VersionedProject {
        Objects.requireNonNull(project, "project");
        if (version < 1) {
            throw new IllegalArgumentException("A stored project's version is 1 or more, not " + version);
        }
    }
}
