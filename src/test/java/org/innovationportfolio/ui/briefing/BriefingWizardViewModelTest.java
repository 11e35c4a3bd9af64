package org.innovationportfolio.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.logic.briefing.BriefingDocument;
import org.innovationportfolio.logic.briefing.BriefingExport;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.logic.ports.Marking;
import org.innovationportfolio.logic.briefing.PrintSize;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.model.Stage;
import org.innovationportfolio.render.DocxRenderer;
import org.innovationportfolio.render.PdfRenderer;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.innovationportfolio.ui.briefing.BriefingWizardViewModel.Outcome;
import org.innovationportfolio.ui.briefing.BriefingWizardViewModel.Step;
import org.innovationportfolio.ui.briefing.ProjectSelection.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's view model on the sample portfolio in a real database, without a stage. */
class BriefingWizardViewModelTest {

    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    static Path data;

    static Database database;

    @TempDir
    Path out;

    @TempDir
    Path settings;

    final RecordingDialogService dialogs = new RecordingDialogService();
    final RecordingDesktop desktop = new RecordingDesktop();
    final TestRenderers.Recording word = new TestRenderers.Recording(new DocxRenderer());

    @BeforeAll
    static void open() {
        database = Database.open(data);
        SampleLoader.load(database.store(), CLOCK);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private BriefingWizardViewModel wizard() {
        BriefingWizardViewModel wizard = new BriefingWizardViewModel(
                new BriefingExport(database.store(), CLOCK, List.of(word, new PdfRenderer())),
                new PortfolioListing(database.store(), CLOCK), CLOCK, out,
                new BriefingPreferences(settings), dialogs, new ImmediateTaskRunner(), desktop);
        wizard.load();
        return wizard;
    }

    private static void walkToOutput(BriefingWizardViewModel wizard) {
        wizard.next();
        wizard.next();
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.REPORT);
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.OUTPUT);
    }

    @Test
    void startsWithEveryProjectAndSectionChosenBothFormatsAndTodaysMeeting() {
        BriefingWizardViewModel wizard = wizard();

        assertThat(wizard.projects().projects()).hasSize(14);
        assertThat(wizard.projects().summaryBinding().get()).isEqualTo("14 of 14 projects will be in the pack.");
        assertThat(wizard.problem()).isNull();
        assertThat(wizard.meeting().meetingDateTextProperty().get()).isEqualTo("23 Nov 2026");
        assertThat(wizard.meeting().meetingDateReadingBinding().get()).isEqualTo("Reads as Monday 23 Nov 2026");
        assertThat(wizard.output().fileNameProperty().get()).isEqualTo("Briefing pack 2026-11-23");
        assertThat(wizard.meeting().councilProperty().get()).isEqualTo("Northbrook Borough Council (fictional sample data)");
    }

    @Test
    void aDateThatIsNotADateSaysSoAndKeepsTheWizardOnTheFirstStep() {
        BriefingWizardViewModel wizard = wizard();
        wizard.meeting().meetingDateTextProperty().set("31 Feb 2026");

        assertThat(wizard.meeting().meetingDateErrorProperty().get())
                .isEqualTo("The meeting date \"31 Feb 2026\" is not a date. Write it like 3 Mar 2025 or 2025-03-03.");
        assertThat(wizard.stepValidBinding().get()).isFalse();
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.MEETING);

        wizard.meeting().meetingDateTextProperty().set("3 December 2026");
        assertThat(wizard.meeting().meetingDateErrorProperty().get()).isEmpty();
        assertThat(wizard.output().fileNameProperty().get()).isEqualTo("Briefing pack 2026-12-03");
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(Step.PROJECTS);
    }

    @Test
    void makesWordAndPdfOfThePickedProjectsAndChosenSectionsAndOffersToOpenThem() {
        BriefingWizardViewModel wizard = wizard();
        wizard.projects().scopeProperty().set(Scope.PICK);
        wizard.projects().chooseShown(false);
        ProjectChoice first = wizard.projects().projects().get(0);
        ProjectChoice second = wizard.projects().projects().get(5);
        first.chosenProperty().set(true);
        second.chosenProperty().set(true);
        wizard.sectionProperty(BriefingSection.FUNDING).set(false);
        wizard.sectionProperty(BriefingSection.RISKS).set(false);
        // Left out here: another test's pack of every project would list the others as no longer in the pack.
        wizard.sectionProperty(BriefingSection.CHANGES).set(false);
        wizard.meeting().councilProperty().set("Anyshire County Council");
        walkToOutput(wizard);
        wizard.output().fileNameProperty().set("December board");

        wizard.generate();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(wizard.outcomeProperty().get()).isEqualTo(Outcome.WRITTEN);
        assertThat(out.resolve("December board.docx")).isNotEmptyFile();
        assertThat(out.resolve("December board.pdf")).isNotEmptyFile();
        assertThat(wizard.statusProperty().get()).isEqualTo("Saved in " + out + ":");
        assertThat(wizard.written()).containsExactly(out.resolve("December board.docx"), out.resolve("December board.pdf"));
        BriefingDocument document = word.documents.get(0);
        String text = TestRenderers.text(document);
        assertThat(text).contains(first.title(), second.title(), "Council: Anyshire County Council");
        wizard.projects().projects().stream().filter(p -> p != first && p != second)
                .forEach(p -> assertThat(text).as("left out").doesNotContain(p.title()));
        assertThat(TestRenderers.sectionHeadings(document)).contains(BriefingSection.EXECUTIVE_SUMMARY.title(),
                BriefingSection.PROJECT_PAGES.title()).doesNotContain(BriefingSection.FUNDING.title(),
                BriefingSection.RISKS.title(), BriefingSection.CHANGES.title());

        wizard.open(wizard.written().get(1));
        wizard.showInFolder();
        assertThat(desktop.opened).containsExactly(out.resolve("December board.pdf"));
        assertThat(desktop.shownInFolder).containsExactly(out.resolve("December board.docx"));
    }

    @Test
    void projectsByStageAreThoseAtTheTickedStages() {
        BriefingWizardViewModel wizard = wizard();
        wizard.projects().scopeProperty().set(Scope.BY_STAGE);
        for (Stage stage : Stage.values()) {
            wizard.projects().stageProperty(stage).set(stage == Stage.DELIVERING);
        }
        int delivering = wizard.projects().countAt(Stage.DELIVERING);

        assertThat(delivering).isPositive();
        assertThat(wizard.request().projectIds()).hasSize(delivering);
        assertThat(wizard.projects().summaryBinding().get()).isEqualTo(delivering + " of 14 projects will be in the pack.");

        wizard.projects().stageProperty(Stage.DELIVERING).set(false);
        assertThat(wizard.problemAt(Step.PROJECTS)).startsWith("No project is at the stages ticked.");
    }

    @Test
    void searchShowsMatchingProjectsAndTickAllShownTicksOnlyThose() {
        BriefingWizardViewModel wizard = wizard();
        wizard.projects().scopeProperty().set(Scope.PICK);
        wizard.projects().chooseShown(false);
        assertThat(wizard.problemAt(Step.PROJECTS)).isEqualTo("Tick at least one project.");
        String title = wizard.projects().projects().get(3).title();

        wizard.projects().searchProperty().set(title.toUpperCase(java.util.Locale.ROOT));
        wizard.projects().chooseShown(true);

        assertThat(wizard.projects().shown()).extracting(ProjectChoice::title).contains(title);
        assertThat(wizard.projects().shownSummaryBinding().get()).startsWith("Showing ");
        assertThat(wizard.projects().chosen()).extracting(ProjectChoice::title).containsExactlyElementsOf(
                wizard.projects().shown().stream().map(ProjectChoice::title).toList());
    }

    @Test
    void outputStepSaysWhatIsWrongWithTheFolderAndNameAndWarnsBeforeReplacing() throws Exception {
        BriefingWizardViewModel wizard = wizard();
        walkToOutput(wizard);
        BriefingOutput output = wizard.output();

        output.wordProperty().set(false);
        output.pdfProperty().set(false);
        assertThat(wizard.problemAt(Step.OUTPUT)).isEqualTo("Tick Word, PDF or both.");
        output.pdfProperty().set(true);
        output.folderProperty().set(out.resolve("gone").toString());
        assertThat(output.folderErrorBinding().get()).isEqualTo("There is no folder " + out.resolve("gone")
                + ". Choose a folder that exists.");
        output.folderProperty().set(out.toString());
        output.fileNameProperty().set("March: board");
        assertThat(output.fileNameErrorBinding().get()).startsWith("A file name cannot contain");
        assertThat(wizard.stepValidBinding().get()).isFalse();
        // Names Windows keeps for devices, however typed: a pack saved as CON.pdf could not be written there.
        output.fileNameProperty().set("con.pdf");
        assertThat(output.fileNameErrorBinding().get()).startsWith("\u201ccon\u201d is a name Windows keeps for a device");
        assertThat(wizard.stepValidBinding().get()).isFalse();

        output.fileNameProperty().set("March board");
        assertThat(output.overwriteWarningBinding().get()).isEmpty();
        Files.writeString(out.resolve("March board.pdf"), "an older pack");
        output.fileNameProperty().set("March board.pdf");
        assertThat(output.savedAsBinding().get()).isEqualTo("Saved as " + out.resolve("March board.pdf"));
        assertThat(output.overwriteWarningBinding().get()).isEqualTo("March board.pdf is already in this folder and will "
                + "be replaced. Change the file name to keep it.");
        assertThat(wizard.stepValidBinding().get()).isTrue();
    }

    @Test
    void savedAsGivesTheFullPathOfEachFileAndFollowsTheFolder() {
        BriefingWizardViewModel wizard = wizard();
        walkToOutput(wizard);
        BriefingOutput output = wizard.output();
        output.folderProperty().set("");
        output.fileNameProperty().set("March board");

        assertThat(output.savedAsBinding().get())
                .isEqualTo("Saved as March board.docx and March board.pdf, in the folder you choose");

        output.folderProperty().set(out.toString());
        assertThat(output.savedAsBinding().get()).isEqualTo("Saved as " + out.resolve("March board.docx") + " and "
                + out.resolve("March board.pdf"));
    }

    @Test
    void changesSectionNamesThePackItComparesWithOnceThereIsOne() {
        BriefingWizardViewModel first = wizard();
        first.meeting().boardProperty().set("Schools Forum");
        first.meeting().meetingDateTextProperty().set("2 Mar 2020");
        first.next();
        first.next();
        assertThat(first.lastPackProperty().get()).isEqualTo("No earlier pack has been made for a meeting before "
                + "2 Mar 2020, so this section will say there is nothing to compare with yet.");
        first.next();
        first.generate();
        assertThat(first.outcomeProperty().get()).isEqualTo(Outcome.WRITTEN);

        BriefingWizardViewModel second = wizard();
        second.meeting().boardProperty().set("Schools Forum");
        second.meeting().meetingDateTextProperty().set("14 Jan 2027");
        second.next();
        second.next();
        assertThat(second.lastPackProperty().get())
                .isEqualTo("Compares with the pack for Schools Forum on 2 Mar 2020, made 23 Nov 2026.");
    }

    @Test
    void theReportStepStartsFromTheUsualPurposeAndTheLastPacksImplicationsAndContactButNotItsDecision() {
        BriefingWizardViewModel first = wizard();
        first.meeting().boardProperty().set("Health and Wellbeing Board");
        assertThat(first.report().purposeProperty().get())
                .isEqualTo(org.innovationportfolio.logic.briefing.BoardReport.defaultPurpose("Health and Wellbeing Board"));
        first.report().decisionProperty().set("Agree the pilot's second year.");
        first.report().legalProperty().set("None.");
        first.report().contactNameProperty().set("Sam Patel");
        first.report().contactEmailProperty().set("sam.patel@anyshire.gov.uk");
        assertThat(first.request().report().decisionSought()).isEqualTo("Agree the pilot's second year.");
        walkToOutput(first);
        first.generate();
        assertThat(first.outcomeProperty().get()).isEqualTo(Outcome.WRITTEN);

        BriefingWizardViewModel second = wizard();
        assertThat(second.report().legalProperty().get()).isEqualTo("None.");
        assertThat(second.report().contactNameProperty().get()).isEqualTo("Sam Patel");
        assertThat(second.report().contactEmailProperty().get()).isEqualTo("sam.patel@anyshire.gov.uk");
        assertThat(second.report().decisionProperty().get()).isEmpty();
        assertThat(second.request().report().implications().legal()).isEqualTo("None.");
        second.report().purposeProperty().set("To agree the board's innovation priorities.");
        second.meeting().boardProperty().set("Children and Young People Scrutiny Committee");
        assertThat(second.report().purposeProperty().get()).as("a purpose of one's own is kept")
                .isEqualTo("To agree the board's innovation priorities.");
        // Leave nothing remembered for the other tests sharing this portfolio.
        second.report().legalProperty().set("");
        second.report().contactNameProperty().set("");
        second.report().contactEmailProperty().set("");
        walkToOutput(second);
        second.generate();
        assertThat(second.outcomeProperty().get()).isEqualTo(Outcome.WRITTEN);
    }

    @Test
    void remembersBoardAuthorCouncilMarkingFolderAndLargePrintForTheNextPack() throws Exception {
        Path folder = Files.createDirectory(out.resolve("packs"));
        BriefingWizardViewModel first = wizard();
        first.meeting().boardProperty().set("Corporate Parenting Board");
        first.meeting().authorProperty().set("Sam Patel, Head of Innovation");
        first.meeting().councilProperty().set("Anyshire County Council");
        first.meeting().markingProperty().set(Marking.OFFICIAL_SENSITIVE);
        walkToOutput(first);
        first.output().folderProperty().set(folder.toString());
        first.output().largePrintProperty().set(true);
        assertThat(first.summaryBinding().get()).endsWith("Format: Word and PDF, large print");
        first.generate();
        assertThat(first.outcomeProperty().get()).isEqualTo(Outcome.WRITTEN);
        assertThat(word.sizes).as("the renderer was asked for large print").containsExactly(PrintSize.LARGE);

        BriefingWizardViewModel next = wizard();

        assertThat(next.meeting().boardProperty().get()).isEqualTo("Corporate Parenting Board");
        assertThat(next.meeting().authorProperty().get()).isEqualTo("Sam Patel, Head of Innovation");
        assertThat(next.meeting().councilProperty().get()).isEqualTo("Anyshire County Council");
        assertThat(next.meeting().markingProperty().get()).isEqualTo(Marking.OFFICIAL_SENSITIVE);
        assertThat(next.output().folderProperty().get()).isEqualTo(folder.toString());
        assertThat(next.output().largePrintProperty().get()).isTrue();
    }

    @Test
    void theOfficersNameFromTheFirstRunIsTheAuthorUntilAPackNamesAnother() {
        database.store().writing(r -> r.settings().put(SettingKeys.OFFICER_NAME, "Sam Patel"));
        try {
            assertThat(wizard().meeting().authorProperty().get()).isEqualTo("Sam Patel");
        } finally {
            database.store().writing(r -> r.settings().remove(SettingKeys.OFFICER_NAME));
        }
        assertThat(wizard().meeting().authorProperty().get()).isEmpty();
    }

    @Test
    void thePortfoliosOwnCouncilIsNotRememberedSoARenameCarriesThrough() {
        BriefingWizardViewModel first = wizard();
        walkToOutput(first);
        first.generate();
        assertThat(first.outcomeProperty().get()).isEqualTo(Outcome.WRITTEN);

        assertThat(new BriefingPreferences(settings).read().council()).isNull();
        assertThat(new BriefingPreferences(settings).read().board()).isEqualTo("Children's Services Improvement Board");
    }

    @Test
    void aFailedWriteSaysWhyAndLeavesNoFile() throws Exception {
        BriefingWizardViewModel wizard = wizard();
        walkToOutput(wizard);
        // A folder where the Word file should go: the PDF renders, the Word file cannot be written.
        Files.writeString(Files.createDirectory(out.resolve("Briefing pack 2026-11-23.docx")).resolve("in the way"), "");

        wizard.generate();

        assertThat(wizard.outcomeProperty().get()).isEqualTo(Outcome.FAILED);
        assertThat(wizard.statusProperty().get()).startsWith("The briefing pack was not made.");
        assertThat(dialogs.errors()).hasSize(1);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
                    .isEqualTo(Set.of("Briefing pack 2026-11-23.docx"));
        }
    }
}
