package org.innovationportfolio.logic.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.innovationportfolio.logic.briefing.Block.BarChart;
import org.innovationportfolio.logic.briefing.Block.Cell;
import org.innovationportfolio.logic.briefing.Block.Column;
import org.innovationportfolio.logic.briefing.Block.Heading;
import org.innovationportfolio.logic.briefing.Block.Paragraph;
import org.innovationportfolio.logic.briefing.Block.Series;
import org.innovationportfolio.logic.briefing.Block.Table;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneTiming;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.RagStaleness;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.RiskStatus;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StatusUpdate;

/** The portfolio-wide sections of a pack: the RAG table, the stage pipeline, milestones and top risks. */
final class PortfolioSections {

    static final int TOP_RISKS = 10;

    private final List<Project> projects;
    private final LocalDate today;
    private final RagStaleness staleness;

    PortfolioSections(List<Project> projects, LocalDate today, RagStaleness staleness) {
        this.projects = projects;
        this.today = today;
        this.staleness = staleness;
    }

    /** Projects under way first, then Closed and Stopped; within each Red first, then Amber, Green and unrated; by title. */
    static Comparator<Project> byConcern() {
        return Comparator.<Project, Boolean>comparing(p -> !p.stage().isOpen())
                .thenComparingInt(p -> p.rag().map(Enum::ordinal).orElse(Rag.values().length))
                .thenComparing(Project::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Project::id);
    }

