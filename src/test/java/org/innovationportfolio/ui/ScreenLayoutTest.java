package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.ui.catalogue.PageHarness;
import org.innovationportfolio.ui.project.ProjectRecordPage;
import org.innovationportfolio.ui.shell.Screen;
import org.innovationportfolio.ui.shell.WorkspaceShell;
import org.innovationportfolio.ui.window.MainWindow;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen holds at a small laptop's 1024 × 700, at 1280 × 800, and at 150% text on both: no label cut
 * to an ellipsis, no word broken in two, nothing outside the pane that holds it, no sideways scroll where the
 * page fits its width, every table column reachable, every tab header in view. Saves each screen under {@code target/screenshots} as
 * {@code layout-<width>x<height>-<percent>-<screen>.png} for looking at.
 */
class ScreenLayoutTest {

    private static final List<String> TABS = List.of("Overview", "Status", "Milestones", "Funding", "Outcomes",
            "Risks", "Notes & decisions", "Documents");

    @TempDir
    Path dataFolder;

    @ParameterizedTest(name = "{0} × {1} at {2}% text")
    @CsvSource({"1024, 700, 100", "1280, 800, 100", "1280, 800, 150", "1024, 700, 150"})
    void everyScreenShowsAllItsTextAndControls(int width, int height, int textPercent) throws Exception {
        // The file View › Text size writes (TextScale), read when the window opens.
        Files.writeString(dataFolder.resolve("display.properties"), "textSizePercent=" + textPercent + "\n");
        List<String> defects = new ArrayList<>();
        try (WindowHarness harness = new WindowHarness(dataFolder)) {
            MainWindow window = harness.openSample();
            harness.resize(window, width, height);
            Project fullest = harness.store().read(r -> r.projects().findAll()).stream()
                    .max(Comparator.comparingInt((Project p) -> p.funding().size() + p.risks().size()
                            + p.milestones().size())).orElseThrow();
            String prefix = "layout-" + width + "x" + height + "-" + textPercent + "-";

            look(harness, window, "dashboard", WorkspaceShell::showDashboard, prefix, defects);
            look(harness, window, "portfolio", shell -> shell.showPortfolio(null), prefix, defects);
            for (String tab : TABS) {
                look(harness, window, "project " + tab, shell -> {
                    shell.showProject(fullest.id());
                    ((ProjectRecordPage) shell.page(Screen.PROJECT)).showTab(tab);
                }, prefix, defects);
            }
            look(harness, window, "timeline", shell -> shell.showTimeline(null), prefix, defects);
            look(harness, window, "catalogue", shell -> shell.showCatalogue(fullest.innovationId()), prefix, defects);
        }

        assertThat(defects).as("what is cut off at %d × %d with %d%% text", width, height, textPercent).isEmpty();
    }

    private static void look(WindowHarness harness, MainWindow window, String screen, Consumer<WorkspaceShell> show,
            String prefix, List<String> defects) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> show.accept(window.shell())).get();
        harness.awaitSettled(window);
        Scene scene = window.shell().root().getScene();
        List<String> found = PageHarness.onFx(() -> {
            Parent root = scene.getRoot();
            root.applyCss();
            root.layout();
            return LayoutDefects.in(root);
        });
        found.forEach(defect -> defects.add(screen + ": " + defect));
        PageHarness.screenshot(scene, prefix + screen.toLowerCase(java.util.Locale.ROOT).replaceAll("\\W+", "-")
                + ".png");
    }
}
