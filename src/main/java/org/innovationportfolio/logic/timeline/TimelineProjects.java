package org.innovationportfolio.logic.timeline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.logic.portfolio.PortfolioFilter;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Project;

/** Reads the projects a timeline shows, and narrows them to those matching a {@link PortfolioFilter}, ordered by title. */
public final class TimelineProjects {

    private TimelineProjects() {
    }

    /**
     * Every project, with the catalogue that a theme or strand filter looks in, in one read: a timeline that
     * changes its filter then filters these again without reading the store.
     */
    public static Portfolio readAll(Store store) {
        return store.read(repositories -> new Portfolio(repositories.projects().findAll(),
                repositories.catalogue().findAll().stream().collect(Collectors.toMap(Innovation::id, Function.identity()))));
    }

    /** Projects as read, and the catalogue by id. */
    public record Portfolio(List<Project> projects, Map<UUID, Innovation> catalogue) {

        public Portfolio {
            projects = List.copyOf(projects);
            catalogue = Map.copyOf(catalogue);
        }

        /** Those matching {@code filter}, ordered by title. */
        public List<Project> matching(PortfolioFilter filter, LocalDate today) {
            return projects.stream()
                    .filter(p -> matches(p, filter, catalogue, today))
                    .sorted(Comparator.comparing(Project::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Project::id))
                    .toList();
        }
    }

    static boolean matches(Project p, PortfolioFilter f, Map<UUID, Innovation> catalogue, LocalDate today) {
        if (!f.stages().isEmpty() && !f.stages().contains(p.stage())) {
            return false;
        }
        if (!f.rags().isEmpty() && p.rag().filter(f.rags()::contains).isEmpty()) {
            return false;
        }
        if (!f.tags().isEmpty() && p.tags().stream().noneMatch(f.tags()::contains)) {
            return false;
        }
        Innovation adopted = p.innovationId() == null ? null : catalogue.get(p.innovationId());
        if (!f.coversArea(adopted == null ? Set.of() : adopted.themes(), adopted == null ? null : adopted.strand())) {
            return false;
        }
        if (f.overdueOnly() && p.milestones().stream().noneMatch(m -> m.isOverdue(today))) {
            return false;
        }
        if (f.dueWithinDays() != null && p.milestones().stream().noneMatch(m -> m.isDueWithin(today, f.dueWithinDays()))) {
            return false;
        }
        return f.text().isEmpty() || text(p).contains(f.text().toLowerCase(Locale.ROOT));
    }

    private static String text(Project p) {
        return Stream.concat(Stream.of(p.title(), p.leadOfficer(), p.currentStatus().map(s -> s.commentary()).orElse(null)),
                p.partners().stream().map(partner -> partner.organisation()))
                .filter(s -> s != null).map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.joining("\n"));
    }
}
