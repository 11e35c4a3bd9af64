package org.innovationportfolio.logic.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneTiming;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.RagStaleness;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StageChange;
import org.innovationportfolio.model.StatusUpdate;

/**
 * The dashboard's figures, worked out from the projects as of one day: counts by stage and RAG,
 * funding this year and next, milestones overdue and coming up, and the latest RAG and stage movements.
 *
 * @param today the day the figures are for
 * @param byStage every stage, in pipeline order, with its number of projects (zero included)
 * @param rags the RAG counts of active projects, Closed and Stopped apart, the Red list and stale RAGs
 * @param thisYear funding for the financial year containing today
 * @param nextYear funding for the year after
 * @param overdue open milestones due before today, oldest first
 * @param dueSoon open milestones due from today to {@link #DUE_SOON_DAYS} days ahead, soonest first
 * @param overdueProjects how many projects have at least one overdue milestone
 * @param changes the latest RAG and stage movements together, newest first, at most {@link #MAX_CHANGES}
 */
public record DashboardFigures(LocalDate today, int projects, Map<Stage, Integer> byStage, RagFigures rags,
        FundingYear thisYear, FundingYear nextYear, List<MilestoneDue> overdue,
        List<MilestoneDue> dueSoon, int overdueProjects, List<ProjectChange> changes) {

    public static final int DUE_SOON_DAYS = 90;
    public static final int MAX_CHANGES = 8;

    // Newest first; on one day, by project, and a project's stage move before its RAG (a move often prompts a RAG).
    private static final Comparator<ProjectChange> NEWEST_FIRST = Comparator.comparing(ProjectChange::date)
            .reversed()
            .thenComparing(ProjectChange::projectTitle)
            .thenComparing(change -> change instanceof StatusChange);

    public DashboardFigures {
        byStage = Map.copyOf(byStage);
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
        changes = List.copyOf(changes);
    }

    /** Works the figures out from {@code projects} as of {@code today}, with RAGs stale after the default six weeks. */
    public static DashboardFigures of(Collection<Project> projects, LocalDate today) {
        return of(projects, today, RagStaleness.DEFAULT);
    }

    /** Works the figures out from {@code projects} as of {@code today}, flagging RAGs as {@code staleness} says. */
    public static DashboardFigures of(Collection<Project> projects, LocalDate today, RagStaleness staleness) {
        Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            byStage.put(stage, 0);
        }
        List<MilestoneDue> overdue = new ArrayList<>();
        List<MilestoneDue> dueSoon = new ArrayList<>();
        List<ProjectChange> changes = new ArrayList<>();
        int overdueProjects = 0;
        for (Project project : projects) {
            byStage.merge(project.stage(), 1, Integer::sum);
            boolean anyOverdue = false;
            // A closed or stopped project's open milestones will not be delivered: they are not overdue or coming up.
            for (Milestone milestone : project.stage().isOpen() ? project.milestones() : List.<Milestone>of()) {
                if (milestone.isOverdue(today)) {
                    overdue.add(MilestoneDue.of(project, milestone, today));
                    anyOverdue = true;
                } else if (milestone.isDueWithin(today, DUE_SOON_DAYS)) {
                    dueSoon.add(MilestoneDue.of(project, milestone, today));
                }
            }
            overdueProjects += anyOverdue ? 1 : 0;
            changes.addAll(changesIn(project));
            project.stageHistory().forEach(change -> changes.add(StageMove.of(project, change)));
        }
        overdue.sort(Comparator.comparing(MilestoneDue::due).thenComparing(MilestoneDue::projectTitle));
        dueSoon.sort(Comparator.comparing(MilestoneDue::due).thenComparing(MilestoneDue::projectTitle));
        changes.sort(NEWEST_FIRST);
        FinancialYear year = FinancialYear.of(today);
        return new DashboardFigures(today, projects.size(), byStage, RagFigures.of(projects, today, staleness),
                FundingYear.of(year, projects), FundingYear.of(year.next(), projects), overdue, dueSoon,
                overdueProjects, changes.subList(0, Math.min(MAX_CHANGES, changes.size())));
    }

    /** Each RAG given that differs from the one before it (the first RAG counts as a change from none). */
    private static List<StatusChange> changesIn(Project project) {
        List<StatusUpdate> history = project.statusHistory(); // newest first
        List<StatusChange> changes = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            StatusUpdate update = history.get(i);
            Rag before = i + 1 < history.size() ? history.get(i + 1).rag() : null;
            if (before != update.rag()) {
                changes.add(new StatusChange(project.id(), project.title(), update.date(), before, update.rag(),
                        update.commentary()));
            }
        }
        return changes;
    }

    /** Each RAG with its number of active projects (Closed and Stopped are not counted). */
    public Map<Rag, Integer> byRag() {
        return rags.byRag();
    }

    /** Active projects with no RAG given yet. */
    public int withoutRag() {
        return rags.withoutRag();
    }

    /** The number of milestones overdue across the portfolio. */
    public int overdueCount() {
        return overdue.size();
    }

    /**
     * A milestone as the dashboard lists it.
     *
     * @param timing where it stands today: days overdue and slippage, told apart
     */
    public record MilestoneDue(UUID projectId, String projectTitle, String milestone, MilestoneTiming timing) {

        static MilestoneDue of(Project project, Milestone milestone, LocalDate today) {
            return new MilestoneDue(project.id(), project.title(), milestone.title(), milestone.timing(today));
        }

        /** The date still planned. */
        public LocalDate due() {
            return timing.due();
        }

        /**
         * What the dashboard says under the milestone: "Was due 9 Oct 2026 · 55 days overdue · Slippage: +374 days"
         * or "Due 5 Jan 2027 · Slippage: +35 days"; slippage only when the plan has moved.
         *
         * @param date how the window writes a date
         */
        public String detail(java.util.function.Function<LocalDate, String> date) {
            String when = timing.isOverdue() ? "Was due " + date.apply(due()) + " · " + timing.lateness()
                    : timing.state() == MilestoneTiming.State.DUE_TODAY ? "Due today" : "Due " + date.apply(due());
            return when + (timing.slippageDays() != 0 ? " · Slippage: " + timing.slippage() : "");
        }
    }

    /** A movement on a project the dashboard lists: its RAG or its stage. */
    public sealed interface ProjectChange permits StatusChange, StageMove {

        UUID projectId();

        String projectTitle();

        LocalDate date();
    }

    /**
     * A RAG movement on a project.
     *
     * @param from the RAG before, or null for a project's first RAG
     */
    public record StatusChange(UUID projectId, String projectTitle, LocalDate date, Rag from, Rag to,
            String commentary) implements ProjectChange {
    }

    /** A project moving from one stage to another. */
    public record StageMove(UUID projectId, String projectTitle, LocalDate date, Stage from, Stage to)
            implements ProjectChange {

        static StageMove of(Project project, StageChange change) {
            return new StageMove(project.id(), project.title(), change.changedOn(), change.from(), change.to());
        }
    }
}
