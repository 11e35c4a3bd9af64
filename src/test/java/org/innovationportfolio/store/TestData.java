package org.innovationportfolio.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innovationportfolio.model.Award;
import org.innovationportfolio.model.Evidence;
import org.innovationportfolio.model.Fact;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Innovation;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.NoteKind;
import org.innovationportfolio.model.OutcomeActual;
import org.innovationportfolio.model.OutcomeDirection;
import org.innovationportfolio.model.OutcomeMeasure;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Programme;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.RiskStatus;
import org.innovationportfolio.model.SourceRef;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StatusUpdate;
import org.innovationportfolio.model.Strand;
import org.innovationportfolio.model.Theme;

/** Records with every field filled (and some deliberately awkward) for round-trip tests. */
final class TestData {

    /** Nanoseconds, so a store that rounds to millis or micros is caught. */
    static final Instant T = Instant.parse("2025-03-03T10:15:30.123456789Z");
    static final String WELSH = "Gwasanaethau Plant ŵ ŷ — £2.1m “quoted” 😀";

    private TestData() {
    }

    static Instant at(long plusNanos) {
        return T.plusNanos(plusNanos);
    }

    /** A project with every field and every child type filled, including ties the sort order cannot break. */
    static Project fullProject(String title) {
        return fullProject(title, "Private: " + WELSH);
    }

