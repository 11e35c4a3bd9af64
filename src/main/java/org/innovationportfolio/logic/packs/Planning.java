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
import java.util.function.UnaryOperator;
import org.innovationportfolio.logic.ports.ProjectRepository.DetailsVersion;
import org.innovationportfolio.logic.ports.Repositories;
import org.innovationportfolio.logic.packs.Pack.CatalogueLink;
import org.innovationportfolio.logic.packs.Pack.PackDocument;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;

/**
 * Compares a pack with the portfolio as one transaction sees it, project by project. Only the
 * projects the pack names are loaded, with their documents and bases, however large the portfolio.
 */
final class Planning {

    private final Repositories repositories;
    private final Pack pack;
    private final Map<UUID, Project> mine = new HashMap<>();
    private final Map<UUID, List<ProjectDocument>> mineDocuments = new HashMap<>();
    private final Map<UUID, Project> theirs = new LinkedHashMap<>();
    private final Map<UUID, List<Attachment>> theirDocuments = new HashMap<>();
    private final Map<UUID, ProjectMerge> merges = new HashMap<>();
    private Map<UUID, Instant> bases = Map.of();
    private Map<UUID, DetailsVersion> mineDetails = Map.of();

    Planning(Repositories repositories, Pack pack) {
        this.repositories = repositories;
        this.pack = pack;
    }

    ImportPlan plan() {
        List<UUID> projectIds = pack.projects().stream().map(Project::id).toList();
        for (Project project : repositories.projects().findByIds(projectIds)) {
            mine.put(project.id(), project);
        }
        Map<UUID, List<Attachment>> sent = new HashMap<>();
        Set<UUID> theirIds = new HashSet<>();
        for (PackDocument document : pack.documents()) {
            sent.computeIfAbsent(document.projectId(), k -> new ArrayList<>()).add(Attachment.of(document));
            theirIds.add(document.id());
        }
        pack.projects().forEach(p -> theirIds.addAll(PackChecks.ids(p)));
        if (!mine.isEmpty()) {
            for (ProjectDocument document : repositories.documents().findByProjects(mine.keySet())) {
                mineDocuments.computeIfAbsent(document.projectId(), k -> new ArrayList<>()).add(document);
            }
            bases = repositories.packHistory().bases(mine.keySet());
            mineDetails = repositories.projects().detailsVersions(mine.keySet());
        }
        Map<UUID, UUID> owners = owners(theirIds);
        Set<UUID> missingEntries = missingCatalogueEntries();
        List<ProjectPlan> plans = new ArrayList<>();
        for (Project their : pack.projects()) {
            List<String> notes = new ArrayList<>();
            UnaryOperator<UUID> ids = withoutClashes(their, sent.getOrDefault(their.id(), List.of()), owners, notes);
            Project prepared = ids == null ? their
                    : Renumber.project(their, ids, their.title(), their.provenance());
            List<Attachment> documents = sent.getOrDefault(their.id(), List.of()).stream()
                    .map(d -> ids == null ? d : d.withId(ids)).toList();
            theirs.put(prepared.id(), prepared);
            theirDocuments.put(prepared.id(), documents);
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
            ProjectMerge merge = new ProjectMerge(my, mineDetails.get(my.id()),
                    mineDocuments(my.id()).stream().map(Attachment::of).toList(), prepared, documents, bases);
            merges.put(prepared.id(), merge);
            ProjectStatus status = merge.projectStatus();
            plans.add(new ProjectPlan(prepared.id(), prepared.title(), status, ProjectPlan.defaultFor(status),
                    merge.differences(), notes));
        }
        return new ImportPlan(pack, plans, !mine.isEmpty() && repositories.packHistory().imported(pack.packId()),
                PlanNotes.about(pack));
    }

    /**
     * Which of my projects holds each of their ids, wherever it is (ids are global): worked out from the
     * projects loaded when the pack names every project here, else asked of the store.
     */
    private Map<UUID, UUID> owners(Set<UUID> theirIds) {
        if (theirIds.isEmpty()) {
            return Map.of();
        }
        if (mine.size() < repositories.projects().count()) {
            return repositories.projects().owners(theirIds);
        }
        Map<UUID, UUID> owners = new HashMap<>(theirIds.size() * 4 / 3 + 1);
        for (Project project : mine.values()) {
            for (UUID id : PackChecks.ids(project)) {
                if (theirIds.contains(id)) {
                    owners.put(id, project.id());
                }
            }
        }
        mineDocuments.forEach((projectId, documents) -> documents.stream().filter(d -> theirIds.contains(d.id()))
                .forEach(d -> owners.put(d.id(), projectId)));
        return owners;
    }

    Project theirs(UUID id) {
        return theirs.get(id);
    }

    /** Their documents for the project, with any clashing ids already replaced. */
    List<Attachment> theirDocuments(UUID id) {
        return theirDocuments.getOrDefault(id, List.of());
    }

    Project mine(UUID id) {
        return mine.get(id);
    }

    List<ProjectDocument> mineDocuments(UUID id) {
        return mineDocuments.getOrDefault(id, List.of());
    }

    ProjectMerge merge(UUID id) {
        return merges.get(id);
    }

    /** The base versions of the records of the pack's projects that are already here. */
    Map<UUID, Instant> bases() {
        return bases;
    }

    /**
     * New (derived, so stable) ids for any of their records whose id belongs to another of my projects,
     * since child ids are global and one record cannot be in two projects; null when none clash.
     */
    private static UnaryOperator<UUID> withoutClashes(Project their, List<Attachment> documents,
            Map<UUID, UUID> owners, List<String> notes) {
        Set<UUID> clashing = new HashSet<>();
        List<UUID> ids = PackChecks.ids(their);
        documents.forEach(d -> ids.add(d.id()));
        for (UUID id : ids) {
            UUID owner = owners.get(id);
            if (owner != null && !owner.equals(their.id())) {
                clashing.add(id);
            }
        }
        if (clashing.isEmpty()) {
            return null;
        }
        notes.add(clashing.size() + " of its records had ids already used by other projects here; they were given "
                + "new ids.");
        String purpose = "clash:" + their.id();
        return id -> clashing.contains(id) ? Renumber.derived(purpose, id) : id;
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
