package org.innovationportfolio.logic.packs;

import java.util.List;
import java.util.UUID;

/**
 * What importing a pack would do, project by project, with the officer's choices. Nothing has been
 * changed yet: {@link PackImporter#apply} does that.
 *
 * @param importedBefore true when this very pack has been imported before
 * @param notes remarks about the whole pack (what the sender withheld, documents not imported)
 */
public record ImportPlan(Pack pack, List<ProjectPlan> projects, boolean importedBefore, List<String> notes) {

    public ImportPlan {
        projects = List.copyOf(projects);
        notes = List.copyOf(notes);
    }

    /** The same plan with {@code choice} for one project. */
    public ImportPlan choose(UUID projectId, Resolution choice) {
        if (projects.stream().noneMatch(p -> p.id().equals(projectId))) {
            throw new IllegalArgumentException("The pack has no project " + projectId);
        }
        return new ImportPlan(pack, projects.stream()
                .map(p -> p.id().equals(projectId) ? p.withResolution(choice) : p).toList(), importedBefore, notes);
    }

    /** The same plan with {@code choice} for every project in conflict (the command line's --policy). */
    public ImportPlan settleConflicts(Resolution choice) {
        return new ImportPlan(pack, projects.stream()
                .map(p -> p.status() == ProjectStatus.CONFLICT ? p.withResolution(choice) : p).toList(),
                importedBefore, notes);
    }

    public long count(ProjectStatus status) {
        return projects.stream().filter(p -> p.status() == status).count();
    }

    /** True when applying the plan as chosen changes the portfolio. */
    public boolean changesPortfolio() {
        return projects.stream().anyMatch(ProjectPlan::changesPortfolio);
    }
}
