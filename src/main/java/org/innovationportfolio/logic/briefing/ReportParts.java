package org.innovationportfolio.logic.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innovationportfolio.logic.briefing.Block.Bullets;
import org.innovationportfolio.logic.briefing.Block.Fact;
import org.innovationportfolio.logic.briefing.Block.Heading;
import org.innovationportfolio.logic.briefing.Block.Paragraph;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneTiming;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Project;

/**
 * The report's own numbered parts, as a council committee report sets them out: purpose and decisions sought
 * before the summary, implications and the contact officer after it; and the summary's lines that need sums.
 */
final class ReportParts {

    static final String PURPOSE = "Purpose";
    static final String DECISIONS = "Decisions sought";
    static final String IMPLICATIONS = "Implications";
    static final String CONTACT = "Contact officer";
    static final String NO_DECISION = "No decision is sought at this meeting: the board is asked to note the report.";

    private final BriefingRequest request;
    private final BriefingInputs inputs;
    private final Map<BriefingSection, String> appendices;
    private int number;

    ReportParts(BriefingRequest request, BriefingInputs inputs, Map<BriefingSection, String> appendices) {
        this.request = request;
        this.inputs = inputs;
        this.appendices = appendices;
    }

    /** "3. Summary": the parts of the report are numbered in order. */
    String number(String title) {
        return ++number + ". " + title;
    }

