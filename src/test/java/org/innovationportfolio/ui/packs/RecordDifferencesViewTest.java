package org.innovationportfolio.ui.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.innovationportfolio.logic.packs.FieldDifference;
import org.innovationportfolio.ui.AppLook;
import org.innovationportfolio.ui.catalogue.PageHarness;
import org.innovationportfolio.ui.packs.ProjectChoice.RecordChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The preview's "What differs" keeps long values inside the window, wrapped in their own column. */
class RecordDifferencesViewTest {

    static final String LONG_OBJECTIVES = "Reduce the number of children entering care by offering families a single "
            + "trusted worker, a hub open in the evenings and at weekends, and help with housing, debt and health "
            + "before problems become crises, measured every quarter against the baseline agreed with the board.";

    final FxRobot robot = new FxRobot();
    Stage stage;

    @BeforeEach
    void stage() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(AppLook::applyTheme).get();
        stage = FxToolkit.registerStage(Stage::new);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void longValuesWrapWithinTheirColumnMineBesideTheirs() throws Exception {
        RecordDifferencesView view = PageHarness.onFx(RecordDifferencesView::new);
        PageHarness.onFx(() -> {
            view.show(List.of(new RecordChange("Project details \u201cFamily Hubs\u201d: Conflict: changed on both sides",
                    List.of(new FieldDifference("Objectives", LONG_OBJECTIVES, "Keep children safely at home."),
                            new FieldDifference("Lead officer", "Ffion Jones", "(blank)")))));
            Scene scene = new Scene(view.node(), 480, 360);
            AppLook.style(scene);
            stage.setScene(scene);
            stage.show();
            return null;
        });

        GridPane grid = robot.lookup("." + RecordDifferencesView.FIELD_GRID).queryAs(GridPane.class);
        Label mine = robot.from(grid).lookup((Label l) -> LONG_OBJECTIVES.equals(l.getText())).queryAs(Label.class);
        Label theirs = robot.from(grid).lookup((Label l) -> "Keep children safely at home.".equals(l.getText()))
                .queryAs(Label.class);
        assertThat(grid.getWidth()).as("the grid fits the window").isLessThanOrEqualTo(480);
        assertThat(mine.getBoundsInParent().getMaxX()).as("mine stays left of theirs")
                .isLessThanOrEqualTo(theirs.getBoundsInParent().getMinX());
        assertThat(mine.getHeight()).as("the long value wraps onto several lines")
                .isGreaterThan(3 * theirs.getHeight());
        assertThat(robot.from(mine).lookup(".text").queryAllAs(javafx.scene.text.Text.class))
                .as("nothing is cut short with an ellipsis").allSatisfy(t -> assertThat(t.getText()).doesNotEndWith("…"));
        assertThat(PageHarness.screenshot(stage.getScene(), "pack-import-field-differences.png")).isNotEmptyFile();
    }
}
