package org.innovationportfolio.ui.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.innovationportfolio.logic.tracker.TrackerField;
import org.innovationportfolio.logic.tracker.TrackerImport;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.sheets.MessyTrackerTest;
import org.innovationportfolio.sheets.WorkbookSheetReader;
import org.innovationportfolio.store.Database;
import org.innovationportfolio.ui.AppLook;
import org.innovationportfolio.ui.FxTaskRunner;
import org.innovationportfolio.ui.RecordingDialogService;
import org.innovationportfolio.ui.catalogue.PageHarness;
import org.innovationportfolio.ui.tracker.TrackerImportViewModel.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of each step of the tracker wizard on the messy tracker, on a desktop (1280 × 800) and on a laptop at
 * 150% text (1024 × 700), for looking at. Writes under {@code target/screenshots}; run with
 * {@code -Dscreenshots=true} to refresh {@code docs/screenshots}.
 */
class TrackerImportScreenshotTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path data;
    @TempDir
    Path files;

    @Test
    void savesEveryStepOnADesktopAndOnALaptopAtLargerText() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(AppLook::applyTheme).get();
        Path tracker = MessyTrackerTest.messyTracker(files);
        Path renamed = files.resolve("tracker.xlsx");
        Files.writeString(renamed, "Project,Lead\nFamily Hubs,Priya Shah\n");
        FxTaskRunner tasks = PageHarness.onFx(FxTaskRunner::new);
        try (Database database = Database.open(data)) {
            database.store().writing(r -> r.projects().save(Project.create("Kinship Connected", null,
                    CLOCK.instant())));
            for (Size size : new Size[] {new Size("", 1280, 800, 100), new Size("-laptop-150", 1024, 700, 150)}) {
                Stage owner = FxToolkit.registerStage(Stage::new);
                PageHarness.onFx(() -> {
                    Label root = new Label("Innovation Portfolio");
                    root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 14.0 * size.percent() / 100));
                    owner.setScene(new Scene(root, 400, 300));
                    owner.show();
                    return null;
                });
                TrackerImportViewModel vm = new TrackerImportViewModel(new TrackerImport(database.store(), database, data,
                        CLOCK), new WorkbookSheetReader(), new TrackerMappings(data.resolve(size.suffix() + "x")), CLOCK,
                        new RecordingDialogService().answering(true), tasks, () -> { });
                TrackerImportWizard wizard = PageHarness.onFx(() -> {
                    TrackerImportWizard shown = new TrackerImportWizard(new Stage(), owner, vm);
                    shown.stage().setWidth(size.width());
                    shown.stage().setHeight(size.height());
                    shown.stage().show();
                    vm.open(tracker);
                    return shown;
                });
                Scene scene = wizard.stage().getScene();
                await(() -> vm.stepProperty().get() == Step.SHEET && !vm.busyProperty().get());
                shot(scene, "tracker-import-1-sheet" + size.suffix() + ".png");
                PageHarness.onFx(() -> {
                    vm.next();
                    return null;
                });
                await(() -> vm.stepProperty().get() == Step.COLUMNS && !vm.busyProperty().get());
                PageHarness.onFx(() -> {
                    vm.columns().get(1).choice().set(FieldChoice.of(TrackerField.SPONSOR));
                    return null;
                });
                shot(scene, "tracker-import-2-columns" + size.suffix() + ".png");
                PageHarness.onFx(() -> {
                    vm.next();
                    return null;
                });
                await(() -> vm.stepProperty().get() == Step.PREVIEW && !vm.busyProperty().get());
                shot(scene, "tracker-import-3-preview" + size.suffix() + ".png");
                PageHarness.onFx(() -> {
                    vm.importRows();
                    return null;
                });
                await(() -> vm.stepProperty().get() == Step.DONE && !vm.busyProperty().get());
                shot(scene, "tracker-import-4-done" + size.suffix() + ".png");
                PageHarness.onFx(() -> {
                    vm.undo();
                    return null;
                });
                await(() -> !vm.canUndoProperty().get() && !tasks.runningProperty().get());

                TrackerImportViewModel refused = new TrackerImportViewModel(new TrackerImport(database.store(), database,
                        data, CLOCK), new WorkbookSheetReader(), new TrackerMappings(data), CLOCK,
                        new RecordingDialogService(), tasks, () -> { });
                TrackerImportWizard hostile = PageHarness.onFx(() -> {
                    TrackerImportWizard shown = new TrackerImportWizard(new Stage(), owner, refused);
                    shown.stage().setWidth(size.width());
                    shown.stage().setHeight(size.height());
                    shown.stage().show();
                    refused.open(renamed);
                    return shown;
                });
                await(() -> refused.failedProperty().get());
                shot(hostile.stage().getScene(), "tracker-import-5-refused" + size.suffix() + ".png");
                FxToolkit.cleanupStages();
            }
        } finally {
            tasks.shutdown(Duration.ofSeconds(60));
        }
    }

    private record Size(String suffix, double width, double height, int percent) {
    }

    private static void shot(Scene scene, String name) throws Exception {
        assertThat(PageHarness.screenshot(scene, name)).isNotEmptyFile();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(60, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
