package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.innovationportfolio.logic.packs.ExportRequest;
import org.innovationportfolio.logic.packs.PackExporter;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.ui.window.MainWindow;
import org.innovationportfolio.ui.window.WindowRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A pack given on the command line, or handed over by a second launch, opens the window's import preview:
 * the requests made before the window shows wait for it, and a missing, unreadable or hostile file is
 * explained in the window without changing anything.
 */
class OpenPackTest {

    @TempDir
    Path dataFolder;

    @TempDir
    Path files;

    private WindowHarness harness;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final WindowRequests requests = new WindowRequests();

    @BeforeEach
    void openTheSample() throws Exception {
        harness = new WindowHarness(dataFolder);
        Samples.shipped().loadInto(harness.store(), WindowHarness.CLOCK);
    }

    @AfterEach
    void closeEverything() throws Exception {
        harness.close();
    }

    @Test
    void aPackAskedForBeforeTheWindowShowsOpensInTheImportPreviewOnceItDoes() throws Exception {
        Path pack = files.resolve("from a colleague – Überblick.ippack");
        new PackExporter(harness.store(), WindowHarness.CLOCK, "test", dataFolder).export(
                new ExportRequest(List.of(), false, false, "Sam Patel", "Anyshire County Council"), pack);
        int projects = projects().size();

        requests.openPack(pack);
        MainWindow window = openAndAttach();

        harness.awaitOnFx(() -> preview().map(stage -> !stage.getScene().getRoot().lookupAll(".table-row-cell")
                .isEmpty() && labels(stage).stream().anyMatch(text -> text.startsWith("Pack from Sam Patel"))).orElse(false));
        Stage preview = preview().orElseThrow();
        assertThat(labels(preview)).anySatisfy(text -> assertThat(text)
                .startsWith("Pack from Sam Patel, Anyshire County Council"));
        TableView<?> table = (TableView<?>) preview.getScene().getRoot().lookup("#packImportTable");
        assertThat(table.getItems()).hasSize(projects);
        assertThat(preview.getOwner()).isSameAs(window.shell().root().getScene().getWindow());
        assertThat(dialogs.errors()).isEmpty();
        assertThat(projects()).as("a preview changes nothing").hasSize(projects);
    }

    @Test
    void aMissingPackIsExplainedInTheWindowAndNothingChanges() throws Exception {
        MainWindow window = openAndAttach();
        List<Project> before = projects();

        requests.openPack(files.resolve("gone.ippack"));

        harness.awaitOnFx(() -> !dialogs.errors().isEmpty());
        harness.awaitSettled(window);
        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("This pack cannot be imported");
            assertThat(error.message()).contains("gone.ippack does not exist").contains("Nothing in your portfolio was changed.");
        });
        assertThat(window.shell().root().getScene().getWindow().isShowing()).isTrue();
        assertThat(projects()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNoPackAndAFolderNamedLikeOneAreRefusedPlainly() throws Exception {
        MainWindow window = openAndAttach();
        Path text = Files.writeString(files.resolve("notes.ippack"), "#!/bin/sh\nrm -rf ~\n", StandardCharsets.UTF_8);
        Path folder = Files.createDirectory(files.resolve("folder.ippack"));

        requests.openPack(text);
        harness.awaitOnFx(() -> dialogs.errors().size() == 1);
        requests.openPack(folder);
        harness.awaitOnFx(() -> dialogs.errors().size() == 2);
        harness.awaitSettled(window);

        assertThat(dialogs.errors()).allSatisfy(error -> {
            assertThat(error.title()).isEqualTo("This pack cannot be imported");
            assertThat(error.message()).doesNotContain("Exception").doesNotContain("\tat ");
        });
        assertThat(dialogs.errors().get(0).message()).contains("not a zip file");
        assertThat(dialogs.errors().get(1).message()).contains("folder.ippack is a folder, not a project pack");
        assertThat(window.shell().root().getScene().getWindow().isShowing()).isTrue();
    }

    @Test
    void aMinimisedWindowAskedToComeForwardIsRestored() throws Exception {
        MainWindow window = openAndAttach();
        Stage stage = (Stage) window.shell().root().getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> stage.setIconified(true)).get();
        assertThat(stage.isIconified()).isTrue();

        requests.bringForward();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isIconified()).isFalse();
        assertThat(stage.isShowing()).isTrue();
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void requestsAfterTheWindowHasClosedAreDropped() throws Exception {
        openAndAttach();
        WaitForAsyncUtils.asyncFx(requests::detach).get();

        requests.openPack(files.resolve("late.ippack"));
        requests.bringForward();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown()).isEmpty();
        assertThat(preview()).isEmpty();
    }

    private MainWindow openAndAttach() throws Exception {
        MainWindow window = harness.openAnswering(Samples.shipped(), dialogs, () -> null);
        WaitForAsyncUtils.asyncFx(() -> requests.attach(window)).get();
        return window;
    }

    private List<Project> projects() {
        return harness.store().read(r -> r.projects().findAll());
    }

    private static Optional<Stage> preview() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage stage && stage.isShowing()
                        && "Import project pack".equals(stage.getTitle()))
                .map(Stage.class::cast).findFirst()).get();
    }

    private static List<String> labels(Stage stage) {
        return stage.getScene().getRoot().lookupAll(".label").stream().map((Node n) -> ((Label) n).getText())
                .filter(text -> text != null).toList();
    }
}
