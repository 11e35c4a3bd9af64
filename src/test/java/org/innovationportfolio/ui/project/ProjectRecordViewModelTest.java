package org.innovationportfolio.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.portfolio.PortfolioRow;
import org.innovationportfolio.model.InvalidValueException;
import org.innovationportfolio.model.Milestone;
import org.innovationportfolio.model.Money;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.model.ProjectDocument;
import org.innovationportfolio.model.Rag;
import org.innovationportfolio.ui.DialogService;
import org.innovationportfolio.ui.HeldTaskRunner;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.briefing.RecordingDesktop;
import org.innovationportfolio.ui.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project record's view models on a real store with the sample loaded, without a stage. */
class ProjectRecordViewModelTest {

    @TempDir
    Path dataFolder;

    private RecordFixture fixture;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @BeforeEach
    void open() {
        fixture = new RecordFixture(dataFolder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ProjectRecordViewModel opened(Project project, DialogService dialogService) {
        ProjectRecordViewModel vm = new ProjectRecordViewModel(fixture.context(), fixture.nav, dialogService,
                new ImmediateTaskRunner(), new RecordingDesktop());
        vm.open(project.id());
        assertThat(vm.loadedProperty().get()).isTrue();
        return vm;
    }

    @Test
    void opensAProjectUnchangedAndSavable() {
        Project project = fixture.fullestProject();
        ProjectRecordViewModel vm = opened(project, dialogs);

        assertThat(vm.titleProperty().get()).isEqualTo(project.title());
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.milestones().milestones()).hasSameSizeAs(project.milestones());
        assertThat(vm.draft().toProject(project)).isEqualTo(project);
    }

    @Test
    void openingASecondProjectShowsItAndTheShellsRefreshDoesNotReopenTheFirst() {
        List<Project> two = twoProjects();
        HeldTaskRunner held = new HeldTaskRunner();
        ProjectRecordViewModel vm = new ProjectRecordViewModel(fixture.context(), fixture.nav, dialogs, held, new RecordingDesktop());
        vm.open(two.get(0).id());
        vm.refresh();
        held.runAll();
        assertThat(vm.titleProperty().get()).isEqualTo(two.get(0).title());

        // As the shell shows the record: open the project asked for, then refresh the page.
        vm.open(two.get(1).id());
        vm.refresh();
        assertThat(held.waiting()).as("the refresh while the read is on its way asks for nothing more").isEqualTo(1);
        held.runAll();

        assertThat(vm.titleProperty().get()).isEqualTo(two.get(1).title());
        assertThat(vm.draft().toProject(two.get(1))).isEqualTo(two.get(1));
        vm.refresh();
        held.runAll();
        assertThat(vm.titleProperty().get()).as("F5 reads the project showing").isEqualTo(two.get(1).title());
    }

    @Test
    void aSlowReadOfTheFirstProjectArrivingLastIsDroppedAndTheRagUpdateLandsInTheSecond() {
        List<Project> two = twoProjects();
        Project first = two.get(0);
        Project second = two.get(1);
        HeldTaskRunner held = new HeldTaskRunner();
        ProjectRecordViewModel vm = new ProjectRecordViewModel(fixture.context(), fixture.nav, dialogs, held, new RecordingDesktop());
        vm.open(first.id());
        vm.open(second.id());

        held.runNewest();
        assertThat(vm.titleProperty().get()).isEqualTo(second.title());
        held.runAll(); // the first project's read, finishing late
        assertThat(vm.titleProperty().get()).isEqualTo(second.title());
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.projectId()).isEqualTo(second.id());

        Rag different = second.rag().orElse(Rag.GREEN) == Rag.RED ? Rag.GREEN : Rag.RED;
        vm.status().ragProperty().set(different);
        vm.status().commentaryProperty().set("Posts filled.");
        assertThat(vm.status().add()).isTrue();
        assertThat(vm.save()).isTrue();
        held.runAll();

        assertThat(fixture.project(second.id()).rag()).contains(different);
        assertThat(fixture.project(first.id())).isEqualTo(first);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void changingAForecastChangesSlippageAndTheOverdueCountOnceSaved() {
        Project project = fixture.projectWithUpcomingMilestone();
        Milestone milestone = RecordFixture.upcoming(project);
        PortfolioListing listing = new PortfolioListing(fixture.store(), RecordFixture.CLOCK);
        int overdueBefore = overdue(listing, project);
        ProjectRecordViewModel vm = opened(project, dialogs);

        vm.milestones().edit(milestone);
        vm.milestones().forecast.setText(RecordFixture.TODAY.minusDays(3).toString());
        assertThat(vm.milestones().commit()).isTrue();

        Milestone changed = vm.milestones().milestones().stream().filter(m -> m.id().equals(milestone.id()))
                .findFirst().orElseThrow();
        assertThat(changed.slippageDays()).isNotEqualTo(milestone.slippageDays())
                .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(milestone.baseline(), RecordFixture.TODAY.minusDays(3)));
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.save()).isTrue();

