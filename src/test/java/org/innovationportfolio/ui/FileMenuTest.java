package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.ui.shell.Screen;
import org.innovationportfolio.ui.window.MainWindow;
import org.innovationportfolio.ui.window.PagePrinter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** File › Back up…, Restore…, Export portfolio as CSV or JSON, and Print…, through the window on real files. */
class FileMenuTest {

    @TempDir
    Path dataFolder;

    @TempDir
    Path elsewhere;

    private WindowHarness harness;
    private MainWindow window;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openTheSample() throws Exception {
        harness = new WindowHarness(dataFolder);
        Samples.shipped().loadInto(harness.store(), WindowHarness.CLOCK);
        window = harness.openAnswering(Samples.shipped(), dialogs, () -> null);
    }

    @AfterEach
    void closeEverything() throws Exception {
        harness.close();
    }

    @Test
    void backUpWritesTheChosenFileAndRestoreConfirmsPutsItBackAndSaysWhereTheReplacedPortfolioIsKept()
            throws Exception {
        Path backup = elsewhere.resolve("before the board");
        fire("Bac_k up…", dialogs.answeringFile(backup));

        Path written = elsewhere.resolve("before the board.zip");
        assertThat(written).isNotEmptyFile();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.informations()).last().satisfies(i -> assertThat(i.message())
                .contains("The portfolio is backed up").contains(written.toString()));

        List<Project> before = projects();
        UUID gone = before.get(0).id();
        harness.store().write(r -> {
            r.projects().delete(gone);
            return null;
        });
        robot.interact(() -> window.shell().showProject(before.get(1).id()));
        harness.awaitSettled(window);

        dialogs.answering(false);
        fire("_Restore…", dialogs.answeringFile(written));
        assertThat(dialogs.questions()).last().satisfies(q -> assertThat(q.message())
                .contains("Replace the whole portfolio").contains(written.toString()).contains("[Restore] [Cancel]"));
        assertThat(projects()).as("declined: nothing restored").hasSize(before.size() - 1);

        dialogs.answering(true);
        fire("_Restore…", dialogs.answeringFile(written));

        assertThat(dialogs.errors()).isEmpty();
        assertThat(projects()).extracting(Project::id).containsExactlyInAnyOrderElementsOf(
                before.stream().map(Project::id).toList());
        String said = dialogs.informations().get(dialogs.informations().size() - 1).message();
        assertThat(said).contains("The backup is restored").contains("kept in ");
        int start = said.indexOf("kept in ") + "kept in ".length();
        Path kept = Path.of(said.substring(start, said.indexOf(".zip", start) + ".zip".length()));
        assertThat(kept).isNotEmptyFile().startsWith(dataFolder.resolve("backups"));
        assertThat(window.shell().currentProperty().get()).isEqualTo(Screen.PORTFOLIO);
        assertThat(window.workspace().statusTextProperty().get()).startsWith(before.size() + " projects");
    }

    @Test
    void restoreRefusesAFileThatIsNotABackupAndChangesNothing() throws Exception {
        Path bogus = Files.writeString(elsewhere.resolve("not-a-backup.zip"), "this is not a zip");
        int count = projects().size();

        fire("_Restore…", dialogs.answering(true).answeringFile(bogus));

        assertThat(dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("The backup was not restored");
            assertThat(e.message()).doesNotContain("Exception");
        });
        assertThat(projects()).hasSize(count);
    }

    @Test
    void exportPortfolioWritesCsvAndJsonFilesWithEveryProject() throws Exception {
        int count = projects().size();

        fire("Export portfolio as _CSV…", dialogs.answeringFile(elsewhere.resolve("portfolio")));
        fire("Export portfolio as _JSON…", dialogs.answeringFile(elsewhere.resolve("portfolio.json")));

        assertThat(dialogs.errors()).isEmpty();
        List<String> csv = Files.readAllLines(elsewhere.resolve("portfolio.csv"));
        assertThat(csv).hasSize(count + 1);
        assertThat(csv.get(0)).startsWith("id,title");
        String json = Files.readString(elsewhere.resolve("portfolio.json"));
        assertThat(json).contains(projects().get(0).title().replace("\"", "\\\""));
        assertThat(dialogs.informations()).last().satisfies(i -> assertThat(i.message())
                .contains(count + " projects written to " + elsewhere.resolve("portfolio.json")));
        assertThat(dialogs.shown()).filteredOn(s -> s.kind().equals("file")).first()
                .satisfies(s -> assertThat(s.message()).contains("*.csv"));
    }

    @Test
    void printWithoutAPrinterSaysSoPlainly() throws Exception {
        fire("_Print…", dialogs.answering(true));

        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.informations()).singleElement().satisfies(i -> assertThat(i.message())
                .contains(PagePrinter.NO_PRINTER).contains("Set up a printer"));
    }

    private void fire(String text, RecordingDialogService answering) throws Exception {
        MenuItem item = fileItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
        assertThat(item.isDisable()).as(text).isFalse();
        robot.interact(item::fire);
        harness.awaitSettled(window);
    }

    private List<MenuItem> fileItems() {
        MenuBar bar = robot.from(window.shell().root()).lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        return file.getItems();
    }

    private List<Project> projects() {
        return harness.store().read(r -> r.projects().findAll());
    }
}