    /** Purpose and decisions sought, on the page after the contents. */
    List<Block> opening() {
        BoardReport report = request.report();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.PageBreak());
        blocks.add(new Heading(1, number(PURPOSE)));
        blocks.add(new Paragraph(report.purpose() != null ? report.purpose()
                : BoardReport.defaultPurpose(request.board()), true));
        blocks.add(new Heading(1, number(DECISIONS)));
        List<String> asks = asks(request, inputs.projects());
        if (asks.isEmpty()) {
            blocks.add(Paragraph.of(NO_DECISION));
            return blocks;
        }
        blocks.add(Paragraph.of("The board is asked to decide:"));
        blocks.add(new Bullets(asks));
        long fromProjects = inputs.projects().stream().filter(p -> p.decisionSought() != null).count();
        if (fromProjects > 0) {
            blocks.add(Paragraph.of("Each project's decision is also set out at the top of its page"
                    + (appendices.containsKey(BriefingSection.PROJECT_PAGES)
                            ? " in " + appendices.get(BriefingSection.PROJECT_PAGES) : "") + "."));
        }
        return blocks;
    }

    /** Implications (each kind only when written) and the contact officer, when given. */
    List<Block> closing() {
        BoardReport report = request.report();
        List<Block> blocks = new ArrayList<>();
        BoardReport.Implications implications = report.implications();
        if (!implications.isEmpty()) {
            blocks.add(new Block.PageBreak());
            blocks.add(new Heading(1, number(IMPLICATIONS)));
            implication(blocks, "Financial", implications.financial());
            implication(blocks, "Legal", implications.legal());
            implication(blocks, "Equalities", implications.equalities());
            implication(blocks, "Risk", implications.risk());
        }
        BoardReport.ContactOfficer contact = report.contact();
        if (!contact.isEmpty()) {
            if (implications.isEmpty()) {
                blocks.add(new Block.PageBreak());
            }
            blocks.add(new Heading(1, number(CONTACT)));
            List<Fact> facts = new ArrayList<>();
            add(facts, "Name", contact.name());
            add(facts, "Role", contact.role());
            add(facts, "Email", contact.email());
            add(facts, "Phone", contact.phone());
            blocks.add(new Block.Facts(facts));
        }
        return blocks;
    }

    private static void implication(List<Block> blocks, String kind, String text) {
        if (text != null) {
            blocks.add(new Heading(2, kind + " implications"));
            blocks.add(Paragraph.of(text));
        }
    }

    private static void add(List<Fact> facts, String label, String value) {
        if (value != null) {
            facts.add(new Fact(label, value));
        }
    }

    /** The pack's own decision first, then each project's, most concerning project first: "Family Hubs: agree…". */
    static List<String> asks(BriefingRequest request, List<Project> projects) {
        List<String> asks = new ArrayList<>();
        if (request.report().decisionSought() != null) {
            asks.add(request.report().decisionSought());
        }
        projects.stream().filter(p -> p.decisionSought() != null).sorted(PortfolioSections.byConcern())
                .forEach(p -> asks.add(p.title() + ": " + p.decisionSought()));
        return asks;
    }

    /**
     * "Spend in 2026/27: £412,000 spent against a forecast of £980,000 and £1,050,000 awarded; over all years,
     * £2,100,000 spent of £3,400,000 forecast."
     */
    static String spendAgainstForecast(List<Project> projects, LocalDate today) {
        FinancialYear year = FinancialYear.of(today);
        List<FundingLine> thisYear = projects.stream().flatMap(p -> p.funding().stream()).filter(f -> f.year().equals(year))
                .toList();
        List<FundingLine> all = projects.stream().flatMap(p -> p.funding().stream()).toList();
        if (all.isEmpty()) {
            return "Spend against forecast: no funding is recorded for these projects.";
        }
        Money spent = FundingSection.sum(thisYear, FundingLine::spent);
        Money forecast = FundingSection.sum(thisYear, FundingLine::forecast);
        Money awarded = FundingSection.sum(thisYear, FundingLine::awarded);
        String over = forecast.compareTo(awarded) > 0
                ? ", a forecast overspend of " + BriefingText.money(forecast.minus(awarded)) : "";
        return "Spend against forecast in " + year + ": " + BriefingText.money(spent) + " spent"
                + (forecast.isZero() ? "" : " (" + percent(spent, forecast) + " of the forecast)") + " against a forecast of "
                + BriefingText.money(forecast) + " and " + BriefingText.money(awarded) + " awarded" + over
                + "; over all years, " + BriefingText.money(FundingSection.sum(all, FundingLine::spent)) + " spent of "
                + BriefingText.money(FundingSection.sum(all, FundingLine::forecast)) + " forecast.";
    }

    /** "42.0%", one decimal place. */
    static String percent(Money part, Money whole) {
        return String.format(Locale.UK, "%.1f%%", 100.0 * part.pence() / whole.pence());
    }

    /** "Sustainability gap: £250,000 across 2 projects whose grant ends without other funding to replace it: …". */
    static String sustainabilityGap(List<Project> projects) {
        List<SustainabilityGap.Row> gaps = SustainabilityGap.rows(projects).stream().filter(r -> !r.gap().isZero()).toList();
        if (gaps.isEmpty()) {
            return "Sustainability gap: none. Every open project's final grant is covered by other funding the year after, "
                    + "or it has no grant.";
        }
        Money total = gaps.stream().map(SustainabilityGap.Row::gap).reduce(Money.ZERO, Money::plus);
        String named = gaps.size() <= 5 ? ": " + String.join("; ", gaps.stream().map(r -> r.project().title() + " ("
                + BriefingText.money(r.gap()) + ", grant ends " + r.lastGrantYear() + ")").toList()) : "";
        return "Sustainability gap: " + BriefingText.money(total) + " across " + BriefingText.projects(gaps.size())
                + " whose grant ends without other funding awarded to replace it" + named + ".";
    }

    /** "Overdue milestones: 3. Family Hubs, Open the second hub (55 days); …; and 2 more." Most overdue first. */
    static String overdueByName(List<Project> projects, LocalDate today, int named) {
        record Late(Project project, Milestone milestone, MilestoneTiming timing) {
        }
        List<Late> late = projects.stream().filter(p -> p.stage().isOpen())
                .flatMap(p -> p.milestones().stream().filter(m -> m.isOverdue(today))
                        .map(m -> new Late(p, m, m.timing(today))))
                .sorted(Comparator.comparingLong((Late l) -> l.timing().daysOverdue()).reversed()
                        .thenComparing(l -> l.project().title()).thenComparing(l -> l.milestone().title()))
                .toList();
        if (late.isEmpty()) {
            return "Overdue milestones: none.";
        }
        List<String> names = late.stream().limit(named).map(l -> l.project().title() + ", " + l.milestone().title() + " ("
                + MilestoneTiming.days(l.timing().daysOverdue()) + " overdue)").toList();
        int rest = late.size() - names.size();
        return "Overdue milestones: " + late.size() + ". " + String.join("; ", names)
                + (rest > 0 ? "; and " + BriefingText.count(rest, "more, less overdue", "more, less overdue") : "") + ".";
    }
}
