package org.innovationportfolio.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovationportfolio.logic.briefing.Block;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.briefing.BriefingExport;
import org.innovationportfolio.logic.briefing.BriefingFormat;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.ports.PackRecord;
import org.innovationportfolio.logic.briefing.PreparedBriefing;
import org.innovationportfolio.logic.briefing.RenderProgress;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.model.StatusUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second pack lists exactly the movements made in the portfolio after the first: no more, no fewer. */
class ChangesSinceLastPackTest {

    @TempDir
    Path data;

    @TempDir
    Path out;

    @Test
    void secondPackListsExactlyTheMovementsMadeSinceTheFirst() throws Exception {
        try (SamplePortfolioFixture portfolio = new SamplePortfolioFixture(data)) {
            BriefingExport export = portfolio.export();
            PreparedBriefing first = export.prepare(SamplePortfolioFixture.request(Marking.OFFICIAL));
            assertThat(changeRows(first.document())).isEmpty();
            export.export(first, Map.of(BriefingFormat.DOCX, out.resolve("first.docx")), RenderProgress.NONE);

            List<Project> projects = portfolio.projects();
            Instant now = portfolio.clock.instant();
            Project worsened = projects.stream().filter(p -> p.rag().orElse(null) == Rag.GREEN).findFirst().orElseThrow();
            Project moved = projects.stream().filter(p -> p.stage() == Stage.MOBILISING).findFirst().orElseThrow();
            Project finishing = projects.stream().filter(p -> p != worsened && p != moved && openMilestone(p) != null)
                    .findFirst().orElseThrow();
            Project slipping = projects.stream().filter(p -> p != worsened && p != moved && p != finishing && openMilestone(p) != null)
                    .findFirst().orElseThrow();
            Project removed = projects.stream().filter(p -> p != worsened && p != moved && p != finishing && p != slipping)
                    .findFirst().orElseThrow();
            Milestone done = openMilestone(finishing);
            Milestone late = openMilestone(slipping);
            portfolio.store().writing(r -> {
                List<StatusUpdate> history = new ArrayList<>(worsened.statusHistory());
                history.add(new StatusUpdate(UUID.randomUUID(), SamplePortfolioFixture.TODAY, Rag.RED, "Now Red.", null, now));
                r.projects().save(worsened.withStatusHistory(history, now));
                r.projects().save(moved.withStage(Stage.DELIVERING, now));
                r.projects().save(finishing.withMilestones(replace(finishing.milestones(), done, new Milestone(done.id(), done.title(),
                        done.baseline(), done.forecast(), SamplePortfolioFixture.TODAY, MilestoneStatus.COMPLETE, done.owner(), now)), now));
                r.projects().save(slipping.withMilestones(replace(slipping.milestones(), late, new Milestone(late.id(), late.title(),
                        late.baseline(), late.due().plusDays(30), null, late.status(), late.owner(), now)), now));
                r.projects().delete(removed.id());
                r.projects().save(Project.create("Lifelong Links: family network search", null, now));
            });

            PreparedBriefing sameMeetingAgain = export.prepare(SamplePortfolioFixture.request(Marking.OFFICIAL));
            assertThat(changeRows(sameMeetingAgain.document())).as("a pack re-made for the same meeting").isEmpty();
            var nextMeeting = new org.innovationportfolio.logic.briefing.BriefingRequest(
                    "Children's Services Improvement Board", SamplePortfolioFixture.MEETING.plusMonths(1), null,
                    Marking.OFFICIAL, List.of(), null);
            PreparedBriefing second = export.prepare(nextMeeting);

            assertThat(changeRows(second.document())).containsExactlyInAnyOrder(
                    List.of("Lifelong Links: family network search", "New to the pack", "Added at stage Exploring, RAG not rated."),
                    List.of(removed.title(), "Closed, stopped or removed", "No longer in the pack (was " + removed.stage().label()
                            + ", RAG " + removed.rag().map(Rag::label).orElse("not rated") + ")."),
                    List.of(worsened.title(), "RAG status moved", "RAG Green → Red (worsened)."),
                    List.of(moved.title(), "Stage moved", "Stage Mobilising → Delivering."),
                    List.of(finishing.title(), "Milestone completed", done.title() + "."),
                    List.of(slipping.title(), "Milestone slipped", late.title() + ": "
                            + org.innovationportfolio.logic.briefing.BriefingText.date(late.due()) + " → "
                            + org.innovationportfolio.logic.briefing.BriefingText.date(late.due().plusDays(30)) + " (30 days later)."));
            PackRecord previous = portfolio.store().read(r -> r.briefingHistory()
                    .latestBefore("Children's Services Improvement Board", nextMeeting.meetingDate())).orElseThrow();
            assertThat(previous.projects()).hasSize(projects.size());
            assertThat(previous.projects()).filteredOn(s -> s.projectId().equals(finishing.id())).singleElement()
                    .satisfies(s -> assertThat(s.milestones()).hasSize(finishing.milestones().size()));
        }
    }

    private static Milestone openMilestone(Project p) {
        return p.milestones().stream().filter(m -> !m.isDone() && m.due() != null).findFirst().orElse(null);
    }

    private static List<Milestone> replace(List<Milestone> all, Milestone old, Milestone replacement) {
        return all.stream().map(m -> m.id().equals(old.id()) ? replacement : m).toList();
    }

    private static List<List<String>> changeRows(BriefingDocument document) {
        return document.blocks().stream().filter(b -> b instanceof Block.Table t && t.caption().startsWith("Changes since"))
                .map(Block.Table.class::cast).findFirst()
                .map(t -> t.rows().stream().map(row -> row.stream().map(Block.Cell::text).toList()).toList())
                .orElse(List.of());
    }
}
