package org.innovationportfolio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.logic.briefing.Block;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.NoteKind;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeDirection;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.RiskStatus;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StatusUpdate;

/** Checks that each project's summary is one page of a rendered pack, and makes projects that try hard not to fit. */
final class SummaryPages {

    private static final Instant AT = Instant.parse("2026-11-01T09:00:00Z");

    private SummaryPages() {
    }

    /** The project headings of the summaries section, in the order the pack prints them. */
    static List<String> titles(BriefingDocument document) {
        List<String> titles = new ArrayList<>();
        boolean inSummaries = false;
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading h && h.level() == 1) {
                inSummaries = isSection(h, BriefingSection.PROJECT_PAGES);
            } else if (inSummaries && block instanceof Block.Heading h && h.level() == 2) {
                titles.add(h.text());
            }
        }
        return titles;
    }

    /** True when {@code heading} starts {@code section}, as "Appendix G: Project pages" or on its own. */
    static boolean isSection(Block.Heading heading, BriefingSection section) {
        return heading.level() == 1 && (heading.text().equals(section.title())
                || heading.text().matches("(Appendix [A-Z]|\\d+\\.) ?:? ?" + java.util.regex.Pattern.quote(section.title())));
    }

    /**
     * Finds the page each project heading starts (the first thing below the running header) and checks the
     * next project's heading starts on the very next page, and the last project's page is the last page.
     */
    static void assertOnePageEach(List<String> pageTexts, List<String> titles) {
        assertThat(titles).isNotEmpty();
        int first = -1;
        for (int i = 0; i < pageTexts.size() && first < 0; i++) {
            if (body(pageTexts.get(i)).startsWith(titles.get(0))) {
                first = i;
            }
        }
        assertThat(first).as("the page the first summary (%s) starts on", titles.get(0)).isNotNegative();
        for (int k = 0; k < titles.size(); k++) {
            assertThat(first + k).as("a page for %s", titles.get(k)).isLessThan(pageTexts.size());
            assertThat(body(pageTexts.get(first + k))).as("page %d starts with the summary of %s", first + k + 1, titles.get(k))
                    .startsWith(titles.get(k));
        }
        assertThat(pageTexts).as("the last summary ends the pack on its own page").hasSize(first + titles.size());
    }

    /** A page's text without the marking and running header (its first two lines), on one line. */
    static String body(String pageText) {
        String[] lines = pageText.strip().split("\\R");
        StringBuilder body = new StringBuilder();
        for (int i = 2; i < lines.length; i++) {
            body.append(lines[i].strip()).append(' ');
        }
        return body.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * A project with far more than a page's worth: a two-line title, long commentary, 20 milestones, 8 years of
     * funding from 5 sources, 9 outcome measures, 12 long risks and 10 long decisions.
     */
    static Project crowded(int n, LocalDate today) {
        String long1 = "Integrated multi-agency front door and early help hub for families with children under five in "
                + "Northbrook's three localities " + n;
        String sentence = "The hub's second phase is behind plan because recruitment of the specialist practitioners has taken "
                + "longer than expected, and the partnership board has asked for a revised plan. ";
        List<StatusUpdate> status = List.of(new StatusUpdate(id(n, "s"), today.minusDays(3), Rag.AMBER, sentence.repeat(12).strip(),
                "Lead", AT));
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean done = i < 8;
            milestones.add(new Milestone(id(n, "m" + i), "Milestone " + i + ": agree the data-sharing protocol with health, "
                    + "police and education partners and publish it for staff in every locality team",
                    today.minusMonths(10).plusMonths(i), today.minusMonths(9).plusMonths(i),
                    done ? today.minusMonths(9).plusMonths(i) : null, done ? MilestoneStatus.COMPLETE : MilestoneStatus.IN_PROGRESS,
                    "Owner", AT));
        }
        List<FundingLine> funding = new ArrayList<>();
        for (int y = 0; y < 8; y++) {
            for (int s = 0; s < 5; s++) {
                funding.add(new FundingLine(id(n, "f" + y + s), "Funding source number " + s + " with a long name",
                        FundingType.values()[s % FundingType.values().length], new FinancialYear(2022 + y),
                        Money.ofPounds(100_000L + s), Money.ofPounds(50_000), Money.ofPounds(90_000), FundingStatus.AWARDED,
                        null, null, AT));
            }
        }
        List<OutcomeMeasure> outcomes = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            outcomes.add(new OutcomeMeasure(id(n, "o" + i), "Outcome measure " + i + ": proportion of families stepped down from "
                    + "statutory services to early help within twelve weeks", "% of families stepped down in the quarter",
                    OutcomeDirection.HIGHER_IS_BETTER, new BigDecimal("12.5"), today.minusYears(1), new BigDecimal("30"),
                    today.plusYears(1), List.of(new OutcomeActual(id(n, "a" + i), today.minusMonths(1), new BigDecimal("18.25"),
                            null, AT)), AT));
        }
        List<Risk> risks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            risks.add(new Risk(id(n, "r" + i), "Risk " + i + ": partners withdraw staff from the hub because of their own "
                    + "budget pressures, leaving the duty rota without health or police cover on some days of the week",
                    5, 1 + i % 5, "Owner", "Escalate to the partnership board; agree a minimum staffing schedule with each "
                    + "partner; keep a reserve list of trained staff; review monthly at the hub steering group meeting.",
                    RiskStatus.OPEN, AT));
        }
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            notes.add(new Note(id(n, "n" + i), today.minusDays(10L * i), NoteKind.DECISION, "The board agreed to extend the "
                    + "pilot into the third locality, subject to the partnership confirming funding for the health posts and "
                    + "the evaluation partner reporting on the first two localities by the end of the financial year.",
                    "Author", false, AT));
        }
        Project project = new Project(id(n, "p"), long1, null, Stage.DELIVERING, "Alexandra Montgomery-Fairweather, Head of Early "
                + "Help, Prevention and Family Support Services", "Dr Christopher Wainwright-Ellis, Director of Children's Services "
                + "and Statutory Director", "Children's Services Improvement Board", today.minusYears(2), today.plusYears(3), null,
                null, List.of(), List.of(new Partner(id(n, "pp"), "Northbrook Police", "Partner", AT)), status, milestones, funding,
                outcomes, risks, notes, Provenance.createdHere(AT), AT, AT);
        // The second also asks the board for a decision, which leads its page and must still leave it one page.
        return n != 2 ? project : project.withDecisionSought(DECISION, AT);
    }

    static final String DECISION = "Agree to extend the hub into the third locality from April, funded from the "
            + "transformation reserve until the health posts are confirmed, and to receive the evaluation in July.";

    private static UUID id(int n, String what) {
        return UUID.nameUUIDFromBytes(("crowded-" + n + "-" + what).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