        Project stored = fixture.project(project.id());
        assertThat(stored.milestones()).filteredOn(m -> m.id().equals(milestone.id()))
                .singleElement().extracting(Milestone::forecast).isEqualTo(RecordFixture.TODAY.minusDays(3));
        assertThat(stored.lastModified()).isEqualTo(RecordFixture.CLOCK.instant());
        assertThat(overdue(listing, project)).isEqualTo(overdueBefore + 1);
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void theDecisionSoughtFromTheBoardIsEditedOnTheOverviewAndSavedWithTheProject() {
        Project project = fixture.fullestProject();
        ProjectRecordViewModel vm = opened(project, dialogs);

        vm.draft().decisionSought.setText("Approve the move to Embedding and £60,000 of bridge funding.");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.save();
        assertThat(fixture.project(project.id()).decisionSought())
                .isEqualTo("Approve the move to Embedding and £60,000 of bridge funding.");

        ProjectRecordViewModel reopened = opened(fixture.project(project.id()), dialogs);
        assertThat(reopened.draft().decisionSought.textProperty().get())
                .isEqualTo("Approve the move to Embedding and £60,000 of bridge funding.");
        reopened.draft().decisionSought.setText("  ");
        reopened.save();
        assertThat(fixture.project(project.id()).decisionSought()).as("cleared when the board is asked nothing").isNull();
    }

    @Test
    void aNewRagUpdateTopsTheHistoryAndBecomesTheStoredRag() {
        Project project = fixture.fullestProject();
        Rag different = project.rag().orElse(Rag.GREEN) == Rag.RED ? Rag.GREEN : Rag.RED;
        ProjectRecordViewModel vm = opened(project, dialogs);

        assertThat(vm.status().date.textProperty().get()).isEqualTo("23 Nov 2026");
        vm.status().ragProperty().set(different);
        vm.status().commentaryProperty().set("Recruitment has stalled.");
        assertThat(vm.status().add()).isTrue();

        assertThat(vm.status().history().get(0).rag()).isEqualTo(different);
        assertThat(vm.status().trendProperty().get()).endsWith(different.label() + " (23 Nov 2026)");
        vm.save();
        Project stored = fixture.project(project.id());
        assertThat(stored.rag()).contains(different);
        assertThat(stored.statusHistory().get(0).commentary()).isEqualTo("Recruitment has stalled.");
        assertThat(stored.statusHistory()).hasSize(project.statusHistory().size() + 1);
    }

