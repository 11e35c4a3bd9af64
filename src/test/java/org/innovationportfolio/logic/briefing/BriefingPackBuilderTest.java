package org.innovationportfolio.logic.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.sample.SamplePortfolio;
import org.innovationportfolio.model.Project;
import org.junit.jupiter.api.Test;

/** The one document model: sections chosen, every project present, empty parts said in words, dates and money written the UK way. */
class BriefingPackBuilderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final List<Project> SAMPLE = SamplePortfolio.read(TODAY).projects();

    private static BriefingDocument build(List<Project> projects, Set<BriefingSection> sections) {
        BriefingRequest request = new BriefingRequest("Improvement Board", LocalDate.of(2025, 9, 4), "Author", Marking.OFFICIAL,
                List.of(), sections);
        return BriefingPackBuilder.build(request, new BriefingInputs("Northbrook", projects, Map.of(), Optional.empty(), TODAY,
                Instant.parse("2026-11-23T09:00:00Z")));
    }

    private static List<String> headings(BriefingDocument document, int level) {
        return document.blocks().stream().filter(b -> b instanceof Block.Heading h && h.level() == level)
                .map(b -> ((Block.Heading) b).text()).toList();
    }

    @Test
    void onlyTheChosenSectionsAreBuiltAfterCoverAndContents() {
        BriefingDocument document = build(SAMPLE, Set.of(BriefingSection.FUNDING, BriefingSection.RISKS));

        assertThat(document.blocks().get(0)).isInstanceOf(Block.Cover.class);
        assertThat(document.blocks()).anyMatch(b -> b instanceof Block.Contents);
        assertThat(headings(document, 1)).containsExactly("1. Purpose", "2. Decisions sought", "Appendix A: Funding",
                "Appendix B: Top risks");
    }

    @Test
    void meetingDateIsWrittenDayShortMonthYearWithSepNotSept() {
        BriefingDocument document = build(SAMPLE, Set.of(BriefingSection.EXECUTIVE_SUMMARY));

        assertThat(document.title()).isEqualTo("Innovation portfolio briefing: Improvement Board, 4 Sep 2025");
        assertThat(BriefingText.date(LocalDate.of(2025, 3, 3))).isEqualTo("3 Mar 2025");
    }

    @Test
    void projectWithNoMilestonesFundingOrRisksGetsSentencesNotEmptyTables() {
        Project blank = Project.create("Staying Close: Ŵyl ŷ pilot", null, Instant.parse("2026-01-01T00:00:00Z"));

        BriefingDocument document = build(List.of(blank), Set.of(BriefingSection.PROJECT_PAGES, BriefingSection.MILESTONES,
                BriefingSection.RISKS, BriefingSection.FUNDING));

        List<String> paragraphs = document.blocks().stream().filter(b -> b instanceof Block.Paragraph)
                .map(b -> ((Block.Paragraph) b).text()).toList();
        assertThat(paragraphs).contains("No milestones recorded.", "No funding recorded.", "No open risks recorded.",
                "No outcome measures recorded.", "No decisions recorded.", "No milestones are overdue.",
                "No open risks are recorded for the projects under way.", "No funding is recorded for the projects in this pack.");
        assertThat(document.blocks()).noneMatch(b -> b instanceof Block.Table);
        assertThat(headings(document, 2)).contains("Staying Close: Ŵyl ŷ pilot");
    }

    @Test
    void everyProjectHasAPageAndTheContentsListsIt() {
        BriefingDocument document = build(SAMPLE, BriefingSection.all());

        List<String> contents = document.contents().stream().map(Block.Heading::text).toList();
        SAMPLE.forEach(p -> assertThat(contents).contains(p.title()));
        assertThat(headings(document, 2)).containsAll(SAMPLE.stream().map(Project::title).toList());
    }

    @Test
    void chartAltTextStatesTheFiguresItShows() {
        BriefingDocument document = build(SAMPLE, Set.of(BriefingSection.FUNDING));

        Block.BarChart chart = document.blocks().stream().filter(b -> b instanceof Block.BarChart).map(Block.BarChart.class::cast)
                .findFirst().orElseThrow();
        for (int i = 0; i < chart.categories().size(); i++) {
            assertThat(chart.altText()).contains(chart.categories().get(i) + ": " + chart.categoryTotals().get(i));
        }
    }

    /** A stopped or closed project's open milestones and risks will not be worked on: they are not overdue or counted. */
    @Test
    void aStoppedOrClosedProjectHasNothingOverdueAndItsRisksAreNotCounted() {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        List<Project> withEnded = new java.util.ArrayList<>(SAMPLE);
        for (org.innovationportfolio.model.Stage stage : List.of(org.innovationportfolio.model.Stage.STOPPED,
                org.innovationportfolio.model.Stage.CLOSED)) {
            Project p = Project.create("Ended " + stage.label() + " pilot", null, now).withStage(stage, now)
                    .withMilestones(List.of(new org.innovationportfolio.model.Milestone(java.util.UUID.randomUUID(),
                            "Roll out to every team", TODAY.minusDays(40), null, null,
                            org.innovationportfolio.model.MilestoneStatus.NOT_STARTED, null, now)), now);
            p = new Project(p.id(), p.title(), p.innovationId(), p.stage(), p.leadOfficer(), p.sponsor(), p.governanceBoard(),
                    p.startDate(), p.endDate(), p.targetCohort(), p.objectives(), p.tags(), p.partners(), p.statusHistory(),
                    p.stageHistory(), p.milestones(), p.funding(), p.outcomes(),
                    List.of(new org.innovationportfolio.model.Risk(java.util.UUID.randomUUID(), "No one to run it", 5, 5,
                            null, null, org.innovationportfolio.model.RiskStatus.OPEN, now)),
                    p.notes(), p.provenance(), p.created(), now, p.decisionSought());
            withEnded.add(p);
        }

        BriefingDocument before = build(SAMPLE, BriefingSection.all());
        BriefingDocument after = build(withEnded, BriefingSection.all());

        String text = after.blocks().stream().flatMap(b -> b instanceof Block.Bullets bullets ? bullets.items().stream()
                : b instanceof Block.Table table && !table.caption().startsWith("Milestones of ")
                        && !table.caption().startsWith("Open risks of ") ? table.rows().stream().map(row -> table.caption() + ": "
                        + row.get(0).text() + " / " + row.get(1).text())
                : java.util.stream.Stream.<String>empty()).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(text).doesNotContain("Roll out to every team", "No one to run it");
        assertThat(after.blocks()).filteredOn(b -> b instanceof Block.Table t && t.caption().startsWith("Milestones of Ended"))
                .hasSize(2).allSatisfy(b -> assertThat(((Block.Table) b).rows().get(0).get(3).text())
                        .startsWith("Not started, project ").doesNotContain("Overdue"));
        assertThat(bullet(after, "Risks: ")).isEqualTo(bullet(before, "Risks: "));
        assertThat(bullet(after, "Overdue milestones")).isEqualTo(bullet(before, "Overdue milestones"));
    }

    private static String bullet(BriefingDocument document, String start) {
        return document.blocks().stream().filter(b -> b instanceof Block.Bullets).flatMap(b -> ((Block.Bullets) b).items().stream())
                .filter(item -> item.startsWith(start)).findFirst().orElseThrow();
    }
}
