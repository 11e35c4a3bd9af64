package org.innovationportfolio.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Partner;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StatusUpdate;

/** A large made-up portfolio of realistic-looking projects, the same every run, for benchmarks. */
public final class SyntheticPortfolio {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final String[] MODELS = {"Family Safeguarding", "No Wrong Door", "Mockingbird", "Staying Close",
        "Lifelong Links", "Family Drug and Alcohol Court", "Pause", "Firstline", "Kinship Connect", "Safe Families"};
    private static final String[] PLACES = {"Westfield", "Northbrook", "Eastmere", "Southdale", "Harrowgate",
        "Kingsbridge", "Ashford Vale", "Millbrook"};
    private static final String[] PEOPLE = {"Priya Shah", "Tom Evans", "Rebecca Nash", "Mark Ellison", "Aisha Rahman",
        "Sam Walker", "Lucy Fernandes", "Jas Bains", "Owen Price", "Grace Okafor"};
    private static final String[] PARTNERS = {"Coram", "What Works for Children's Social Care", "Barnardo's",
        "NSPCC", "The Fostering Network", "Local NHS trust", "University of Bedfordshire", "Frontline"};
    private static final String[] COMMENTS = {"Recruitment of the second cohort is behind plan",
        "Evaluation partner appointed and fieldwork started", "Grant conditions agreed with the DfE",
        "Sustainability after the grant is the main risk", "Board asked for a costed exit plan",
        "Referrals are above forecast in the first quarter"};

    private SyntheticPortfolio() {
    }

    /** {@code count} projects from a fixed seed. */
    public static List<Project> projects(int count) {
        Random random = new Random(20261123L);
        List<Project> projects = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String title = pick(random, MODELS) + " in " + pick(random, PLACES) + " " + (i + 1);
            String lead = pick(random, PEOPLE);
            List<Partner> partners = List.of(
                    new Partner(UUID.randomUUID(), pick(random, PARTNERS), "Delivery partner", NOW),
                    new Partner(UUID.randomUUID(), pick(random, PARTNERS), "Evaluation partner", NOW));
            List<StatusUpdate> history = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                history.add(new StatusUpdate(UUID.randomUUID(), LocalDate.of(2026, 3 + s * 3, 1),
                        Rag.values()[random.nextInt(3)], pick(random, COMMENTS), lead, NOW));
            }
            List<Milestone> milestones = new ArrayList<>();
            for (int m = 0; m < 4; m++) {
                LocalDate baseline = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(720));
                milestones.add(new Milestone(UUID.randomUUID(), "Milestone " + (m + 1), baseline,
                        baseline.plusDays(random.nextInt(90)), null, MilestoneStatus.NOT_STARTED, lead, NOW));
            }
            List<FundingLine> funding = List.of(new FundingLine(UUID.randomUUID(), "DfE", FundingType.GRANT,
                    FinancialYear.of(LocalDate.of(2026, 11, 23)), Money.ofPounds(10_000L + random.nextInt(900_000)),
                    Money.ZERO, Money.ZERO, FundingStatus.AWARDED, null, null, NOW));
            projects.add(new Project(UUID.randomUUID(), title, null, Stage.values()[random.nextInt(Stage.values().length)],
                    lead, pick(random, PEOPLE), "Improvement Board", LocalDate.of(2025, 4, 1), null, null, null,
                    List.of("tag" + random.nextInt(40), "tag" + random.nextInt(40)), partners, history, milestones,
                    funding, List.of(), List.of(), List.of(), Provenance.createdHere(NOW), NOW, NOW));
        }
        return projects;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
