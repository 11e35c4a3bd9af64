package org.innovationportfolio.logic.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innovationportfolio.logic.ports.Repositories;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.ProjectSummary;
import org.innovationportfolio.model.StatusUpdate;

/**
 * Lists the portfolio as rows: stage, RAG, next milestone and funding figures for each project. It reads
 * the projects and catalogue lean (only what a row and the search use), since this is the first read
 * on the way to the window at start-up.
 */
public final class PortfolioListing {

    private final Store store;
    private final Clock clock;

    public PortfolioListing(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every project as a row, ordered by title (then id, so the order never varies). */
    public List<PortfolioRow> rows() {
        LocalDate today = LocalDate.now(clock);
        return store.read(repositories -> {
            Map<UUID, Innovation> catalogue = catalogueById(repositories);
            return repositories.projects().findAllForListing().stream()
                    .map(project -> rowOf(project, catalogue, today))
                    .sorted(Comparator.comparing(PortfolioRow::title, String.CASE_INSENSITIVE_ORDER)
                            .thenComparing(PortfolioRow::id))
                    .toList();
        });
    }

    /** Every project read once and prepared for filtering as of today. */
    public PortfolioSearch search() {
        LocalDate today = LocalDate.now(clock);
        return store.read(repositories ->
                PortfolioSearch.of(repositories.projects().findAllForListing(), catalogueById(repositories), today));
    }

    /**
     * The catalogue by id, read lean (heads and themes: all a row and the search use). Like the project
     * summaries, these are for the rows only and are never saved.
     */
    private static Map<UUID, Innovation> catalogueById(Repositories repositories) {
        return repositories.catalogue().findAllForListing().stream()
                .collect(Collectors.toMap(Innovation::id, Function.identity()));
    }

    /**
     * The row for one project, as of {@code today}. Uses only what a summary holds (the project's own
     * fields, tags, status updates, milestones, funding; the innovation's title): a row that needs more
     * must widen {@link ProjectSummary} and {@code findAllForListing} too.
     */
    public static PortfolioRow rowOf(ProjectSummary project, Map<UUID, Innovation> catalogue, LocalDate today) {
        FinancialYear year = FinancialYear.of(today);
        Innovation innovation = project.innovationId() == null ? null : catalogue.get(project.innovationId());
        Milestone next = project.nextMilestone().orElse(null);
        StatusUpdate status = project.currentStatus().orElse(null);
        // A closed or stopped project has nothing overdue: its open milestones will not be delivered.
        int overdue = project.stage().isOpen()
                ? (int) project.milestones().stream().filter(m -> m.isOverdue(today)).count() : 0;
        return new PortfolioRow(
                project.id(),
                project.title(),
                project.innovationId(),
                innovation == null ? null : innovation.title(),
                project.stage(),
                status == null ? null : status.rag(),
                status == null ? null : status.date(),
                project.leadOfficer(),
                project.sponsor(),
                project.startDate(),
                project.endDate(),
                project.tags(),
                next == null ? null : next.title(),
                next == null ? null : next.due(),
                next == null ? 0 : next.slippageDays(),
                overdue,
                year,
                project.awardedIn(year),
                project.totalAwarded(),
                project.totalSpent(),
                project.totalForecast());
    }
}
