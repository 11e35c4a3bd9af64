package org.innovationportfolio.logic.briefing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.innovationportfolio.logic.briefing.Block.Bullets;
import org.innovationportfolio.logic.briefing.Block.Cell;
import org.innovationportfolio.logic.briefing.Block.Column;
import org.innovationportfolio.logic.briefing.Block.Fact;
import org.innovationportfolio.logic.briefing.Block.Heading;
import org.innovationportfolio.logic.briefing.Block.Paragraph;
import org.innovationportfolio.logic.briefing.Block.Table;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.NoteKind;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.RiskStatus;
import org.innovationportfolio.model.StatusUpdate;

/** The one-page summary of each project: status and commentary, milestones, funding, outcomes, risks and decisions. */
final class ProjectPages {

    static final int DECISIONS_SHOWN = 5;
    static final int RISKS_SHOWN = 5;

    private ProjectPages() {
    }

    static List<Block> blocks(BriefingInputs inputs) {
        List<Block> blocks = new ArrayList<>();
        if (inputs.projects().isEmpty()) {
            blocks.add(Paragraph.of("No projects are in this pack."));
            return blocks;
        }
        blocks.add(Paragraph.of("One page for each project, Red first, then Amber, Green and not rated."));
        inputs.projects().stream().sorted(PortfolioSections.byConcern()).forEach(project -> {
            blocks.add(new Block.PageBreak());
            blocks.addAll(page(project, inputs));
        });
        return blocks;
    }

    private static List<Block> page(Project project, BriefingInputs inputs) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, project.title()));
        StatusUpdate status = project.currentStatus().orElse(null);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("RAG", status == null ? "Not rated" : status.rag().label() + " (" + BriefingText.date(status.date()) + ")"));
        facts.add(new Fact("Stage", project.stage().label()));
        String innovation = project.innovationId() == null ? null : inputs.innovationTitles().get(project.innovationId());
        if (innovation != null) {
            facts.add(new Fact("Adopts", innovation));
        }
        facts.add(new Fact("Lead officer", orDash(project.leadOfficer())));
        if (project.sponsor() != null) {
            facts.add(new Fact("Sponsor", project.sponsor()));
        }
        facts.add(new Fact("Dates", BriefingText.date(project.startDate()) + " to " + BriefingText.date(project.endDate())));
        blocks.add(new Block.Facts(facts));
        blocks.add(new Heading(3, "Status"));
        blocks.add(Paragraph.of(status == null || status.commentary() == null ? "No status commentary recorded." : status.commentary()));
        blocks.add(new Heading(3, "Milestones"));
        blocks.add(project.milestones().isEmpty() ? Paragraph.of("No milestones recorded.")
                : new Table("Milestones of " + project.title(), List.of(Column.text("Milestone", 5), Column.text("Baseline", 2),
                        Column.text("Forecast", 2), Column.text("Status", 2), Column.text("Slippage", 2)),
                        project.milestones().stream().map(m -> List.of(Cell.of(m.title()), Cell.of(BriefingText.date(m.baseline())),
                                Cell.of(m.completed() != null ? "Done " + BriefingText.date(m.completed()) : BriefingText.date(m.forecast())),
                                Cell.of(m.isOverdue(inputs.today()) ? "Overdue" : m.status().toString()),
                                Cell.of(BriefingText.slippage(m.slippageDays())))).toList(), null));
        blocks.add(new Heading(3, "Funding"));
        blocks.add(project.funding().isEmpty() ? Paragraph.of("No funding recorded.") : fundingTable(project));
        blocks.add(new Heading(3, "Outcomes"));
        blocks.add(project.outcomes().isEmpty() ? Paragraph.of("No outcome measures recorded.")
                : new Table("Outcomes of " + project.title() + " against target", List.of(Column.text("Measure", 5),
                        Column.text("Baseline", 2), Column.text("Target", 2), Column.text("Latest", 2), Column.text("Target met", 1)),
                        project.outcomes().stream().map(ProjectPages::outcomeRow).toList(), null));
        blocks.add(new Heading(3, "Risks"));
        List<List<Cell>> risks = project.risks().stream().filter(r -> r.status() != RiskStatus.CLOSED).limit(RISKS_SHOWN)
                .map(r -> List.of(Cell.of(r.description()), Cell.of(String.valueOf(r.score())),
                        Cell.of(r.mitigation() == null ? "None recorded" : r.mitigation()))).toList();
        blocks.add(risks.isEmpty() ? Paragraph.of("No open risks recorded.")
                : new Table("Open risks of " + project.title() + ", highest score first", List.of(Column.text("Risk", 5),
                        Column.number("Score", 1), Column.text("Mitigation", 5)), risks, null));
        blocks.add(new Heading(3, "Decisions"));
        // Private notes never leave the machine, so only non-private decisions are printed.
        List<String> decisions = project.notes().stream().filter(n -> n.kind() == NoteKind.DECISION && !n.privateNote())
                .limit(DECISIONS_SHOWN).map(n -> BriefingText.date(n.date()) + ": " + n.text()).toList();
        blocks.add(decisions.isEmpty() ? Paragraph.of("No decisions recorded.") : new Bullets(decisions));
        return blocks;
    }

    private static Table fundingTable(Project project) {
        List<List<Cell>> rows = project.funding().stream().map(f -> List.of(Cell.of(f.year().toString()), Cell.of(f.source()),
                Cell.of(f.type().label()), Cell.of(BriefingText.money(f.awarded())), Cell.of(BriefingText.money(f.spent())),
                Cell.of(BriefingText.money(f.forecast())))).toList();
        List<Cell> total = List.of(Cell.of("Total"), Cell.of(""), Cell.of(""),
                Cell.of(BriefingText.money(project.totalAwarded())), Cell.of(BriefingText.money(project.totalSpent())),
                Cell.of(BriefingText.money(project.totalForecast())));
        return new Table("Funding of " + project.title() + " by year and source", List.of(Column.text("Year", 2),
                Column.text("Source", 4), Column.text("Type", 2), Column.number("Awarded", 2), Column.number("Spent", 2),
                Column.number("Forecast", 2)), rows, total);
    }

    private static List<Cell> outcomeRow(OutcomeMeasure m) {
        String unit = m.unit() == null ? "" : " " + m.unit();
        return List.of(Cell.of(m.name()), Cell.of(value(m.baseline(), unit)), Cell.of(value(m.target(), unit)),
                Cell.of(m.latest().map(a -> value(a.value(), unit) + " (" + BriefingText.date(a.date()) + ")").orElse("None yet")),
                Cell.of(m.target() == null || m.latest().isEmpty() ? "–" : m.targetMet() ? "Yes" : "Not yet"));
    }

    private static String value(BigDecimal value, String unit) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString() + unit;
    }

    private static String orDash(String text) {
        return text == null ? "–" : text;
    }
}
