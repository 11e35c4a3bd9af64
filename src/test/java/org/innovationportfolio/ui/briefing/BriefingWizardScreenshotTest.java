package org.innovationportfolio.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.innovationportfolio.logic.briefing.BriefingExport;
import org.innovationportfolio.logic.portfolio.PortfolioListing;
import org.innovationportfolio.logic.sample.SampleLoader;
import org.innovationportfolio.render.DocxRenderer;
import org.innovationportfolio.render.PdfRenderer;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.AppLook;
import org.innovationportfolio.ui.FxTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.innovationportfolio.ui.briefing.BriefingWizardViewModel.Outcome;
import org.innovationportfolio.ui.briefing.BriefingWizardViewModel.Step;
import org.innovationportfolio.ui.briefing.ProjectSelection.Scope;
import org.innovationportfolio.ui.catalogue.PageHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of each step of the briefing wizard on the sample portfolio, for the README and for looking at.
 * Writes under {@code target/screenshots}; run with {@code -Dscreenshots=true} to refresh {@code docs/screenshots}.
 */
class BriefingWizardScreenshotTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path data;

    @TempDir
    Path out;

    @Test
    void savesEveryStepAndTheFinishedPack() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(AppLook::applyTheme).get();
        FxTaskRunner tasks = new FxTaskRunner();
        try (Database database = Database.open(data)) {
            SampleLoader.load(database.store(), CLOCK);
            Stage owner = FxToolkit.registerStage(Stage::new);
            BriefingWizardViewModel vm = new BriefingWizardViewModel(
                    new BriefingExport(database.store(), CLOCK, List.of(new DocxRenderer(), new PdfRenderer())),
                    new PortfolioListing(database.store(), CLOCK), CLOCK, out,
                    new BriefingPreferences(data.resolve("settings")), new RecordingDialogService(), tasks,
                    new RecordingDesktop());
            BriefingWizard wizard = PageHarness.onFx(() -> {
                BriefingWizard shown = new BriefingWizard(owner, vm);
                shown.show();
                return shown;
            });
            Scene scene = wizard.stage().getScene();
            await(() -> vm.projects().projects().size() == 14 && !tasks.runningProperty().get());
            PageHarness.onFx(() -> {
                vm.meeting().boardProperty().set("Corporate Parenting Board");
                vm.meeting().meetingDateTextProperty().set("3 Dec 2026");
                vm.meeting().authorProperty().set("Sam Patel, Head of Innovation");
                return null;
            });
            assertThat(PageHarness.screenshot(scene, "briefing-wizard-1-meeting.png")).isNotEmptyFile();

            PageHarness.onFx(() -> {
                vm.next();
                vm.projects().scopeProperty().set(Scope.PICK);
                vm.projects().searchProperty().set("family");
                return null;
            });
            assertThat(PageHarness.screenshot(scene, "briefing-wizard-2-projects.png")).isNotEmptyFile();

            PageHarness.onFx(() -> {
                vm.projects().searchProperty().set("");
                vm.projects().scopeProperty().set(Scope.BY_STAGE);
                vm.next();
                return null;
            });
            await(() -> !vm.lastPackProperty().get().isEmpty());
            assertThat(PageHarness.screenshot(scene, "briefing-wizard-3-sections.png")).isNotEmptyFile();

            PageHarness.onFx(() -> {
                vm.next();
                vm.report().decisionProperty().set("Agree to fund the evaluation of Family Hubs from the transformation "
                        + "reserve in 2027/28.");
                vm.report().financialProperty().set("The ask is £120,000 from the transformation reserve.");
                vm.report().contactNameProperty().set("Sam Patel");
                vm.report().contactRoleProperty().set("Head of Innovation");
                return null;
            });
            assertThat(PageHarness.screenshot(scene, "briefing-wizard-4-report.png")).isNotEmptyFile();

            PageHarness.onFx(() -> {
                vm.next();
                return vm.stepProperty().get() == Step.OUTPUT;
            });
            assertThat(PageHarness.screenshot(scene, "briefing-wizard.png")).isNotEmptyFile();

            PageHarness.onFx(() -> {
                vm.generate();
                return null;
            });
            await(() -> vm.outcomeProperty().get() == Outcome.WRITTEN);
            assertThat(PageHarness.screenshot(scene, "briefing-wizard-5-done.png")).isNotEmptyFile();
            FxToolkit.cleanupStages();
        } finally {
            tasks.shutdown(Duration.ofSeconds(60));
        }
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(60, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