    List<Block> ragTable() {
        if (projects.isEmpty()) {
            return List.of(Paragraph.of("No projects are in this pack."));
        }
        List<Project> active = projects.stream().filter(p -> p.stage().isOpen()).sorted(byConcern()).toList();
        List<Project> ended = projects.stream().filter(p -> !p.stage().isOpen()).sorted(byConcern()).toList();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of("Every project under way in the pack, Red first. RAG is the latest status the project lead "
                + "recorded; a status date marked \"stale\" is " + staleness.words() + " at " + BriefingText.date(today)
                + ", so the RAG may no longer hold."));
        if (active.isEmpty()) {
            blocks.add(Paragraph.of("No project in this pack is under way."));
        } else {
            List<List<Cell>> rows = active.stream().map(p -> {
                Milestone next = p.nextMilestone().orElse(null);
                return List.of(Cell.of(p.title()), Cell.of(p.stage().label()), ragCell(p.rag().orElse(null)), statusDate(p),
                        Cell.of(p.leadOfficer() == null ? "–" : p.leadOfficer()),
                        Cell.of(next == null ? "None planned" : next.title() + " (" + BriefingText.date(next.due()) + ")"));
            }).toList();
            blocks.add(new Table("RAG status of each project under way", List.of(Column.text("Project", 4),
                    Column.text("Stage", 2), Column.text("RAG", 2), Column.text("Status date", 2),
                    Column.text("Lead officer", 3), Column.text("Next milestone", 4)), rows, null));
        }
        if (!ended.isEmpty()) {
            blocks.add(new Heading(2, "Closed and Stopped projects"));
            blocks.add(Paragraph.of("Not counted in the RAG figures: their last RAG is kept for the record only."));
            List<List<Cell>> rows = ended.stream().map(p -> List.of(Cell.of(p.title()), Cell.of(p.stage().label()),
                    Cell.of(p.lastStageChange().map(c -> BriefingText.date(c.changedOn())).orElse("–")),
                    ragCell(p.rag().orElse(null)), Cell.of(p.currentStatus().map(st -> BriefingText.date(st.date())).orElse("–"))))
                    .toList();
            blocks.add(new Table("Closed and Stopped projects, with their last RAG", List.of(Column.text("Project", 4),
                    Column.text("Stage", 2), Column.text("Since", 2), Column.text("Last RAG", 2), Column.text("RAG date", 2)),
                    rows, null));
        }
        return blocks;
    }

    /** The status date, "16 Feb 2026 (stale)" when older than the threshold, "–" when none. */
    private Cell statusDate(Project p) {
        StatusUpdate status = p.currentStatus().orElse(null);
        if (status == null) {
            return Cell.of("–");
        }
        return Cell.of(BriefingText.date(status.date()) + (staleness.isStale(p, today) ? " (stale)" : ""));
    }

    static Cell ragCell(Rag rag) {
        return rag == null ? Cell.of("Not rated") : new Cell(rag.label(), rag);
    }

    List<Block> pipeline() {
        List<Stage> stages = new ArrayList<>(Stage.pipeline());
        stages.add(Stage.STOPPED);
        List<List<Cell>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<String> totals = new ArrayList<>();
        Map<Rag, List<Long>> counts = new java.util.EnumMap<>(Rag.class);
        List<Long> unrated = new ArrayList<>();
        for (Rag rag : Rag.values()) {
            counts.put(rag, new ArrayList<>());
        }
        StringBuilder alt = new StringBuilder("Bar chart of projects by stage, stacked by RAG status: ");
        for (Stage stage : stages) {
            List<Project> at = projects.stream().filter(p -> p.stage() == stage).toList();
            long[] byRag = new long[Rag.values().length];
            at.forEach(p -> p.rag().ifPresent(r -> byRag[r.ordinal()]++));
            long none = at.size() - byRag[0] - byRag[1] - byRag[2];
            rows.add(List.of(Cell.of(stage.label()), Cell.of(String.valueOf(at.size())), Cell.of(String.valueOf(byRag[0])),
                    Cell.of(String.valueOf(byRag[1])), Cell.of(String.valueOf(byRag[2])), Cell.of(String.valueOf(none))));
            if (stage == Stage.STOPPED && at.isEmpty()) {
                rows.remove(rows.size() - 1);
                continue;
            }
            categories.add(stage.label());
            totals.add(String.valueOf(at.size()));
            for (Rag rag : Rag.values()) {
                counts.get(rag).add(byRag[rag.ordinal()]);
            }
            unrated.add(none);
            alt.append(stage.label()).append(' ').append(at.size());
            if (!at.isEmpty()) {
                alt.append(" (").append(byRag[0]).append(" Red, ").append(byRag[1]).append(" Amber, ").append(byRag[2])
                        .append(" Green").append(none > 0 ? ", " + none + " not rated" : "").append(')');
            }
            alt.append("; ");
        }
        List<Series> series = new ArrayList<>();
        for (Rag rag : Rag.values()) {
            series.add(new Series(rag.label(), counts.get(rag), rag));
        }
        if (unrated.stream().anyMatch(n -> n > 0)) {
            series.add(new Series("Not rated", unrated, null));
        }
        List<Cell> total = List.of(Cell.of("Total"), Cell.of(String.valueOf(projects.size())),
                Cell.of(String.valueOf(count(Rag.RED))), Cell.of(String.valueOf(count(Rag.AMBER))),
                Cell.of(String.valueOf(count(Rag.GREEN))),
                Cell.of(String.valueOf(projects.stream().filter(p -> p.rag().isEmpty()).count())));
        String altText = alt.substring(0, alt.length() - 2) + ".";
        return List.of(Paragraph.of("Where the projects are, from exploring an idea to embedding it, and how each stage is going."),
                new BarChart("Projects by stage and RAG status", altText, "Projects", false, categories, series, totals),
                new Table("Projects at each stage by RAG status", List.of(Column.text("Stage", 3), Column.number("Projects", 1),
                        Column.number("Red", 1), Column.number("Amber", 1), Column.number("Green", 1),
                        Column.number("Not rated", 1)), rows, total));
    }

    private long count(Rag rag) {
        return projects.stream().filter(p -> p.rag().orElse(null) == rag).count();
    }

    List<Block> milestones() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, "Overdue milestones"));
        blocks.add(Paragraph.of("Overdue means past the date still planned (the forecast, or the baseline when there is "
                + "no forecast) and neither complete nor cancelled. Slippage is how far that date has moved from the "
                + "baseline: a milestone can have slipped and still not be due."));
        blocks.add(milestoneTable(m -> m.isOverdue(today), "Overdue milestones: not complete and due before "
                + BriefingText.date(today), "No milestones are overdue.",
                Column.text("Overdue by", 2), t -> MilestoneTiming.days(t.daysOverdue())));
        blocks.add(new Heading(2, "Due in the next " + BriefingPackBuilder.COMING_UP_DAYS + " days"));
        blocks.add(milestoneTable(m -> m.isDueWithin(today, BriefingPackBuilder.COMING_UP_DAYS),
                "Milestones due from " + BriefingText.date(today) + " to "
                        + BriefingText.date(today.plusDays(BriefingPackBuilder.COMING_UP_DAYS)),
                "No milestones are due in the next " + BriefingPackBuilder.COMING_UP_DAYS + " days.",
                Column.text("Baseline", 2), t -> null));
        return blocks;
    }

    /** A table of milestones with project, owner, due date, then {@code fifth} (from the timing, else the baseline) and slippage. */
    private Block milestoneTable(Predicate<Milestone> which, String caption, String none, Column fifth,
            Function<MilestoneTiming, String> fifthText) {
        record Due(Project project, Milestone milestone) {
        }
        List<Due> due = projects.stream().filter(p -> p.stage().isOpen())
                .flatMap(p -> p.milestones().stream().filter(which).map(m -> new Due(p, m)))
                .sorted(Comparator.comparing((Due d) -> d.milestone().due()).thenComparing(d -> d.project().title())
                        .thenComparing(d -> d.milestone().title()))
                .toList();
        if (due.isEmpty()) {
            return Paragraph.of(none);
        }
        List<List<Cell>> rows = due.stream().map(d -> {
            Milestone m = d.milestone();
            MilestoneTiming timing = m.timing(today);
            String fifthValue = fifthText.apply(timing);
            return List.of(Cell.of(d.project().title()), Cell.of(m.title()), Cell.of(m.owner() == null ? "–" : m.owner()),
                    Cell.of(BriefingText.date(m.due())), Cell.of(fifthValue != null ? fifthValue : BriefingText.date(m.baseline())),
                    Cell.of(timing.slippage()));
        }).toList();
        return new Table(caption, List.of(Column.text("Project", 3), Column.text("Milestone", 4), Column.text("Owner", 2),
                Column.text("Due", 2), fifth, Column.text("Slippage", 2)), rows, null);
    }

    List<Block> risks() {
        record Scored(Project project, Risk risk) {
        }
        List<Scored> open = projects.stream().filter(p -> p.stage().isOpen())
                .flatMap(p -> p.risks().stream().filter(r -> r.status() != RiskStatus.CLOSED).map(r -> new Scored(p, r)))
                .sorted(Comparator.comparingInt((Scored s) -> s.risk().score()).reversed()
                        .thenComparing(s -> s.project().title()).thenComparing(s -> s.risk().description()))
                .limit(TOP_RISKS).toList();
        if (open.isEmpty()) {
            return List.of(Paragraph.of("No open risks are recorded for the projects under way."));
        }
        List<List<Cell>> rows = open.stream().map(s -> List.of(Cell.of(s.project().title()), Cell.of(s.risk().description()),
                Cell.of(s.risk().likelihood() + " × " + s.risk().impact() + " = " + s.risk().score()),
                Cell.of(s.risk().owner() == null ? "–" : s.risk().owner()),
                Cell.of(s.risk().mitigation() == null ? "None recorded" : s.risk().mitigation()))).toList();
        return List.of(Paragraph.of("The " + BriefingText.count(open.size(), "open risk", "open risks")
                        + " with the highest scores (likelihood × impact, each 1 to 5) in the projects under way."),
                new Table("Top risks by score", List.of(Column.text("Project", 3), Column.text("Risk", 5), Column.text("Score", 2),
                        Column.text("Owner", 2), Column.text("Mitigation", 5)), rows, null));
    }
}
