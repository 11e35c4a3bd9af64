package org.innovationportfolio.logic.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.innovationportfolio.logic.project.ProjectEditing;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.Risk;
import org.innovationportfolio.model.RiskStatus;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project that started here, sent in a pack and coming back (my own pack, or a colleague's copy of it):
 * the export is the last exchange, so a record changed only here is kept without a conflict.
 */
class SentAndSentBackTest {

    static final Instant CREATED = Instant.parse("2025-06-01T09:00:00.000000001Z");

    @TempDir
    Path here;
    @TempDir
    Path there;
    @TempDir
    Path files;
    Database mine;
    Database theirs;
    Project project;

    @BeforeEach
    void aProjectMadeHere() {
        mine = Database.open(here);
        theirs = Database.open(there);
        project = new Project(UUID.randomUUID(), "Family Hubs", null, Stage.DELIVERING, "Ffion", null, null,
                LocalDate.of(2024, 4, 1), LocalDate.of(2026, 3, 31), null, null, List.of(), List.of(), List.of(),
                List.of(new Milestone(UUID.randomUUID(), "Hub opens", LocalDate.of(2025, 5, 1), null, null,
                        MilestoneStatus.NOT_STARTED, null, CREATED)),
                List.of(), List.of(), List.of(new Risk(UUID.randomUUID(), "Staff leave the hub", 3, 3, "Ffion", null,
                        RiskStatus.OPEN, CREATED)), List.of(), Provenance.createdHere(CREATED), CREATED, CREATED);
        mine.store().writing(r -> r.projects().save(project));
    }

    @AfterEach
    void close() {
        mine.close();
        theirs.close();
    }

    @Test
    void myOwnPackImportedAfterEditingOnlyHereKeepsMineWithoutAConflict() {
        Path pack = export(mine, here, "2026-11-01T10:00:00Z");
        renameMilestone(mine, "Hub opens in May", "2026-11-02T10:00:00Z");

        ProjectPlan plan = plan(mine, here, pack);

        assertThat(plan.status()).isEqualTo(ProjectStatus.UNCHANGED);
        assertThat(plan.records()).isNotEmpty().extracting(RecordPlan::status).containsOnly(RecordStatus.MINE_NEWER);
        assertThat(plan.resolution()).isEqualTo(Resolution.KEEP_MINE);
    }

    @Test
    void theirUnchangedCopyComingBackKeepsMyEditWithoutAConflict() {
        importInto(theirs, there, export(mine, here, "2026-11-01T10:00:00Z"));
        renameMilestone(mine, "Hub opens in May", "2026-11-02T10:00:00Z");

        ProjectPlan plan = plan(mine, here, export(theirs, there, "2026-11-03T10:00:00Z"));

        assertThat(plan.status()).isEqualTo(ProjectStatus.UNCHANGED);
        assertThat(plan.records()).extracting(RecordPlan::status).containsOnly(RecordStatus.MINE_NEWER);
    }

    @Test
    void theirEditOnlyComingBackIsTakenWithoutAConflict() {
        importInto(theirs, there, export(mine, here, "2026-11-01T10:00:00Z"));
        renameMilestone(theirs, "Hub opens in June", "2026-11-02T10:00:00Z");

        ImportPlan plan = importInto(mine, here, export(theirs, there, "2026-11-03T10:00:00Z"));

        assertThat(plan.projects().get(0).status()).isEqualTo(ProjectStatus.UPDATED);
        assertThat(plan.projects().get(0).records()).extracting(RecordPlan::status).containsOnly(RecordStatus.UPDATED);
        assertThat(milestoneTitle(mine)).isEqualTo("Hub opens in June");
    }

    @Test
    void aMilestoneEditedHereAndARiskThereAreNoConflictInTheProjectsDetails() {
        Path sent = export(mine, here, "2026-11-01T10:00:00Z");
        importInto(theirs, there, sent);
        // Saving either child record stamps the project as changed on both sides; its details are as sent.
        renameMilestone(mine, "Hub opens in May", "2026-11-02T10:00:00Z");
        changeRisk(theirs, "Staff leave the hub before it opens", "2026-11-02T11:00:00Z");

        ProjectPlan plan = plan(mine, here, export(theirs, there, "2026-11-03T10:00:00Z"));

        assertThat(plan.records()).extracting(RecordPlan::kind).doesNotContain("Project details");
        assertThat(plan.records()).filteredOn(r -> r.kind().equals("Milestone")).extracting(RecordPlan::status)
                .containsExactly(RecordStatus.MINE_NEWER);
        assertThat(plan.records()).filteredOn(r -> r.kind().equals("Risk")).extracting(RecordPlan::status)
                .containsExactly(RecordStatus.UPDATED);
        assertThat(plan.status()).isEqualTo(ProjectStatus.UPDATED);
    }

    @Test
    void editsOnBothSidesAreAConflict() {
        importInto(theirs, there, export(mine, here, "2026-11-01T10:00:00Z"));
        renameMilestone(mine, "Hub opens in May", "2026-11-02T10:00:00Z");
        renameMilestone(theirs, "Hub opens in June", "2026-11-02T11:00:00Z");

        ProjectPlan plan = plan(mine, here, export(theirs, there, "2026-11-03T10:00:00Z"));

        assertThat(plan.status()).isEqualTo(ProjectStatus.CONFLICT);
        assertThat(plan.records()).filteredOn(r -> r.kind().equals("Milestone")).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RecordStatus.CONFLICT);
            assertThat(r.fields()).startsWith(new FieldDifference("Title", "Hub opens in May", "Hub opens in June"));
        });
    }

    @Test
    void sendingMyEditDoesNotHideTheirChangeToTheVersionTheyStillHave() {
        importInto(theirs, there, export(mine, here, "2026-11-01T10:00:00Z"));
        // They edit and send back; I edit too and send mine, which they never import.
        renameMilestone(theirs, "Hub opens in June", "2026-11-02T10:00:00Z");
        renameMilestone(mine, "Hub opens in May", "2026-11-02T11:00:00Z");
        export(mine, here, "2026-11-03T10:00:00Z");

        ProjectPlan plan = plan(mine, here, export(theirs, there, "2026-11-04T10:00:00Z"));

        assertThat(plan.status()).as("taking theirs would silently lose my edit").isEqualTo(ProjectStatus.CONFLICT);
    }

    @Test
    void theirDetailsAndOnlyAMilestoneOfMineAreTakenAndKeptWithoutAConflict() {
        // A child record saved before sending: the project's last-modified time is then newer than its details.
        changeRisk(mine, "Staff leave the hub before it opens", "2026-10-30T10:00:00Z");
        importInto(theirs, there, export(mine, here, "2026-11-01T10:00:00Z"));
        changeLeadOfficer(theirs, "Gareth", "2026-11-02T10:00:00Z");
        renameMilestone(mine, "Hub opens in May", "2026-11-02T11:00:00Z");

        ImportPlan imported = importInto(mine, here, export(theirs, there, "2026-11-03T10:00:00Z"));

        ProjectPlan plan = imported.projects().get(0);
        assertThat(plan.status()).isEqualTo(ProjectStatus.UPDATED);
        assertThat(plan.resolution()).isEqualTo(Resolution.TAKE_THEIRS);
        assertThat(plan.records()).filteredOn(r -> r.kind().equals("Project details")).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RecordStatus.UPDATED);
            assertThat(r.fields()).containsExactly(new FieldDifference("Lead officer", "Ffion", "Gareth"));
        });
        assertThat(plan.records()).filteredOn(r -> r.kind().equals("Milestone")).extracting(RecordPlan::status)
                .containsExactly(RecordStatus.MINE_NEWER);
        Project after = mine.store().read(r -> r.projects().find(project.id())).orElseThrow();
        assertThat(after.leadOfficer()).isEqualTo("Gareth");
        assertThat(after.milestones().get(0).title()).isEqualTo("Hub opens in May");
    }

    @Test
    void detailsEditedOnBothSidesAreStillAConflict() {
        importInto(theirs, there, export(mine, here, "2026-11-01T10:00:00Z"));
        changeLeadOfficer(theirs, "Gareth", "2026-11-02T10:00:00Z");
        changeLeadOfficer(mine, "Bryn", "2026-11-02T11:00:00Z");

        ProjectPlan plan = plan(mine, here, export(theirs, there, "2026-11-03T10:00:00Z"));

        assertThat(plan.status()).isEqualTo(ProjectStatus.CONFLICT);
        assertThat(plan.records()).filteredOn(r -> r.kind().equals("Project details")).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RecordStatus.CONFLICT);
            assertThat(r.fields()).containsExactly(new FieldDifference("Lead officer", "Bryn", "Gareth"));
        });
    }

    @Test
    void myDetailsEditedOnlyHereAreKeptWithoutAConflict() {
        changeRisk(mine, "Staff leave the hub before it opens", "2026-10-30T10:00:00Z");
        importInto(theirs, there, export(mine, here, "2026-11-01T10:00:00Z"));
        changeLeadOfficer(mine, "Bryn", "2026-11-02T11:00:00Z");

        ProjectPlan plan = plan(mine, here, export(theirs, there, "2026-11-03T10:00:00Z"));

        assertThat(plan.status()).isEqualTo(ProjectStatus.UNCHANGED);
        assertThat(plan.resolution()).isEqualTo(Resolution.KEEP_MINE);
        assertThat(plan.records()).filteredOn(r -> r.kind().equals("Project details")).extracting(RecordPlan::status)
                .containsExactly(RecordStatus.MINE_NEWER);
    }

    @Test
    void myOwnPackImportedAfterEditingOnlyMyDetailsKeepsMine() {
        changeRisk(mine, "Staff leave the hub before it opens", "2026-10-30T10:00:00Z");
        Path pack = export(mine, here, "2026-11-01T10:00:00Z");
        changeLeadOfficer(mine, "Bryn", "2026-11-02T11:00:00Z");

        ProjectPlan plan = plan(mine, here, pack);

        assertThat(plan.status()).isEqualTo(ProjectStatus.UNCHANGED);
        assertThat(plan.records()).extracting(RecordPlan::status).containsOnly(RecordStatus.MINE_NEWER);
    }

    @Test
    void afterAnExchangeOfChildRecordsOnlyTheirNextDetailsEditIsNoConflict() {
        importInto(theirs, there, export(mine, here, "2026-11-01T10:00:00Z"));
        renameMilestone(theirs, "Hub opens in June", "2026-11-02T10:00:00Z");
        changeRisk(mine, "Staff leave the hub before it opens", "2026-11-02T11:00:00Z");
        importInto(mine, here, export(theirs, there, "2026-11-03T10:00:00Z"));
        changeLeadOfficer(theirs, "Gareth", "2026-11-04T10:00:00Z");

        ProjectPlan plan = plan(mine, here, export(theirs, there, "2026-11-05T10:00:00Z"));

        assertThat(plan.records()).filteredOn(r -> r.kind().equals("Project details")).extracting(RecordPlan::status)
                .containsExactly(RecordStatus.UPDATED);
        assertThat(plan.status()).isEqualTo(ProjectStatus.UPDATED);
    }

    @Test
    void previewingAnExportRecordsNothing() {
        new PackExporter(mine.store(), clock("2026-11-01T10:00:00Z"), "test", here)
                .preview(new ExportRequest(List.of(project.id()), false, false, "Ffion Jones", "Anyshire"));
        renameMilestone(mine, "Hub opens in May", "2026-11-02T10:00:00Z");
        theirs.store().writing(r -> r.projects().save(project));

        assertThat(plan(mine, here, export(theirs, there, "2026-11-03T10:00:00Z")).status()).as("no exchange has happened, so there is no base")
                .isEqualTo(ProjectStatus.CONFLICT);
    }

    // --- helpers ---

    private Path export(Database from, Path folder, String at) {
        Path pack = files.resolve(UUID.randomUUID() + ".ippack");
        new PackExporter(from.store(), clock(at), "test", folder)
                .export(new ExportRequest(List.of(project.id()), false, false, "Ffion Jones", "Anyshire"), pack);
        return pack;
    }

    private static ProjectPlan plan(Database into, Path folder, Path pack) {
        return importer(into, folder).plan(new PackReader().read(pack)).projects().get(0);
    }

    private static ImportPlan importInto(Database into, Path folder, Path pack) {
        PackImporter importer = importer(into, folder);
        ImportPlan plan = importer.plan(new PackReader().read(pack));
        importer.apply(plan);
        return plan;
    }

    private static PackImporter importer(Database into, Path folder) {
        return new PackImporter(into.store(), into, folder, folder.resolve("backups"), clock("2026-11-20T10:00:00Z"));
    }

    /** Renames the milestone as the project window does: the milestone and the project stamped when saved. */
    private void renameMilestone(Database in, String title, String at) {
        Clock clock = clock(at);
        ProjectEditing editing = new ProjectEditing(in.store(), clock);
        Project p = editing.open(project.id()).project();
        Milestone m = p.milestones().get(0);
        editing.save(p.withMilestones(List.of(new Milestone(m.id(), title, m.baseline(), m.forecast(), m.completed(),
                m.status(), m.owner(), clock.instant())), p.lastModified()));
    }

    /** Changes the risk's description as the project window does: the risk and the project stamped when saved. */
    private void changeRisk(Database in, String description, String at) {
        Clock clock = clock(at);
        ProjectEditing editing = new ProjectEditing(in.store(), clock);
        Project p = editing.open(project.id()).project();
        Risk r = p.risks().get(0);
        editing.save(new Project(p.id(), p.title(), p.innovationId(), p.stage(), p.leadOfficer(), p.sponsor(),
                p.governanceBoard(), p.startDate(), p.endDate(), p.targetCohort(), p.objectives(), p.tags(),
                p.partners(), p.statusHistory(), p.stageHistory(), p.milestones(), p.funding(), p.outcomes(),
                List.of(new Risk(r.id(), description, r.likelihood(), r.impact(), r.owner(), r.mitigation(), r.status(),
                        clock.instant())), p.notes(), p.provenance(), p.created(), clock.instant()));
    }

    /** Changes the lead officer as the project window's details form does: the project stamped when saved. */
    private void changeLeadOfficer(Database in, String leadOfficer, String at) {
        ProjectEditing editing = new ProjectEditing(in.store(), clock(at));
        Project p = editing.open(project.id()).project();
        editing.save(new Project(p.id(), p.title(), p.innovationId(), p.stage(), leadOfficer, p.sponsor(),
                p.governanceBoard(), p.startDate(), p.endDate(), p.targetCohort(), p.objectives(), p.tags(),
                p.partners(), p.statusHistory(), p.stageHistory(), p.milestones(), p.funding(), p.outcomes(),
                p.risks(), p.notes(), p.provenance(), p.created(), p.lastModified(), p.decisionSought()));
    }

    private String milestoneTitle(Database in) {
        return in.store().read(r -> r.projects().find(project.id())).orElseThrow().milestones().get(0).title();
    }

    private static Clock clock(String at) {
        return Clock.fixed(Instant.parse(at), ZoneOffset.UTC);
    }
}