    @Test
    void aBadMoneyEntryShowsMoneysMessageAndIsLeftOutOfTheSave() {
        Project project = fixture.fullestProject();
        ProjectRecordViewModel vm = opened(project, dialogs);
        vm.overview().draft().leadOfficer.setText("Someone New");

        vm.funding().awarded.setText("£12,34x");

        String expected = messageOf(() -> Money.parse("£12,34x"));
        assertThat(vm.funding().awarded.errorProperty().get()).isEqualTo(expected).isNotBlank();
        assertThat(vm.funding().commit()).isFalse();
        assertThat(vm.funding().form().pendingProperty().get()).isTrue();
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.save()).isTrue();
        Project stored = fixture.project(project.id());
        assertThat(stored.leadOfficer()).isEqualTo("Someone New");
        assertThat(stored.funding()).isEqualTo(project.funding());
    }

    @Test
    void datesAreReadAsWrittenOrIsoAndBadOnesExplained() {
        ProjectRecordViewModel vm = opened(fixture.fullestProject(), dialogs);
        ProjectDraft draft = vm.draft();

        draft.startDate.setText("3 Mar 2025");
        assertThat(draft.startDate.value()).isEqualTo(java.time.LocalDate.of(2025, 3, 3));
        draft.endDate.setText("2025-03-01");
        assertThat(draft.endDate.errorProperty().get()).contains("end date is before the start date");
        assertThat(vm.canSaveProperty().get()).isFalse();
        draft.endDate.setText("31 March 2027");
        assertThat(draft.endDate.isValid()).isTrue();

        vm.milestones().title.setText("Launch");
        vm.milestones().forecast.setText("1 Jan 2025");
        assertThat(vm.milestones().forecast.errorProperty().get()).isEqualTo(
                "The forecast date is before the project starts (3 Mar 2025).");
        vm.milestones().forecast.setText("31/02/2026");
        assertThat(vm.milestones().forecast.errorProperty().get()).contains("is not a date");
    }

    @Test
    void unsavedChangesAskBeforeLeavingAndCancelStays() {
        Project project = fixture.fullestProject();
        ProjectRecordViewModel vm = opened(project, dialogs.answering(false));
        assertThat(vm.canLeave()).isTrue();
        assertThat(dialogs.questions()).isEmpty();

        vm.overview().draft().sponsor.setText("Director of Children's Services");

        assertThat(vm.canLeave()).isFalse();
        assertThat(dialogs.questions()).singleElement().satisfies(q -> assertThat(q.message()).contains("[Save]"));
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void choosingDiscardLeavesWithTheStoreUntouched() {
        Project project = fixture.fullestProject();
        ProjectRecordViewModel vm = opened(project, answering(1));
        vm.overview().draft().sponsor.setText("Someone else");

        assertThat(vm.canLeave()).isTrue();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(fixture.project(project.id())).isEqualTo(project);
    }

    @Test
    void choosingSaveSavesInTheBackgroundThenLeaves() {
        Project project = fixture.fullestProject();
        HeldTaskRunner held = new HeldTaskRunner();
        ProjectRecordViewModel vm = new ProjectRecordViewModel(fixture.context(), fixture.nav, answering(0), held,
                new RecordingDesktop());
        vm.open(project.id());
        held.runAll();
        vm.overview().draft().sponsor.setText("Someone else");
        AtomicBoolean left = new AtomicBoolean();

        assertThat(vm.canLeave(() -> left.set(true))).as("stays until the save is done").isFalse();
        assertThat(held.waiting()).as("the save waits for the background runner, not done on this thread")
                .isEqualTo(1);
        assertThat(fixture.project(project.id())).isEqualTo(project);
        assertThat(left).isFalse();

        held.runAll();

        assertThat(fixture.project(project.id()).sponsor()).isEqualTo("Someone else");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(left).as("leaves once saved").isTrue();
    }

    @Test
    void aSaveOnLeavingThatAnswersAfterAnotherProjectWasOpenedNeitherShowsNorLeaves() {
        List<Project> two = twoProjects();
        HeldTaskRunner held = new HeldTaskRunner();
        ProjectRecordViewModel vm = new ProjectRecordViewModel(fixture.context(), fixture.nav, answering(0), held,
                new RecordingDesktop());
        vm.open(two.get(0).id());
        held.runAll();
        vm.overview().draft().sponsor.setText("Someone else");
        AtomicBoolean left = new AtomicBoolean();
        assertThat(vm.canLeave(() -> left.set(true))).isFalse();

        vm.open(two.get(1).id());
        held.runNewest(); // the second project's read
        held.runAll(); // the first project's save, answering late

        assertThat(fixture.project(two.get(0).id()).sponsor()).isEqualTo("Someone else");
        assertThat(vm.titleProperty().get()).isEqualTo(two.get(1).title());
        assertThat(vm.draft().toProject(two.get(1))).isEqualTo(two.get(1));
        assertThat(left).isFalse();
    }

    @Test
    void undoTakesBackTheLastEditAndRevertTheRest() {
        Project project = fixture.fullestProject();
        ProjectRecordViewModel vm = opened(project, dialogs);
        int risks = project.risks().size();
        vm.overview().draft().leadOfficer.setText("A");
        vm.overview().draft().leadOfficer.setText("AB");
        vm.risks().description.setText("Key worker leaves");
        vm.risks().likelihoodProperty().set(5);
        vm.risks().impactProperty().set(4);
        vm.risks().commit();
        assertThat(vm.risks().risks()).hasSize(risks + 1);
        assertThat(vm.risks().risks().get(0).score()).isEqualTo(20);
        assertThat(vm.risks().heatMapProperty().get().count(5, 4)).isPositive();

        vm.undo();
        assertThat(vm.risks().risks()).hasSize(risks);
        assertThat(vm.overview().draft().leadOfficer.textProperty().get()).isEqualTo("AB");
        vm.undo();
        assertThat(vm.overview().draft().leadOfficer.textProperty().get()).isEqualTo(
                project.leadOfficer() == null ? "" : project.leadOfficer());
        assertThat(vm.dirtyProperty().get()).isFalse();

        vm.notes().text.setText("Board agreed to extend");
        vm.notes().privateNoteProperty().set(true);
        vm.notes().add();
        assertThat(vm.notes().notes().get(0).privateNote()).isTrue();
        vm.revert();
        assertThat(vm.notes().notes()).hasSameSizeAs(project.notes());
    }

    @Test
    void redoMakesAgainWhatUndoTookBackUntilANewEditIsMade() {
        Project project = fixture.fullestProject();
        ProjectRecordViewModel vm = opened(project, dialogs);
        assertThat(vm.canRedoProperty().get()).isFalse();
        vm.overview().draft().leadOfficer.setText("First lead");
        vm.overview().draft().sponsor.setText("First sponsor");

        vm.undo();
        vm.undo();
        assertThat(vm.canRedoProperty().get()).isTrue();
        vm.redo();
        assertThat(vm.overview().draft().leadOfficer.textProperty().get()).isEqualTo("First lead");
        assertThat(vm.overview().draft().sponsor.textProperty().get()).isNotEqualTo("First sponsor");
        assertThat(vm.messageProperty().get()).isEqualTo("Redone");
        vm.redo();
        assertThat(vm.overview().draft().sponsor.textProperty().get()).isEqualTo("First sponsor");
        assertThat(vm.canRedoProperty().get()).isFalse();

        vm.undo();
        vm.overview().draft().governanceBoard.setText("A new board");
        assertThat(vm.canRedoProperty().get()).as("a new edit ends what could be redone").isFalse();
        vm.redo();
        assertThat(vm.overview().draft().sponsor.textProperty().get()).isNotEqualTo("First sponsor");
        assertThat(vm.overview().draft().governanceBoard.textProperty().get()).isEqualTo("A new board");
    }

    @Test
    void theMessageSaysWhatTheLastActionDidSoAnEditAfterUndoClearsUndone() {
        Project project = fixture.fullestProject();
        ProjectRecordViewModel vm = opened(project, dialogs);
        String lastSaved = vm.messageProperty().get();
        assertThat(lastSaved).startsWith("Last saved ");

        vm.overview().draft().leadOfficer.setText("Someone");
        vm.undo();
        assertThat(vm.messageProperty().get()).isEqualTo("Undone");
        vm.overview().draft().leadOfficer.setText("Someone else");
        assertThat(vm.messageProperty().get()).isEqualTo(lastSaved);

        vm.redo();
        vm.undo();
        vm.risks().description.setText("Funding ends");
        vm.risks().commit();
        assertThat(vm.messageProperty().get()).as("a list edit is an edit too").isEqualTo(lastSaved);

        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("Saved at 09:00");
        vm.overview().draft().sponsor.setText("New sponsor");
        assertThat(vm.messageProperty().get()).isEqualTo("Last saved at 09:00");
    }

    @Test
    void anAttachedDocumentIsCopiedIntoTheDataFolderWithItsSha256() throws Exception {
        Project project = fixture.fullestProject();
        ProjectRecordViewModel vm = opened(project, dialogs);
        Path original = Files.writeString(dataFolder.resolveSibling(dataFolder.getFileName() + "-board paper.pdf"),
                "%PDF-1.7 board paper");

        vm.documents().attach(original);

        assertThat(dialogs.errors()).isEmpty();
        ProjectDocument document = vm.documents().documents().get(0);
        Path copy = dataFolder.resolve("documents").resolve(project.id().toString()).resolve(document.storedName());
        assertThat(copy).exists().hasSameBinaryContentAs(original);
        assertThat(document.fileName()).isEqualTo(original.getFileName().toString());
        assertThat(document.storedName()).doesNotContain(" ").endsWith(".pdf");
        assertThat(document.sizeBytes()).isEqualTo(Files.size(original));
        assertThat(document.sha256()).isEqualTo(sha256(copy)).isEqualTo(sha256(original));
        List<ProjectDocument> stored = fixture.store().read(r -> r.documents().findByProject(project.id()));
        assertThat(stored).containsExactly(document);
        Files.delete(original);
    }

    @Test
    void theInnovationLinkOpensTheCatalogueEntry() {
        Project project = fixture.fullestProject();
        ProjectRecordViewModel vm = opened(project, dialogs);

        vm.overview().openInnovation();

        if (project.innovationId() != null) {
            assertThat(fixture.nav.visits).containsExactly("catalogue " + project.innovationId());
            assertThat(vm.overview().innovationTitleProperty().get()).isNotBlank();
        }
    }

    /** Two projects of the sample with different titles, the first alphabetically first. */
    private List<Project> twoProjects() {
        return fixture.store().read(r -> r.projects().findAll()).stream()
                .sorted(java.util.Comparator.comparing(Project::title)).limit(2).toList();
    }

    private static int overdue(PortfolioListing listing, Project project) {
        return listing.rows().stream().filter(r -> r.id().equals(project.id())).mapToInt(PortfolioRow::overdueMilestones)
                .sum();
    }

    private static String messageOf(Runnable r) {
        try {
            r.run();
        } catch (InvalidValueException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a refusal");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static DialogService answering(int index) {
        return new ChoosingDialogService(index);
    }
}
