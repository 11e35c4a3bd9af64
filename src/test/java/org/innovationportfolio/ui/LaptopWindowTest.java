package org.innovationportfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.innovationportfolio.model.Project;
import org.innovationportfolio.ui.catalogue.PageHarness;
import org.innovationportfolio.ui.shell.Screen;
import org.innovationportfolio.ui.shell.WorkspaceShell;
import org.junit.jupiter.api.Test;

/** The window at a laptop's 1024 × 700, at normal and larger text: the heading said once, the sample banner whole. */
class LaptopWindowTest extends SampleWindowTest {

    @Test
    void atALaptopsSizeTheProjectsTitleShowsOnceAndTheSampleBannerIsNeverCut() throws Exception {
        Project longest = harness.store().read(r -> r.projects().findAll()).stream()
                .max(Comparator.comparingInt((Project p) -> p.title().length())).orElseThrow();
        robot.interact(() -> {
            javafx.stage.Window stage = window.shell().root().getScene().getWindow();
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        robot.interact(() -> window.shell().showProject(longest.id()));
        harness.awaitOnFx(() -> window.shell().currentProperty().get() == Screen.PROJECT && window.isSettled());

        assertThat(labelsSaying(longest.title())).as("the title is the workspace's heading only").hasSize(1);
        assertWhole(banner());
        assertThat(PageHarness.screenshot(window.shell().root().getScene(), "laptop-record.png")).isNotEmptyFile();

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shell().textSizePercent()).isGreaterThan(130);
        assertWhole(banner());
        assertWhole(labelsSaying(longest.title()).get(0));
        assertThat(PageHarness.screenshot(window.shell().root().getScene(), "laptop-record-larger-text.png")).isNotEmptyFile();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        harness.awaitSettled(window);
        assertWhole(banner());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
    }

    private Labeled banner() {
        Labeled banner = robot.lookup("#" + WorkspaceShell.SAMPLE_NOTICE_ID).queryAs(Labeled.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo(WorkspaceShell.SAMPLE_NOTICE);
        return banner;
    }

    /** The label shows all its words: its skin's text is the label's own, with no "…". */
    private static void assertWhole(Labeled label) {
        Text shown = (Text) label.lookup(".text");
        assertThat(shown.getText()).as("what \"%s\" shows", label.getText()).isEqualTo(label.getText());
        assertThat(label.getLayoutBounds().getWidth()).isGreaterThan(0);
        assertThat(label.localToScene(label.getLayoutBounds()).getMaxX())
                .isLessThanOrEqualTo(label.getScene().getWidth() + 0.5);
    }

    private List<Labeled> labelsSaying(String text) {
        return robot.lookup((Node node) -> node instanceof Labeled labeled && text.equals(labeled.getText())
                && node.isVisible() && node.getScene() != null && node.localToScene(node.getLayoutBounds()).getWidth() > 0)
                .queryAllAs(Labeled.class).stream().toList();
    }
}
