package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.innovationportfolio.logic.SettingKeys;
import org.innovationportfolio.ui.window.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The first-window callback that {@code bench} times by comes once the portfolio's rows are laid out, not before. */
class FirstPaintTest {

    @TempDir
    Path dataFolder;

    private WindowHarness harness;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openStore() throws Exception {
        harness = new WindowHarness(dataFolder);
    }

    @AfterEach
    void closeEverything() throws Exception {
        harness.close();
    }

    @Test
    void theCallbackComesOnceTheTableShowsTheProjects() throws Exception {
        harness.store().writing(repositories -> TestProjects.two().forEach(repositories.projects()::save));
        List<String> seen = new CopyOnWriteArrayList<>();

        MainWindow window = harness.open(Samples.twoProjects(), () -> seen.add(
                (Platform.isFxApplicationThread() ? "fx thread, " : "other thread, ") + filledRows() + " rows"));
        harness.awaitSettled(window);
        harness.awaitOnFx(() -> !seen.isEmpty());
        // A few more pulses: it must not come again.
        WaitForAsyncUtils.asyncFx(window.shell()::refresh).get();
        harness.awaitSettled(window);
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(seen).containsExactly("fx thread, 2 rows");
    }

    @Test
    void anEmptyPortfolioCountsAsShownOnceRead() throws Exception {
        // Offered already, so no first-run dialog stands over the window.
        harness.store().writing(repositories -> repositories.settings().put(SettingKeys.SAMPLE_OFFERED, "true"));
        List<Boolean> loadedWhenCalled = new CopyOnWriteArrayList<>();
        MainWindow[] opened = new MainWindow[1];

        opened[0] = harness.open(Samples.twoProjects(), () -> loadedWhenCalled.add(
                opened[0] != null && portfolioRead(opened[0])));
        harness.awaitOnFx(() -> !loadedWhenCalled.isEmpty());

        assertThat(loadedWhenCalled).containsExactly(true);
        assertThat(WaitForAsyncUtils.asyncFx(this::filledRows).get()).isZero();
    }

    private static boolean portfolioRead(MainWindow window) {
        return window.shell().currentPage() instanceof org.innovationportfolio.ui.portfolio.PortfolioPage page
                && page.viewModel().loadedProperty().get();
    }

    private long filledRows() {
        TableView<?> table = robot.lookup(".table-view").queryAs(TableView.class);
        return table.lookupAll(".table-row-cell").stream()
                .filter(node -> node instanceof TableRow<?> row && row.isVisible() && !row.isEmpty())
                .count();
    }
}
