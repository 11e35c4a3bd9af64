package org.innovationportfolio.logic.briefing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.innovationportfolio.logic.briefing.Block.Bullets;
import org.innovationportfolio.logic.briefing.Block.Cell;
import org.innovationportfolio.logic.briefing.Block.Column;
import org.innovationportfolio.logic.briefing.Block.Fact;
import org.innovationportfolio.logic.briefing.Block.Heading;
import org.innovationportfolio.logic.briefing.Block.Paragraph;
import org.innovationportfolio.logic.ports.PackRecord;
import org.innovationportfolio.logic.ports.ProjectSnapshot;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.RiskStatus;
import org.innovationportfolio.model.Stage;

/**
 * Builds the one {@link BriefingDocument} a briefing pack is rendered from: every figure is worked out here. The
 * pack reads as a council committee report: purpose, decisions sought, a one-page summary, implications and the
 * contact officer, then the detail as appendices (the portfolio tables and a page for each project).
 */
public final class BriefingPackBuilder {

    static final int COMING_UP_DAYS = 90;
    static final int HIGH_RISK_SCORE = 15;
    /** Overdue milestones named on the summary page; the rest are counted and listed in the appendix. */
    static final int OVERDUE_NAMED = 6;

    private BriefingPackBuilder() {
    }

    /**
     * The pack for {@code request} from {@code inputs}: cover, contents, the report's numbered parts, then the
     * chosen sections as lettered appendices.
     */
    public static BriefingDocument build(BriefingRequest request, BriefingInputs inputs) {
        String council = inputs.council() == null ? "" : inputs.council();
        String title = "Innovation portfolio briefing";
        String subtitle = request.board() + ", " + BriefingText.date(request.meetingDate());
        List<Block> blocks = new ArrayList<>();
        blocks.add(cover(request, inputs, council, title, subtitle));
        blocks.add(new Block.PageBreak());
        blocks.add(new Block.Contents());
        List<Change> changes = inputs.previous()
                .map(p -> ChangesSinceLastPack.between(p.projects(), p.asAt(), inputs.snapshot(), inputs.today()))
                .orElse(List.of());
        PortfolioSections portfolio = new PortfolioSections(inputs.projects(), inputs.today(), inputs.staleness());
        Map<BriefingSection, String> appendices = appendixNames(request);
        ReportParts parts = new ReportParts(request, inputs, appendices);
        blocks.addAll(parts.opening());
        if (request.includes(BriefingSection.EXECUTIVE_SUMMARY)) {
            blocks.add(new Block.PageBreak());
            blocks.add(new Heading(1, parts.number(BriefingSection.EXECUTIVE_SUMMARY.title())));
            blocks.addAll(summary(request, inputs, changes, appendices));
        }
        blocks.addAll(parts.closing());
        boolean firstAppendix = true;
        for (BriefingSection section : BriefingSection.values()) {
            if (!appendices.containsKey(section)) {
                continue;
            }
            // The appendices start on a new page; after the first, each runs on from the last where there is room,
            // so a short one (changes since the last pack, the project pages' introduction) never stands alone.
            blocks.add(firstAppendix ? new Block.PageBreak() : Block.PageBreak.unlessRoom());
            firstAppendix = false;
            blocks.add(new Heading(1, appendices.get(section) + ": " + section.title()));
            switch (section) {
                case RAG_TABLE -> blocks.addAll(portfolio.ragTable());
                case PIPELINE -> blocks.addAll(portfolio.pipeline());
                case FUNDING -> blocks.addAll(new FundingSection(inputs.projects(), inputs.today()).blocks());
                case MILESTONES -> blocks.addAll(portfolio.milestones());
                case RISKS -> blocks.addAll(portfolio.risks());
                case CHANGES -> blocks.addAll(changesSection(inputs, changes));
                case PROJECT_PAGES -> blocks.addAll(ProjectPages.blocks(inputs));
                default -> throw new IllegalStateException("Unhandled section " + section);
            }
        }
        String author = request.author() != null ? request.author() : council;
        String header = council.isEmpty() ? title : council + " · " + title;
        return new BriefingDocument(title + ": " + subtitle, "Innovation portfolio briefing for " + request.board(),
                author, request.marking(), "en-GB", header, blocks);
    }

