package org.innovationportfolio.logic.packs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.logic.Repositories;
import org.innovationportfolio.logic.packs.Pack.CatalogueLink;
import org.innovationportfolio.model.Project;

/** Compares a pack with the portfolio as one transaction sees it, project by project. */
final class Planning {

    private final Repositories repositories;
    private final Pack pack;
    private final Map<UUID, Project> mine = new HashMap<>();
    private final Map<UUID, Project> theirs = new LinkedHashMap<>();
    private final Map<UUID, ProjectMerge> merges = new HashMap<>();

    Planning(Repositories repositories, Pack pack) {
        this.repositories = repositories;
        this.pack = pack;
    }

    ImportPlan plan() {
        Map<UUID, UUID> owners = new HashMap<>();
        for (Project project : repositories.projects().findAll()) {
            mine.put(project.id(), project);
            PackChecks.ids(project).forEach(id -> owners.put(id, project.id()));
        }
        Map<UUID, Instant> bases = mine.isEmpty() ? Map.of() : repositories.packHistory().bases();
        Set<UUID> missingEntries = missingCatalogueEntries();
        List<ProjectPlan> plans = new ArrayList<>();
        for (Project their : pack.projects()) {
            List<String> notes = new ArrayList<>();
            Project prepared = withoutClashes(their, owners, notes);
            theirs.put(prepared.id(), prepared);
            if (prepared.innovationId() != null && missingEntries.contains(prepared.innovationId())) {
                CatalogueLink link = pack.innovations().get(their.id());
                String name = link == null || link.title() == null ? prepared.innovationId().toString() : link.title();
                notes.add("It adopts \"" + name + "\", which is not in your catalogue; the link is kept.");
            }
            Project my = mine.get(prepared.id());
            if (my == null) {
                plans.add(new ProjectPlan(prepared.id(), prepared.title(), ProjectStatus.NEW,
                        ProjectPlan.defaultFor(ProjectStatus.NEW), List.of(), notes));
                continue;
            }
            ProjectMerge merge = new ProjectMerge(my, prepared, bases);
            merges.put(prepared.id(), merge);
            ProjectStatus status = merge.projectStatus();
            plans.add(new ProjectPlan(prepared.id(), prepared.title(), status, ProjectPlan.defaultFor(status),
                    merge.differences(), notes));
        }
        return new ImportPlan(pack, plans, !mine.isEmpty() && repositories.packHistory().imported(pack.packId()),
                PlanNotes.about(pack));
    }

    Project theirs(UUID id) {
        return theirs.get(id);
    }

    Project mine(UUID id) {
        return mine.get(id);
    }

    ProjectMerge merge(UUID id) {
        return merges.get(id);
    }

    /**
     * Their project with new (derived, so stable) ids for any record whose id belongs to another of my
     * projects, since child ids are global and one record cannot be in two projects.
     */
    private static Project withoutClashes(Project their, Map<UUID, UUID> owners, List<String> notes) {
        Set<UUID> clashing = new HashSet<>();
        for (UUID id : PackChecks.ids(their)) {
            UUID owner = owners.get(id);
            if (owner != null && !owner.equals(their.id())) {
                clashing.add(id);
            }
        }
        if (clashing.isEmpty()) {
            return their;
        }
        notes.add(clashing.size() + " of its records had ids already used by other projects here; they were given "
                + "new ids.");
        String purpose = "clash:" + their.id();
        return Renumber.project(their, id -> clashing.contains(id) ? Renumber.derived(purpose, id) : id,
                their.title(), their.provenance());
    }

    private Set<UUID> missingCatalogueEntries() {
        Set<UUID> missing = new HashSet<>();
        for (Project their : pack.projects()) {
            UUID id = their.innovationId();
            if (id != null && !missing.contains(id) && repositories.catalogue().find(id).isEmpty()) {
                missing.add(id);
            }
        }
        return missing;
    }
}
