package org.innovationportfolio.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.innovationportfolio.logic.briefing.BriefingExport;
import org.innovationportfolio.logic.briefing.BriefingSection;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.render.DocxRenderer;
import org.innovationportfolio.render.PdfRenderer;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.ImmediateTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
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

    final RecordingDialogService dialogs = new RecordingDialogService();

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
                new BriefingExport(database.store(), CLOCK, List.of(new DocxRenderer(), new PdfRenderer())),
                new PortfolioListing(database.store(), CLOCK), CLOCK, out, dialogs, new ImmediateTaskRunner());
        wizard.load();
        return wizard;
    }

    @Test
    void startsWithEveryProjectAndSectionChosenAndBothFormats() {
        BriefingWizardViewModel wizard = wizard();

        assertThat(wizard.projects()).hasSize(14).allMatch(p -> p.chosenProperty().get());
        assertThat(wizard.readyBinding().get()).isTrue();
        assertThat(wizard.fileNameProperty().get()).isEqualTo("Briefing pack 2026-11-23");
    }

    @Test
    void makesWordAndPdfForTheChosenProjectsAndSaysWhere() {
        BriefingWizardViewModel wizard = wizard();
        wizard.projects().forEach(p -> p.chosenProperty().set(false));
        wizard.projects().get(0).chosenProperty().set(true);
        wizard.sectionProperty(BriefingSection.FUNDING).set(false);
        wizard.fileNameProperty().set("December board");

        wizard.makePack();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(out.resolve("December board.docx")).exists();
        assertThat(out.resolve("December board.pdf")).exists();
        assertThat(wizard.statusProperty().get()).startsWith("Briefing pack written: ").contains("December board.pdf");
        assertThat(wizard.request().projectIds()).containsExactly(wizard.projects().get(0).id());
        assertThat(wizard.request().sections()).doesNotContain(BriefingSection.FUNDING);
    }

    @Test
    void cannotMakeAPackWithNoFormatOrNoProjectAndSaysWhy() {
        BriefingWizardViewModel wizard = wizard();
        wizard.wordProperty().set(false);
        wizard.pdfProperty().set(false);

        assertThat(wizard.readyBinding().get()).isFalse();
        assertThat(wizard.problem()).isEqualTo("Choose Word, PDF or both.");

        wizard.pdfProperty().set(true);
        wizard.projects().forEach(p -> p.chosenProperty().set(false));
        assertThat(wizard.readyBinding().get()).isFalse();
        assertThat(wizard.problem()).isEqualTo("Choose at least one project.");
    }

    @Test
    void unwritableFolderIsShownAsAnErrorAndLeavesNoFile() throws Exception {
        BriefingWizardViewModel wizard = wizard();
        wizard.folderProperty().set(out.resolve("gone"));

        wizard.makePack();

        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("does not exist"));
        assertThat(wizard.workingProperty().get()).isFalse();
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }
}
