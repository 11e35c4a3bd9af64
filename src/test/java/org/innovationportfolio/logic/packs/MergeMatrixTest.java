package org.innovationportfolio.logic.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.innovationportfolio.logic.RefusedException;
import org.innovationportfolio.logic.ports.Store;
import org.innovationportfolio.model.FinancialYear;
import org.innovationportfolio.model.FundingLine;
import org.innovationportfolio.model.FundingStatus;
import org.innovationportfolio.model.FundingType;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.MilestoneStatus;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Note;
import org.innovationportfolio.model.NoteKind;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.Provenance;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The merge rules: a project shared once, then changed by me, by them, by both or by neither,
 * imported again under each policy. Each test uses its own project, in two real portfolios.
 */
class MergeMatrixTest {

    static final Instant T0 = Instant.parse("2025-06-01T09:00:00.000000001Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path senderFolder;
    @TempDir
    static Path receiverFolder;
    @TempDir
    static Path files;
    static Database sender;
    static Database receiver;

    enum Change { NEITHER, MINE, THEIRS, BOTH }

    @BeforeAll
    static void open() {
        sender = Database.open(senderFolder);
        receiver = Database.open(receiverFolder);
    }

    @AfterAll
    static void close() {
        sender.close();
        receiver.close();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cells = new ArrayList<>();
        for (Change change : Change.values()) {
            for (Resolution policy : Resolution.values()) {
                cells.add(Arguments.of(change, policy));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} changed, --policy {1}")
    @MethodSource("matrix")
    void mergeMatrix(Change change, Resolution policy) {
        Project shared = sharedProject();
        Milestone first = shared.milestones().get(0);
        if (change == Change.MINE || change == Change.BOTH) {
            edit(receiver.store(), shared.id(), first.id(), "Mine: hub opens in May", T0.plusSeconds(100));
        }
        if (change == Change.THEIRS || change == Change.BOTH) {
            edit(sender.store(), shared.id(), first.id(), "Theirs: hub opens in June", T0.plusSeconds(200));
        }
        Project mineBefore = find(receiver.store(), shared.id()).orElseThrow();

        ImportPlan plan = plan(export(shared.id())).settleConflicts(policy);
        ImportResult result = importer().apply(plan);

        ProjectPlan projectPlan = plan.projects().get(0);
        Project after = find(receiver.store(), shared.id()).orElseThrow();
        String title = after.milestones().stream().filter(m -> m.id().equals(first.id())).findFirst().orElseThrow().title();
        List<Project> copies = copiesOf(shared);
        switch (change) {
            case NEITHER -> {
                assertThat(projectPlan.status()).isEqualTo(ProjectStatus.UNCHANGED);
                assertThat(after).isEqualTo(mineBefore);
                assertThat(result.backup()).isNull();
                assertThat(copies).isEmpty();
            }
            case MINE -> {
                assertThat(projectPlan.status()).isEqualTo(ProjectStatus.UNCHANGED);
                assertThat(projectPlan.records()).extracting(RecordPlan::status).containsExactly(RecordStatus.MINE_NEWER);
                assertThat(title).isEqualTo("Mine: hub opens in May");
                assertThat(after).isEqualTo(mineBefore);
                assertThat(copies).isEmpty();
            }
            case THEIRS -> {
                assertThat(projectPlan.status()).isEqualTo(ProjectStatus.UPDATED);
                assertThat(projectPlan.records()).extracting(RecordPlan::status).containsExactly(RecordStatus.UPDATED);
                assertThat(title).isEqualTo("Theirs: hub opens in June");
                assertThat(copies).isEmpty();
            }
            case BOTH -> {
                assertThat(projectPlan.status()).isEqualTo(ProjectStatus.CONFLICT);
                assertThat(projectPlan.resolution()).isEqualTo(policy);
                switch (policy) {
                    case KEEP_MINE -> {
                        assertThat(after).isEqualTo(mineBefore);
                        assertThat(copies).isEmpty();
                    }
                    case TAKE_THEIRS -> {
                        assertThat(title).isEqualTo("Theirs: hub opens in June");
                        assertThat(copies).isEmpty();
                    }
                    case KEEP_BOTH -> {
                        assertThat(after).isEqualTo(mineBefore);
                        assertThat(copies).singleElement().satisfies(copy -> {
                            assertThat(copy.title()).isEqualTo(shared.title() + " (from Sam Patel, Anyshire)");
                            assertThat(copy.milestones()).extracting(Milestone::title)
                                    .contains("Theirs: hub opens in June");
                            assertThat(PackChecks.ids(copy)).doesNotContainAnyElementsOf(PackChecks.ids(after));
                            assertThat(copy.provenance().origin()).isEqualTo(Provenance.Origin.IMPORTED);
                        });
                    }
                    default -> throw new IllegalStateException();
                }
            }
            default -> throw new IllegalStateException();
        }
        // Mine is never lost: the private note and the record only I have are still there.
        assertThat(after.notes()).extracting(Note::text).contains("Private: budget worries");
        assertThat(importer().plan(new PackReader().read(export(shared.id()))).projects().get(0).status())
                .as("importing the same pack again asks nothing new")
                .isIn(ProjectStatus.UNCHANGED, change == Change.BOTH && policy == Resolution.KEEP_MINE
                        ? ProjectStatus.CONFLICT : ProjectStatus.UNCHANGED);
    }

    @Test
    void newRecordsOnBothSidesAreBothKeptWithoutAConflict() {
        Project shared = sharedProject();
        addMilestone(receiver.store(), shared.id(), "Mine: recruit foster carers");
        addMilestone(sender.store(), shared.id(), "Theirs: train hub staff");

        ImportPlan plan = plan(export(shared.id()));
        importer().apply(plan);

        assertThat(plan.projects().get(0).status()).isEqualTo(ProjectStatus.UPDATED);
        assertThat(find(receiver.store(), shared.id()).orElseThrow().milestones()).extracting(Milestone::title)
                .contains("Mine: recruit foster carers", "Theirs: train hub staff");
    }

    @Test
    void keepMineOnAnUpdatedProjectLeavesItExactlyAsItIs() {
        Project shared = sharedProject();
        edit(sender.store(), shared.id(), shared.milestones().get(0).id(), "Theirs: later", T0.plusSeconds(300));
        Project mineBefore = find(receiver.store(), shared.id()).orElseThrow();

        ImportPlan plan = plan(export(shared.id()));
        importer().apply(plan.choose(shared.id(), Resolution.KEEP_MINE));

        assertThat(find(receiver.store(), shared.id())).contains(mineBefore);
    }

    @Test
    void aPackWithoutFundingNeverTakesMyFundingAway() {
        Project shared = sharedProject();
        edit(sender.store(), shared.id(), shared.milestones().get(0).id(), "Theirs: changed", T0.plusSeconds(300));
        Path pack = files.resolve(UUID.randomUUID() + ".ippack");
        new PackExporter(sender.store(), CLOCK, "test", senderFolder).export(
                new ExportRequest(List.of(shared.id()), true, true, "Sam Patel", "Anyshire"), pack);

        ImportPlan plan = plan(pack);
        importer().apply(plan);

        assertThat(plan.notes()).anyMatch(n -> n.contains("withheld funding"));
        assertThat(find(receiver.store(), shared.id()).orElseThrow().funding()).hasSize(1);
    }

    @Test
    void applyIsRefusedWhenThePortfolioChangedAfterThePreview() {
        Project shared = sharedProject();
        edit(sender.store(), shared.id(), shared.milestones().get(0).id(), "Theirs: changed", T0.plusSeconds(300));
        ImportPlan plan = plan(export(shared.id()));
        edit(receiver.store(), shared.id(), shared.milestones().get(0).id(), "Mine meanwhile", T0.plusSeconds(400));
        Project changedMeanwhile = find(receiver.store(), shared.id()).orElseThrow();

        assertThatThrownBy(() -> importer().apply(plan)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("changed after the import was previewed");
        assertThat(find(receiver.store(), shared.id())).contains(changedMeanwhile);
    }

    // --- helpers ---

    /** A new project made by the sender, sent once and imported by the receiver: the common starting point. */
    static Project sharedProject() {
        Project project = new Project(UUID.randomUUID(), "No Wrong Door " + UUID.randomUUID().toString().substring(0, 8),
                null, Stage.DELIVERING, "Ffion", null, null, LocalDate.of(2024, 4, 1), LocalDate.of(2026, 3, 31),
                null, null, List.of("edge of care"), List.of(), List.of(),
                List.of(new Milestone(UUID.randomUUID(), "Hub opens", LocalDate.of(2025, 5, 1), null, null,
                                MilestoneStatus.NOT_STARTED, null, T0),
                        new Milestone(UUID.randomUUID(), "Evaluation", LocalDate.of(2026, 1, 1), null, null,
                                MilestoneStatus.NOT_STARTED, null, T0)),
                List.of(new FundingLine(UUID.randomUUID(), "DfE", FundingType.GRANT, new FinancialYear(2025),
                        Money.ofPounds(100_000), Money.ZERO, Money.ofPounds(90_000), FundingStatus.AWARDED, null, null,
                        T0)),
                List.of(), List.of(),
                List.of(new Note(UUID.randomUUID(), LocalDate.of(2025, 5, 2), NoteKind.DECISION, "Board approved",
                        null, false, T0)),
                Provenance.createdHere(T0), T0, T0);
        sender.store().writing(r -> r.projects().save(project));
        importer().apply(plan(export(project.id())));
        // The receiver's own private note: it must survive every import.
        receiver.store().writing(r -> {
            Project mine = r.projects().find(project.id()).orElseThrow();
            List<Note> notes = new ArrayList<>(mine.notes());
            notes.add(new Note(UUID.randomUUID(), LocalDate.of(2025, 6, 1), NoteKind.NOTE, "Private: budget worries",
                    null, true, T0.plusSeconds(50)));
            r.projects().save(withNotes(mine, notes));
        });
        return project;
    }

    static Path export(UUID projectId) {
        Path pack = files.resolve(UUID.randomUUID() + ".ippack");
        new PackExporter(sender.store(), CLOCK, "test", senderFolder).export(
                new ExportRequest(List.of(projectId), false, false, "Sam Patel", "Anyshire"), pack);
        return pack;
    }

    static ImportPlan plan(Path pack) {
        return importer().plan(new PackReader().read(pack));
    }

    static PackImporter importer() {
        return new PackImporter(receiver.store(), receiver, receiverFolder, receiverFolder.resolve("backups"), CLOCK);
    }

    static Optional<Project> find(Store store, UUID id) {
        return store.read(r -> r.projects().find(id));
    }

    static List<Project> copiesOf(Project shared) {
        return receiver.store().read(r -> r.projects().findAll()).stream()
                .filter(p -> p.title().startsWith(shared.title() + " (from")).toList();
    }

    static void edit(Store store, UUID projectId, UUID milestoneId, String title, Instant at) {
        store.writing(r -> {
            Project p = r.projects().find(projectId).orElseThrow();
            List<Milestone> milestones = p.milestones().stream().map(m -> m.id().equals(milestoneId)
                    ? new Milestone(m.id(), title, m.baseline(), m.forecast(), m.completed(), m.status(), m.owner(), at)
                    : m).toList();
            r.projects().save(p.withMilestones(milestones, p.lastModified()));
        });
    }

    static void addMilestone(Store store, UUID projectId, String title) {
        store.writing(r -> {
            Project p = r.projects().find(projectId).orElseThrow();
            List<Milestone> milestones = new ArrayList<>(p.milestones());
            milestones.add(new Milestone(UUID.randomUUID(), title, null, null, null, MilestoneStatus.NOT_STARTED, null,
                    T0.plusSeconds(500)));
            r.projects().save(p.withMilestones(milestones, p.lastModified()));
        });
    }

    static Project withNotes(Project p, List<Note> notes) {
        return new Project(p.id(), p.title(), p.innovationId(), p.stage(), p.leadOfficer(), p.sponsor(),
                p.governanceBoard(), p.startDate(), p.endDate(), p.targetCohort(), p.objectives(), p.tags(),
                p.partners(), p.statusHistory(), p.milestones(), p.funding(), p.outcomes(), p.risks(), notes,
                p.provenance(), p.created(), p.lastModified());
    }
}
