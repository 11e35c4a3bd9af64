package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** Help › User guide: the guide in docs/ as the build bundles it, shown inside the application, offline. */
class UserGuideWindowTest extends SampleWindowTest {

    private static final String TITLE = "Innovation Portfolio user guide";

    @Test
    void helpUserGuideShowsEveryTaskOfTheGuideInDocsAndEscClosesIt() throws Exception {
        List<String> tasks = Files.readAllLines(Path.of("docs", "user-guide.md")).stream()
                .filter(line -> line.startsWith("## ")).map(line -> line.substring(3).strip()).toList();
        assertThat(tasks).contains("Install", "First run", "Keep a project up to date", "Prepare a board pack",
                "Share and import projects", "Back up and restore");

        MenuItem guide = helpMenuItem("User _guide");
        robot.interact(guide::fire);
        harness.awaitOnFx(() -> guide() != null);

        List<String> labels = robot.from(guide().getScene().getRoot()).lookup((Label label) -> true)
                .queryAllAs(Label.class).stream().map(Label::getText).filter(Objects::nonNull).toList();
        assertThat(labels).contains("Innovation Portfolio user guide").containsAll(tasks);
        assertThat(labels).as("numbered steps").contains("1.", "2.", "3.", "4.");
        assertThat(paragraphs()).anyMatch(text -> text.contains("Press Ctrl+2 to show the Portfolio"));
        org.innovationportfolio.ui.catalogue.PageHarness.screenshot(guide().getScene(), "user-guide.png");

        robot.type(KeyCode.ESCAPE);
        harness.awaitOnFx(() -> guide() == null);
    }

    @Test
    void everyPictureIsTheBundledScreenshotOrItsDescriptionInWords() throws Exception {
        long pictures = Files.readAllLines(Path.of("docs", "user-guide.md")).stream()
                .filter(line -> line.startsWith("![")).count();
        robot.interact(helpMenuItem("User _guide")::fire);
        harness.awaitOnFx(() -> guide() != null);

        List<ImageView> shown = robot.from(guide().getScene().getRoot()).lookup((ImageView view) -> true)
                .queryAllAs(ImageView.class).stream().toList();
        List<String> described = robot.from(guide().getScene().getRoot()).lookup((Label label) -> true)
                .queryAllAs(Label.class).stream().map(Label::getText).filter(t -> t.startsWith("[Picture: ")).toList();
        assertThat(shown.size() + described.size()).isEqualTo((int) pictures);
        assertThat(shown).allSatisfy(view -> {
            assertThat(view.getAccessibleText()).isNotBlank();
            assertThat(view.getImage().getUrl()).as("from the application itself, never the network")
                    .matches("^(file|jar):.*");
        });
        if (Files.exists(Path.of("docs", "screenshots", "project-status.png"))) {
            assertThat(shown).extracting(ImageView::getAccessibleText)
                    .contains("A project's Status tab, with its RAG history");
        }
    }

    private List<String> paragraphs() {
        return robot.from(guide().getScene().getRoot()).lookup((Node node) -> node instanceof javafx.scene.text.TextFlow)
                .queryAll().stream().map(Node::getAccessibleText).filter(Objects::nonNull).toList();
    }

    private MenuItem helpMenuItem(String text) {
        MenuBar bar = robot.from(window.shell().root()).lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(menu -> "_Help".equals(menu.getText()))
                .flatMap(menu -> menu.getItems().stream()).filter(item -> text.equals(item.getText()))
                .findFirst().orElseThrow();
    }

    private Stage guide() {
        return robot.listWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Stage)
                .map(w -> (Stage) w).filter(s -> TITLE.equals(s.getTitle())).findFirst().orElse(null);
    }
}
