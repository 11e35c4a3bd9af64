package org.innovationportfolio.logic;

import java.util.Optional;
import java.util.UUID;
import org.innovationportfolio.model.Project;

/**
 * A save lost a race: the project was saved (or deleted) by someone else after the version this save was made
 * from, so nothing was written. It carries what is stored now ("theirs") so the user can compare it with their
 * own changes and choose: save theirs over with {@link #storedVersion()} as the version, or take theirs.
 */
public final class ProjectConflictException extends RefusedException {
    private static final long serialVersionUID = 1L;

    private final UUID projectId;
    private final long expectedVersion;
    private final transient VersionedProject theirs;

    /**
     * @param expectedVersion the version the refused save was made from (0: it meant to add a new project)
     * @param theirs the project as stored now, or null when it has been deleted
     */
    public ProjectConflictException(UUID projectId, long expectedVersion, VersionedProject theirs) {
        super(message(expectedVersion, theirs));
        this.projectId = projectId;
        this.expectedVersion = expectedVersion;
        this.theirs = theirs;
    }

    private static String message(long expectedVersion, VersionedProject theirs) {
        if (theirs == null) {
            return "This project was deleted by someone else while you were editing it. Nothing was saved: choose "
                    + "whether to save your copy back into the portfolio or leave it deleted.";
        }
        String title = "\"" + theirs.project().title() + "\"";
        return expectedVersion == 0
                ? "A project with this id is already in the portfolio (" + title + "). Nothing was saved."
                : title + " was changed by someone else while you were editing it. Nothing was saved: compare "
                        + "your changes with theirs, then keep yours or take theirs.";
    }

    public UUID projectId() {
        return projectId;
    }

    /** The version the refused save was made from. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The project as stored now, with its version; empty when someone deleted it. */
    public Optional<VersionedProject> theirs() {
        return Optional.ofNullable(theirs);
    }

    /** The version to save over with ("keep mine"): theirs, or 0 to add the project back when it was deleted. */
    public long storedVersion() {
        return theirs == null ? 0 : theirs.version();
    }

    /** The stored project, or null when it was deleted. */
    public Project theirProject() {
        return theirs == null ? null : theirs.project();
    }
}
