package org.innovationportfolio.logic.catalogue;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Project;

/** Adopts a catalogue entry into the portfolio as a new project in Exploring, and says which entries are adopted. */
public final class Adoption {

    private final Store store;
    private final Clock clock;

    public Adoption(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Creates, in one transaction, a project in Exploring titled and linked after the entry, and returns it. */
    public Project adopt(UUID innovationId) {
        return store.write(repositories -> {
            Innovation entry = repositories.catalogue().find(innovationId).orElseThrow(() -> new RefusedException(
                    "That catalogue entry is no longer in the catalogue, so it cannot be adopted. Nothing was added."));
            Project project = Project.create(entry.title(), entry.id(), clock.instant());
            repositories.projects().save(project);
            return project;
        });
    }

    /** For each adopted entry, the projects that adopt it (id and title), oldest first. */
    public Map<UUID, List<AdoptedBy>> adopted() {
        return store.read(repositories -> adoptedAmong(repositories.projects().findAll()));
    }

    /** The same, worked out from projects already read. */
    public static Map<UUID, List<AdoptedBy>> adoptedAmong(List<Project> projects) {
        return projects.stream()
                .filter(p -> p.innovationId() != null)
                .sorted(Comparator.comparing(Project::created).thenComparing(Project::id))
                .collect(Collectors.groupingBy(Project::innovationId,
                        Collectors.mapping(p -> new AdoptedBy(p.id(), p.title(), p.stage().label()), Collectors.toList())));
    }

    /** A project that adopts an entry, as the catalogue shows it. */
    public record AdoptedBy(UUID projectId, String title, String stage) {
    }
}
