package org.innovationportfolio.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A project in the officer's portfolio, usually the adoption of a catalogue innovation, with
 * everything that belongs to it. The aggregate that is saved, exported and imported whole.
 */
public record Project(
        UUID id,
        String title,
        UUID innovationId,
        Stage stage,
        String leadOfficer,
        String sponsor,
        String governanceBoard,
        LocalDate startDate,
        LocalDate endDate,
        String targetCohort,
        String objectives,
        List<String> tags,
        List<Partner> partners,
        List<StatusUpdate> statusHistory,
        List<StageChange> stageHistory,
        List<Milestone> milestones,
        List<FundingLine> funding,
        List<OutcomeMeasure> outcomes,
        List<Risk> risks,
        List<Note> notes,
        Provenance provenance,
        Instant created,
        Instant lastModified,
        String decisionSought) implements ProjectHeadlines {

    public Project {
        Checks.required(id, "A project's id");
        title = Checks.requiredText(title, "The project title");
        Checks.required(stage, "The stage");
        leadOfficer = Checks.optionalShort(leadOfficer, "The lead officer");
        sponsor = Checks.optionalShort(sponsor, "The sponsor");
        governanceBoard = Checks.optionalShort(governanceBoard, "The governance board");
        Checks.notBefore(startDate, endDate, "\"" + title + "\" ends before it starts: check the start and end dates.");
        targetCohort = Checks.optionalLong(targetCohort, "The target cohort");
        objectives = Checks.optionalLong(objectives, "The objectives");
        tags = Checks.list(tags).stream().map(t -> Checks.optionalShort(t, "A tag")).filter(t -> t != null).distinct().toList();
        partners = Checks.list(partners);
        statusHistory = Checks.list(statusHistory).stream()
                .sorted(Comparator.comparing(StatusUpdate::date).thenComparing(StatusUpdate::lastModified).reversed())
                .toList();
        stageHistory = Checks.list(stageHistory).stream()
                .sorted(Comparator.comparing(StageChange::changedOn).thenComparing(StageChange::lastModified).reversed())
                .toList();
        milestones = Checks.list(milestones).stream()
                .sorted(Comparator.comparing(Milestone::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Milestone::title))
                .toList();
        funding = Checks.list(funding).stream()
                .sorted(Comparator.comparing(FundingLine::year).thenComparing(FundingLine::source))
                .toList();
        outcomes = Checks.list(outcomes);
        risks = Checks.list(risks).stream()
                .sorted(Comparator.comparingInt(Risk::score).reversed().thenComparing(Risk::description))
                .toList();
        notes = Checks.list(notes).stream()
                .sorted(Comparator.comparing(Note::date).thenComparing(Note::lastModified).reversed())
                .toList();
        Checks.required(provenance, "The provenance");
        Checks.required(created, "The created time");
        Checks.required(lastModified, "The last-modified time");
        decisionSought = Checks.optionalText(decisionSought, "The decision sought from the board", 4000);
    }

    /** A project with no decision sought from the board. */
    public Project(UUID id, String title, UUID innovationId, Stage stage, String leadOfficer, String sponsor,
            String governanceBoard, LocalDate startDate, LocalDate endDate, String targetCohort, String objectives,
            List<String> tags, List<Partner> partners, List<StatusUpdate> statusHistory, List<StageChange> stageHistory,
            List<Milestone> milestones, List<FundingLine> funding, List<OutcomeMeasure> outcomes, List<Risk> risks,
            List<Note> notes, Provenance provenance, Instant created, Instant lastModified) {
        this(id, title, innovationId, stage, leadOfficer, sponsor, governanceBoard, startDate, endDate, targetCohort,
                objectives, tags, partners, statusHistory, stageHistory, milestones, funding, outcomes, risks, notes,
                provenance, created, lastModified, null);
    }

    /**
     * A project without a stage history, for callers that do not keep one (pack files, the editor's
     * draft); {@link org.innovationportfolio.model.StageChange stage changes} are added by the logic
     * that changes the stage, and a store keeps those already recorded.
     */
    public Project(UUID id, String title, UUID innovationId, Stage stage, String leadOfficer, String sponsor,
            String governanceBoard, LocalDate startDate, LocalDate endDate, String targetCohort, String objectives,
            List<String> tags, List<Partner> partners, List<StatusUpdate> statusHistory, List<Milestone> milestones,
            List<FundingLine> funding, List<OutcomeMeasure> outcomes, List<Risk> risks, List<Note> notes,
            Provenance provenance, Instant created, Instant lastModified) {
        this(id, title, innovationId, stage, leadOfficer, sponsor, governanceBoard, startDate, endDate, targetCohort,
                objectives, tags, partners, statusHistory, List.of(), milestones, funding, outcomes, risks, notes,
                provenance, created, lastModified);
    }

    /** A blank project in Exploring, made here now. */
    public static Project create(String title, UUID innovationId, Instant now) {
        return new Project(UUID.randomUUID(), title, innovationId, Stage.EXPLORING, null, null, null, null, null, null,
                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Provenance.createdHere(now), now, now);
    }

    public Project withStage(Stage newStage, Instant now) {
        return new Project(id, title, innovationId, newStage, leadOfficer, sponsor, governanceBoard, startDate, endDate,
                targetCohort, objectives, tags, partners, statusHistory, stageHistory, milestones, funding, outcomes,
                risks, notes, provenance, created, now, decisionSought);
    }

    /**
     * The project moved to {@code newStage} on {@code day}, with the move added to its stage history;
     * the same project, unchanged, when it is already there.
     */
    public Project movedTo(Stage newStage, LocalDate day, Instant now) {
        if (newStage == stage) {
            return this;
        }
        List<StageChange> history = new ArrayList<>(stageHistory);
        history.add(StageChange.of(stage, newStage, day, now));
        return withStageHistory(history, now).withStage(newStage, now);
    }

    public Project withStageHistory(List<StageChange> history, Instant now) {
        return new Project(id, title, innovationId, stage, leadOfficer, sponsor, governanceBoard, startDate, endDate,
                targetCohort, objectives, tags, partners, statusHistory, history, milestones, funding, outcomes, risks,
                notes, provenance, created, now, decisionSought);
    }

    /** The latest stage change, newest first in {@link #stageHistory()}. */
    public Optional<StageChange> lastStageChange() {
        return stageHistory.isEmpty() ? Optional.empty() : Optional.of(stageHistory.get(0));
    }

    public Project withStatusHistory(List<StatusUpdate> history, Instant now) {
        return new Project(id, title, innovationId, stage, leadOfficer, sponsor, governanceBoard, startDate, endDate,
                targetCohort, objectives, tags, partners, history, stageHistory, milestones, funding, outcomes, risks,
                notes, provenance, created, now, decisionSought);
    }

    /** The same project asking the board for {@code decision} (null or blank for none). */
    public Project withDecisionSought(String decision, Instant now) {
        return new Project(id, title, innovationId, stage, leadOfficer, sponsor, governanceBoard, startDate, endDate,
                targetCohort, objectives, tags, partners, statusHistory, stageHistory, milestones, funding, outcomes,
                risks, notes, provenance, created, now, decision);
    }

    public Project withMilestones(List<Milestone> newMilestones, Instant now) {
        return new Project(id, title, innovationId, stage, leadOfficer, sponsor, governanceBoard, startDate, endDate,
                targetCohort, objectives, tags, partners, statusHistory, stageHistory, newMilestones, funding, outcomes,
                risks, notes, provenance, created, now, decisionSought);
    }
}