    private static Block cover(BriefingRequest request, BriefingInputs inputs, String council, String title, String subtitle) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Board", request.board()));
        facts.add(new Fact("Meeting date", BriefingText.date(request.meetingDate())));
        if (request.author() != null) {
            facts.add(new Fact("Author", request.author()));
        }
        if (!council.isEmpty()) {
            facts.add(new Fact("Council", council));
        }
        facts.add(new Fact("Projects", String.valueOf(inputs.projects().size())));
        facts.add(new Fact("Figures as at", BriefingText.date(inputs.today())));
        facts.add(new Fact("Protective marking", request.marking().label()));
        return new Block.Cover(request.marking().label(), title, subtitle, facts);
    }

    /** "Appendix A", "Appendix B"… for each chosen section after the summary, in the pack's order. */
    static Map<BriefingSection, String> appendixNames(BriefingRequest request) {
        Map<BriefingSection, String> names = new EnumMap<>(BriefingSection.class);
        char letter = 'A';
        for (BriefingSection section : BriefingSection.values()) {
            if (section != BriefingSection.EXECUTIVE_SUMMARY && request.includes(section)) {
                names.put(section, "Appendix " + letter++);
            }
        }
        return names;
    }

    /** "(Appendix C)" when the section is in the pack, else nothing. */
    static String see(Map<BriefingSection, String> appendices, BriefingSection section) {
        return appendices.containsKey(section) ? " (" + appendices.get(section) + ")" : "";
    }

    /** {@code sentence} with {@code reference} before its full stop: "… none (Appendix C)." */
    static String citing(String sentence, String reference) {
        return reference.isEmpty() || !sentence.endsWith(".") ? sentence
                : sentence.substring(0, sentence.length() - 1) + reference + ".";
    }

    /**
     * The page a member reads in two minutes: the asks first, then the RAG picture, the sustainability gap, spend
     * against forecast, the overdue milestones by name, high risks and what moved.
     */
    private static List<Block> summary(BriefingRequest request, BriefingInputs inputs, List<Change> changes,
            Map<BriefingSection, String> appendices) {
        List<Project> projects = inputs.projects();
        List<Block> blocks = new ArrayList<>();
        List<String> asks = ReportParts.asks(request, projects);
        blocks.add(new Heading(2, "What the board is asked to decide"));
        blocks.add(asks.isEmpty() ? Paragraph.of(ReportParts.NO_DECISION) : new Bullets(asks));
        blocks.add(new Heading(2, "The portfolio at a glance"));
        blocks.add(Paragraph.of("This pack covers " + BriefingText.projects(projects.size()) + " in the innovation portfolio"
                + (inputs.council() == null ? "" : " of " + inputs.council()) + ", with figures as at "
                + BriefingText.date(inputs.today()) + "."));
        List<String> bullets = new ArrayList<>();
        bullets.add(ragLine(projects));
        List<String> red = projects.stream().filter(p -> p.stage().isOpen() && p.rag().orElse(null) == Rag.RED)
                .sorted(PortfolioSections.byConcern()).map(Project::title).toList();
        if (!red.isEmpty()) {
            bullets.add("At Red and needing the board's attention: " + String.join("; ", red)
                    + see(appendices, BriefingSection.PROJECT_PAGES) + ".");
        }
        List<String> stale = projects.stream().filter(inputs::isStale).sorted(PortfolioSections.byConcern())
                .map(Project::title).toList();
        if (!stale.isEmpty()) {
            bullets.add("RAG status " + inputs.staleness().words() + ": " + BriefingText.projects(stale.size()) + " ("
                    + String.join(", ", stale) + "); ask their leads for an update.");
        }
        bullets.add(citing(ReportParts.spendAgainstForecast(projects, inputs.today()), see(appendices, BriefingSection.FUNDING)));
        bullets.add(citing(ReportParts.sustainabilityGap(projects), see(appendices, BriefingSection.FUNDING)));
        bullets.add(citing(ReportParts.overdueByName(projects, inputs.today(), OVERDUE_NAMED),
                see(appendices, BriefingSection.MILESTONES)));
        long highRisks = projects.stream().filter(p -> p.stage().isOpen()).flatMap(p -> p.risks().stream())
                .filter(r -> r.status() != RiskStatus.CLOSED && r.score() >= HIGH_RISK_SCORE).count();
        bullets.add("Risks: " + BriefingText.count(highRisks, "open risk scores", "open risks score") + " "
                + HIGH_RISK_SCORE + " or more in the projects under way.");
        bullets.add(movements(inputs, changes));
        blocks.add(new Bullets(bullets));
        return blocks;
    }

    /** "RAG status of the 12 projects under way: 2 Red, 5 Amber, 5 Green; not counted: 1 Closed, 1 Stopped." */
    private static String ragLine(List<Project> projects) {
        List<Project> active = projects.stream().filter(p -> p.stage().isOpen()).toList();
        Map<Rag, Long> byRag = new EnumMap<>(Rag.class);
        active.forEach(p -> p.rag().ifPresent(rag -> byRag.merge(rag, 1L, Long::sum)));
        long unrated = active.stream().filter(p -> p.rag().isEmpty()).count();
        long closed = projects.stream().filter(p -> p.stage() == Stage.CLOSED).count();
        long stopped = projects.stream().filter(p -> p.stage() == Stage.STOPPED).count();
        return "RAG status of the " + BriefingText.projects(active.size()) + " under way: " + byRag.getOrDefault(Rag.RED, 0L)
                + " Red, " + byRag.getOrDefault(Rag.AMBER, 0L) + " Amber, " + byRag.getOrDefault(Rag.GREEN, 0L) + " Green"
                + (unrated > 0 ? ", " + unrated + " not yet rated" : "")
                + (closed + stopped > 0 ? "; not counted: " + closed + " Closed, " + stopped + " Stopped." : ".");
    }

    private static String movements(BriefingInputs inputs, List<Change> changes) {
        if (inputs.previous().isEmpty()) {
            return "Changes: this is the first pack recorded, so there is nothing to compare with yet.";
        }
        long rag = count(changes, Change.Kind.RAG);
        long improved = changes.stream().filter(c -> c.kind() == Change.Kind.RAG && c.description().endsWith("(improved).")).count();
        long stage = stageMoves(inputs.previous().get().projects(), inputs.snapshot());
        List<String> parts = new ArrayList<>();
        parts.add(BriefingText.count(rag, "RAG movement", "RAG movements") + " (" + improved + " improved, " + (rag - improved)
                + " worsened)");
        parts.add(BriefingText.count(stage, "stage move", "stage moves"));
        parts.add(BriefingText.count(count(changes, Change.Kind.NEW_PROJECT), "new project", "new projects"));
        parts.add(BriefingText.count(count(changes, Change.Kind.CLOSED_PROJECT), "project", "projects")
                + " closed, stopped or removed");
        parts.add(BriefingText.count(count(changes, Change.Kind.MILESTONE_COMPLETED), "milestone", "milestones") + " completed, "
                + count(changes, Change.Kind.MILESTONE_SLIPPED) + " slipped and " + count(changes, Change.Kind.MILESTONE_OVERDUE)
                + " now overdue");
        return "Since the last pack (" + BriefingText.date(inputs.previous().get().meetingDate()) + "): "
                + String.join(", ", parts.subList(0, parts.size() - 1)) + "; " + parts.get(parts.size() - 1) + ".";
    }

    private static long count(List<Change> changes, Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** Every project in both packs whose stage differs, moves into Closed or Stopped included. */
    private static long stageMoves(List<ProjectSnapshot> before, List<ProjectSnapshot> now) {
        Map<java.util.UUID, Stage> was = new java.util.HashMap<>();
        before.forEach(p -> was.put(p.projectId(), p.stage()));
        return now.stream().filter(p -> was.containsKey(p.projectId()) && was.get(p.projectId()) != p.stage()).count();
    }

    private static List<Block> changesSection(BriefingInputs inputs, List<Change> changes) {
        if (inputs.previous().isEmpty()) {
            return List.of(Paragraph.of("No earlier briefing pack has been recorded. This pack is recorded now, so the next "
                    + "one will list every RAG and stage movement, completed, slipped and newly overdue milestones, and new and closed "
                    + "projects."));
        }
        PackRecord previous = inputs.previous().get();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of("Compared with the pack for " + previous.board() + " on " + BriefingText.date(previous.meetingDate())
                + " (produced " + BriefingText.date(previous.produced().atZone(java.time.ZoneOffset.UTC).toLocalDate()) + ")."));
        if (changes.isEmpty()) {
            blocks.add(Paragraph.of("Nothing has moved: no RAG or stage changes, no new or closed projects, and no milestones "
                    + "completed, slipped or newly overdue."));
            return blocks;
        }
        List<List<Cell>> rows = changes.stream()
                .map(c -> List.of(Cell.of(c.project()), Cell.of(c.kind().label()), Cell.of(c.description()))).toList();
        blocks.add(new Block.Table("Changes since the last pack, by kind", List.of(Column.text("Project", 3),
                Column.text("Change", 2), Column.text("Detail", 4)), rows, null));
        return blocks;
    }
}