    /** As {@link #fullProject(String)}, with the given text in its private note. */
    static Project fullProject(String title, String privateNote) {
        UUID measureId = UUID.randomUUID();
        String longText = "Objectives. ".repeat(8_000); // 96,000 characters: a CLOB, not a VARCHAR
        return new Project(
                UUID.randomUUID(), title, Innovation.stableId("no-wrong-door"), Stage.DELIVERING,
                "Ffion Ŵyn", "Director of Children's Services", "Children's Services Improvement Board",
                LocalDate.of(2023, 4, 1), LocalDate.of(2026, 3, 31),
                "Adolescents on the edge of care, 12–17 " + WELSH, longText,
                List.of("edge of care", "adolescents", WELSH),
                List.of(new Partner(UUID.randomUUID(), "North Yorkshire County Council", "Originator", at(1)),
                        new Partner(UUID.randomUUID(), "University of Bedfordshire", null, at(2)),
                        new Partner(UUID.randomUUID(), "Aardvark Trust", "Evaluation partner", at(3))),
                List.of(new StatusUpdate(UUID.randomUUID(), LocalDate.of(2025, 1, 10), Rag.AMBER,
                                "Recruitment of hub staff behind plan.", "Ffion", at(10)),
                        new StatusUpdate(UUID.randomUUID(), LocalDate.of(2025, 2, 10), Rag.GREEN, null, null, at(11)),
                        // Same date and same time as the next: only the saved order tells them apart.
                        new StatusUpdate(UUID.randomUUID(), LocalDate.of(2025, 3, 1), Rag.RED, "Tie A", null, at(12)),
                        new StatusUpdate(UUID.randomUUID(), LocalDate.of(2025, 3, 1), Rag.AMBER, "Tie B", null, at(12))),
                List.of(new Milestone(UUID.randomUUID(), "Hub opens", LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 3), MilestoneStatus.COMPLETE, "Ffion",
                                at(20)),
                        new Milestone(UUID.randomUUID(), "Evaluation report", LocalDate.of(2025, 9, 1), null, null,
                                MilestoneStatus.NOT_STARTED, null, at(21)),
                        new Milestone(UUID.randomUUID(), "Undated idea", null, null, null,
                                MilestoneStatus.IN_PROGRESS, null, at(22))),
                List.of(new FundingLine(UUID.randomUUID(), "DfE", FundingType.GRANT, new FinancialYear(2024),
                                Money.ofPence(210_000_000L), Money.ofPence(123_456_78L), Money.ofPence(199_999_99L),
                                FundingStatus.RECEIVED, "DFE-2024-007", "Spend by 31 March. " + WELSH, at(30)),
                        // Same funder, same year: the model's sort cannot order these two.
                        new FundingLine(UUID.randomUUID(), "DfE", FundingType.IN_KIND, new FinancialYear(2024),
                                Money.ofPence(1), Money.ZERO, Money.ZERO, FundingStatus.BID, null, null, at(31)),
                        new FundingLine(UUID.randomUUID(), "Council", FundingType.COUNCIL_BUDGET,
                                new FinancialYear(2025), Money.ofPence(Long.MAX_VALUE / 4), Money.ZERO,
                                Money.ofPence(5), FundingStatus.AWARDED, null, null, at(32))),
                List.of(new OutcomeMeasure(measureId, "Children safely remaining at home", "children",
                                OutcomeDirection.HIGHER_IS_BETTER, new BigDecimal("42.0"), LocalDate.of(2019, 4, 1),
                                new BigDecimal("1E+2"), LocalDate.of(2026, 3, 31),
                                List.of(new OutcomeActual(UUID.randomUUID(), LocalDate.of(2024, 3, 31),
                                                new BigDecimal("57.50"), "2023/24 " + WELSH, at(40)),
                                        new OutcomeActual(UUID.randomUUID(), LocalDate.of(2024, 3, 31),
                                                new BigDecimal("58"), null, at(41))),
                                at(42)),
                        new OutcomeMeasure(UUID.randomUUID(), "Days to placement", null,
                                OutcomeDirection.LOWER_IS_BETTER, null, null, null, null, List.of(), at(43))),
                List.of(new Risk(UUID.randomUUID(), "Staff turnover", 4, 4, "HR", "Retention payments", RiskStatus.OPEN,
                                at(50)),
                        new Risk(UUID.randomUUID(), "Data sharing", 2, 3, null, null, RiskStatus.MANAGED, at(51))),
                List.of(new Note(UUID.randomUUID(), LocalDate.of(2025, 1, 5), NoteKind.DECISION,
                                "Board agreed to extend to 2026.", "Board", false, at(60)),
                        new Note(UUID.randomUUID(), LocalDate.of(2025, 1, 6), NoteKind.NOTE, privateNote,
                                null, true, at(61))),
                new Provenance(Provenance.Origin.IMPORTED, UUID.randomUUID(), "Sam Colleague", "Anyshire Council",
                        at(70), Instant.parse("2024-12-31T23:59:59.000000001Z")),
                at(80), at(81));
    }

    /** A project with only what is required. */
    static Project bareProject(String title) {
        return Project.create(title, null, at(999));
    }

    static Innovation fullInnovation(String key) {
        return new Innovation(Innovation.stableId(key), key, "No Wrong Door " + WELSH, Programme.DFE_INNOVATION_PROGRAMME,
                Strand.RETHINKING_SUPPORT_FOR_ADOLESCENTS,
                Set.of(Theme.EARLY_INTERVENTION_AND_EARLY_HELP, Theme.STABILITY_FOR_CHILDREN_IN_CARE),
                List.of("North Yorkshire County Council", "Zeta Partnership", "Alpha Trust"),
                List.of("Police", "CAMHS"),
                "Hubs combining residential and outreach. " + "x".repeat(50_000),
                "Adolescents 12–25 on the edge of care",
                new Evidence(true, "Loughborough University", "Fewer missing episodes. " + WELSH, "https://example.org"),
                new Award(Money.ofPence(210_000_000L), true, "up to £2.1m"),
                List.of(new Fact("Missing episodes fell by 40%", "40%", "2017-03", new SourceRef("dfe-2017", "p. 4")),
                        new Fact("Another fact", null, null, new SourceRef("dfe-2017", null))),
                List.of(new SourceRef("dfe-2017", "Section 2")), true, false, at(5));
    }

    static Innovation bareInnovation(String key) {
        return new Innovation(UUID.randomUUID(), key, "Bare " + key, Programme.USER, null, null, null, null, null,
                null, new Evidence(false, null, null, null), null, null, null, false, true, at(6));
    }
}
