package org.innovationportfolio.logic.briefing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innovationportfolio.logic.ports.ProjectSnapshot.MilestoneSnapshot;
import org.innovationportfolio.logic.ports.ProjectSnapshot;
import org.innovationportfolio.model.MilestoneTiming;
import org.innovationportfolio.model.Rag;

/** Works out what moved between the last pack's snapshot and the projects now: RAG, stage, milestones, new and closed. */
public final class ChangesSinceLastPack {

    private ChangesSinceLastPack() {
    }

    /**
     * The changes from {@code before} (the last pack, as at {@code beforeDay}) to {@code now} (as at {@code today}), by
     * kind then project title. A milestone "now overdue" was not overdue at {@code beforeDay} (or was not in the pack)
     * and is at {@code today}: not done and its date still planned is before then.
     */
    public static List<Change> between(List<ProjectSnapshot> before, LocalDate beforeDay, List<ProjectSnapshot> now,
            LocalDate today) {
        Map<UUID, ProjectSnapshot> previous = before.stream()
                .collect(Collectors.toMap(ProjectSnapshot::projectId, Function.identity(), (a, b) -> a));
        Map<UUID, ProjectSnapshot> current = now.stream()
                .collect(Collectors.toMap(ProjectSnapshot::projectId, Function.identity(), (a, b) -> a));
        List<Change> changes = new ArrayList<>();
        for (ProjectSnapshot project : now) {
            ProjectSnapshot was = previous.get(project.projectId());
            if (was == null) {
                changes.add(new Change(project.title(), Change.Kind.NEW_PROJECT, "Added at stage " + project.stage().label()
                        + ", RAG " + rag(project.rag()) + "."));
                continue;
            }
            if (project.stage() != was.stage()) {
                Change.Kind kind = project.stage().isOpen() ? Change.Kind.STAGE : Change.Kind.CLOSED_PROJECT;
                changes.add(new Change(project.title(), kind, "Stage " + was.stage().label() + " → " + project.stage().label() + "."));
            }
            if (project.rag() != was.rag()) {
                changes.add(new Change(project.title(), Change.Kind.RAG, "RAG " + rag(was.rag()) + " → " + rag(project.rag())
                        + direction(was.rag(), project.rag()) + "."));
            }
            milestoneChanges(project, was, changes);
            newlyOverdue(project, was, beforeDay, today, changes);
        }
        for (ProjectSnapshot was : before) {
            if (!current.containsKey(was.projectId())) {
                changes.add(new Change(was.title(), Change.Kind.CLOSED_PROJECT, "No longer in the pack (was "
                        + was.stage().label() + ", RAG " + rag(was.rag()) + ")."));
            }
        }
        changes.sort(Comparator.comparing(Change::kind).thenComparing(Change::project, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Change::description));
        return changes;
    }

    private static void milestoneChanges(ProjectSnapshot project, ProjectSnapshot was, List<Change> changes) {
        Map<UUID, MilestoneSnapshot> previous = was.milestones().stream()
                .collect(Collectors.toMap(MilestoneSnapshot::milestoneId, Function.identity(), (a, b) -> a));
        for (MilestoneSnapshot milestone : project.milestones()) {
            MilestoneSnapshot before = previous.get(milestone.milestoneId());
            if (before == null || before.done()) {
                continue;
            }
            if (milestone.done()) {
                changes.add(new Change(project.title(), Change.Kind.MILESTONE_COMPLETED, milestone.title() + "."));
            } else if (before.due() != null && milestone.due() != null && milestone.due().isAfter(before.due())) {
                long days = ChronoUnit.DAYS.between(before.due(), milestone.due());
                changes.add(new Change(project.title(), Change.Kind.MILESTONE_SLIPPED, milestone.title() + ": "
                        + BriefingText.date(before.due()) + " → " + BriefingText.date(milestone.due()) + " ("
                        + BriefingText.count(days, "day", "days") + " later)."));
            }
        }
    }

    private static void newlyOverdue(ProjectSnapshot project, ProjectSnapshot was, LocalDate beforeDay, LocalDate today,
            List<Change> changes) {
        Map<UUID, MilestoneSnapshot> previous = was.milestones().stream()
                .collect(Collectors.toMap(MilestoneSnapshot::milestoneId, Function.identity(), (a, b) -> a));
        for (MilestoneSnapshot milestone : project.milestones()) {
            MilestoneSnapshot before = previous.get(milestone.milestoneId());
            if (overdue(milestone, today) && (before == null || !overdue(before, beforeDay))) {
                changes.add(new Change(project.title(), Change.Kind.MILESTONE_OVERDUE, milestone.title() + ": due "
                        + BriefingText.date(milestone.due()) + ", " + MilestoneTiming.days(ChronoUnit.DAYS.between(milestone.due(),
                        today)) + " overdue."));
            }
        }
    }

    /** As {@link org.innovationportfolio.model.MilestoneTiming}: not done, and its date still planned is before {@code day}. */
    private static boolean overdue(MilestoneSnapshot milestone, LocalDate day) {
        return !milestone.done() && milestone.due() != null && milestone.due().isBefore(day);
    }

    private static String rag(Rag rag) {
        return rag == null ? "not rated" : rag.label();
    }

    private static String direction(Rag from, Rag to) {
        if (from == null || to == null) {
            return "";
        }
        // Rag declares Red, Amber, Green: a higher ordinal is better.
        return to.ordinal() > from.ordinal() ? " (improved)" : " (worsened)";
    }
}
