package org.innovationportfolio.logic.dashboard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.RagStaleness;
import org.innovationportfolio.model.Stage;

/**
 * The RAG counts of the active projects (neither Closed nor Stopped), the Red ones by name, and which RAGs are stale.
 * Closed and Stopped projects are counted apart: their last RAG is history and must not ask for the board's attention.
 *
 * @param byRag each RAG with its number of active projects
 * @param withoutRag active projects with no RAG given yet
 * @param closed projects that are Closed, whatever their last RAG
 * @param stopped projects that are Stopped, whatever their last RAG
 * @param red the active projects at Red, by title
 * @param stale how many active projects have a RAG older than {@code staleness} allows
 * @param staleness when a RAG is stale
 */
public record RagFigures(Map<Rag, Integer> byRag, int withoutRag, int closed, int stopped, List<RedProject> red, int stale,
        RagStaleness staleness) {

    public RagFigures {
        byRag = Map.copyOf(byRag);
        red = List.copyOf(red);
    }

    /** Works the figures out from {@code projects} as of {@code today}. */
    public static RagFigures of(Collection<Project> projects, LocalDate today, RagStaleness staleness) {
        Map<Rag, Integer> byRag = new EnumMap<>(Rag.class);
        for (Rag rag : Rag.values()) {
            byRag.put(rag, 0);
        }
        List<Project> active = projects.stream().filter(p -> p.stage().isOpen()).toList();
        active.forEach(p -> p.rag().ifPresent(rag -> byRag.merge(rag, 1, Integer::sum)));
        int withoutRag = (int) active.stream().filter(p -> p.rag().isEmpty()).count();
        List<RedProject> red = active.stream().filter(p -> p.rag().orElse(null) == Rag.RED)
                .map(p -> new RedProject(p.id(), p.title(), p.currentStatus().orElseThrow().date(), staleness.isStale(p, today)))
                .sorted(Comparator.comparing(RedProject::title, String.CASE_INSENSITIVE_ORDER)).toList();
        int stale = (int) active.stream().filter(p -> staleness.isStale(p, today)).count();
        return new RagFigures(byRag, withoutRag, count(projects, Stage.CLOSED), count(projects, Stage.STOPPED), red, stale,
                staleness);
    }

    private static int count(Collection<Project> projects, Stage stage) {
        return (int) projects.stream().filter(p -> p.stage() == stage).count();
    }

    /**
     * An active project at Red, as the dashboard lists it.
     *
     * @param since the date of its latest RAG
     * @param stale whether that RAG is older than the threshold
     */
    public record RedProject(UUID id, String title, LocalDate since, boolean stale) {
    }
}
